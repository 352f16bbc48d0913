/**
 * The canvas of the active diagram. It renders what the store holds and sends every change back
 * through applyFlowChanges.ts; it owns no document state of its own.
 */
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  type Connection,
  type NodeMouseHandler,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, type DragEvent } from 'react';

import type { NodeKind } from '../../../shared/model/vocabulary';
import { NODE_KINDS } from '../../../shared/model/vocabulary';
import { useAppStore } from '../../store/appStore';
import { selectActiveDiagram } from '../../store/selectors';
import { applyEdgeChanges, applyNodeChanges } from './applyFlowChanges';
import { EDGE_TYPES, NODE_TYPES } from './diagramTypes';
import type { DiagramEdge, DiagramNode } from './flowTypes';
import { PALETTE_MIME } from './Palette';
import { createFlowCache, toFlowEdges, toFlowNodes } from './toFlow';
import { CANVAS_ELEMENT_ID, GRID, snap } from './viewCentre';

/** Above this many boxes, only what is in view is mounted. */
const CULL_ABOVE = 200;
const SNAP_GRID: [number, number] = [GRID, GRID];
const PAN_BUTTONS = [1, 2];
const FIT_OPTIONS = { padding: 0.2, maxZoom: 1.25 };

export function DiagramCanvas() {
  const diagram = useAppStore(selectActiveDiagram);
  const model = useAppStore((state) => state.model);
  const selectedIds = useAppStore((state) => state.selectedIds);
  const gesture = useAppStore((state) => state.gesture);
  const epoch = useAppStore((state) => state.documentEpoch);
  const fitRequest = useAppStore((state) => state.fitViewRequest);
  const focusRequest = useAppStore((state) => state.focusRequest);
  const flow = useReactFlow<DiagramNode, DiagramEdge>();
  const cache = useRef(createFlowCache());

  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const nodes = useMemo(
    () => toFlowNodes(cache.current, diagram, model, selected, gesture),
    [diagram, model, selected, gesture],
  );
  const edges = useMemo(() => toFlowEdges(cache.current, diagram, selected), [diagram, selected]);

  // A new document or another tab: show all of it.
  const diagramId = diagram.id;
  useEffect(() => {
    // An empty diagram has nothing to fit; asking anyway would zoom onto the first box added.
    const empty = !selectActiveDiagram(useAppStore.getState()).elements.length;
    if (empty) return;
    const frame = requestAnimationFrame(() => void flow.fitView(FIT_OPTIONS));
    return () => cancelAnimationFrame(frame);
  }, [flow, diagramId, epoch, fitRequest]);

  useEffect(() => {
    if (!focusRequest) return;
    const box = useAppStore.getState().model.layout.nodes[focusRequest.elementId];
    const frame = requestAnimationFrame(() => {
      if (box) {
        void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
          zoom: Math.max(flow.getZoom(), 0.8),
          duration: 200,
        });
      }
      const target = document.querySelector<HTMLElement>(
        `.react-flow__node[data-id="${CSS.escape(focusRequest.elementId)}"], .react-flow__edge[data-id="${CSS.escape(focusRequest.elementId)}"]`,
      );
      target?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, focusRequest]);

  const onConnect = useCallback((connection: Connection) => {
    useAppStore.getState().connect(connection.source, connection.target);
  }, []);

  const onNodeDoubleClick: NodeMouseHandler<DiagramNode> = useCallback((_event, node) => {
    useAppStore.getState().setRenaming(node.id);
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME) as NodeKind;
      if (!(NODE_KINDS as readonly string[]).includes(kind)) return;
      event.preventDefault();
      const point = snap(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      useAppStore.getState().addElement(kind, point);
    },
    [flow],
  );

  const onInit = useCallback(() => markReady(), []);

  return (
    <div className="diagram-canvas" id={CANVAS_ELEMENT_ID}>
      <ReactFlow<DiagramNode, DiagramEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={applyNodeChanges}
        onEdgesChange={applyEdgeChanges}
        onConnect={onConnect}
        onNodeDoubleClick={onNodeDoubleClick}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onInit={onInit}
        connectionMode={ConnectionMode.Loose}
        snapToGrid
        snapGrid={SNAP_GRID}
        selectionOnDrag
        selectionMode={SelectionMode.Partial}
        panOnDrag={PAN_BUTTONS}
        panOnScroll
        deleteKeyCode={null}
        elevateNodesOnSelect={false}
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements={nodes.length > CULL_ABOVE}
        minZoom={0.1}
        maxZoom={3}
        proOptions={{ hideAttribution: true }}
        aria-label="Diagram canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />
        <MiniMap pannable zoomable ariaLabel="Overview of the diagram" />
        <Controls aria-label="Zoom controls" showInteractive={false} fitViewOptions={FIT_OPTIONS} />
      </ReactFlow>
    </div>
  );
}

/** Tells tests and benchmarks that the canvas has drawn: a mark a few frames after start-up. */
function markReady(): void {
  let frames = 0;
  const tick = (): void => {
    frames += 1;
    if (frames < 3) {
      requestAnimationFrame(tick);
      return;
    }
    performance.mark('canvas-ready');
  };
  requestAnimationFrame(tick);
}
