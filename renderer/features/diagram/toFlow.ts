/**
 * Model to React Flow: the diagram's boxes as nodes and its flows as edges. Node and edge objects
 * are cached per element, and a new one is made only when what React Flow itself uses changed (the
 * box, the selection, the accessible name, the ends and arrows of a flow); React Flow then
 * re-renders just those, which keeps a drag among hundreds of nodes smooth. What a box shows
 * inside comes from the store (useDiagramElement.ts), so editing a property makes no new node.
 */
import { MarkerType } from '@xyflow/react';

import { DEFAULT_NODE_SIZE } from '../../../shared/model/factories';
import { isFlowEncrypted } from '../../../shared/model/protocols';
import type { Diagram, NodeBox, NodeElement, ThreatModel } from '../../../shared/model/types';
import type { Gesture } from '../../store/selectionSlice';
import type { DiagramEdge, DiagramNode } from './flowTypes';

interface CachedNode {
  kind: NodeElement['kind'];
  name: string;
  box: NodeBox;
  selected: boolean;
  depth: number;
  node: DiagramNode;
}

interface CachedEdge {
  sourceId: string;
  targetId: string;
  name: string;
  cleartext: boolean;
  bidirectional: boolean;
  selected: boolean;
  edge: DiagramEdge;
}

export interface FlowCache {
  nodes: Map<string, CachedNode>;
  edges: Map<string, CachedEdge>;
  /** The arrays last handed out, given back again when no node (or edge) in them changed. */
  nodeList: DiagramNode[];
  edgeList: DiagramEdge[];
}

export function createFlowCache(): FlowCache {
  return { nodes: new Map(), edges: new Map(), nodeList: [], edgeList: [] };
}

/**
 * `previous` when `next` holds the same objects in the same order. React Flow re-indexes every
 * node when it is handed a new array, so an edit that touches no node must not make one.
 */
function reuseIfSame<T>(previous: T[], next: T[]): T[] {
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous;
}

function sameBox(a: NodeBox, b: NodeBox): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** How deep each zone is nested; zones are drawn outermost first, under everything else. */
function zoneDepths(diagram: Diagram): Map<string, number> {
  const parent = new Map<string, string | null>();
  for (const element of diagram.elements) {
    if (element.kind === 'trustBoundary') parent.set(element.id, element.boundaryId);
  }
  const depths = new Map<string, number>();
  for (const id of parent.keys()) {
    let depth = 0;
    let current = parent.get(id) ?? null;
    while (current !== null && depth < 50) {
      depth += 1;
      current = parent.get(current) ?? null;
    }
    depths.set(id, depth);
  }
  return depths;
}

export function toFlowNodes(
  cache: FlowCache,
  diagram: Diagram,
  model: ThreatModel,
  selected: ReadonlySet<string>,
  gesture: Gesture | null,
): DiagramNode[] {
  const depths = zoneDepths(diagram);
  const zones: CachedNode[] = [];
  const boxes: CachedNode[] = [];
  const seen = new Set<string>();

  for (const element of diagram.elements) {
    if (element.kind === 'dataFlow') continue;
    seen.add(element.id);
    const stored = model.layout.nodes[element.id] ?? {
      x: 0,
      y: 0,
      ...DEFAULT_NODE_SIZE[element.kind],
    };
    const moved = gesture?.positions[element.id];
    const resized = gesture?.boxes[element.id];
    const box = resized ?? (moved ? { ...stored, x: moved.x, y: moved.y } : stored);
    const isSelected = selected.has(element.id);
    const depth = depths.get(element.id) ?? 0;
    const cached = cache.nodes.get(element.id);
    const entry =
      cached &&
      cached.kind === element.kind &&
      cached.name === element.name &&
      cached.selected === isSelected &&
      cached.depth === depth &&
      sameBox(cached.box, box)
        ? cached
        : {
            kind: element.kind,
            name: element.name,
            box,
            selected: isSelected,
            depth,
            node: makeNode(element, box, isSelected, depth),
          };
    cache.nodes.set(element.id, entry);
    (element.kind === 'trustBoundary' ? zones : boxes).push(entry);
  }
  for (const id of cache.nodes.keys()) if (!seen.has(id)) cache.nodes.delete(id);

  zones.sort((a, b) => a.depth - b.depth);
  cache.nodeList = reuseIfSame(
    cache.nodeList,
    [...zones, ...boxes].map((entry) => entry.node),
  );
  return cache.nodeList;
}

function makeNode(
  element: NodeElement,
  box: NodeBox,
  selected: boolean,
  depth: number,
): DiagramNode {
  const common = {
    id: element.id,
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    selected,
    ariaLabel: `${kindLabel(element.kind)} ${element.name || '(unnamed)'}`,
  };
  if (element.kind === 'trustBoundary') {
    return {
      ...common,
      type: 'boundary',
      data: {},
      zIndex: depth - 1000,
      dragHandle: '.dfd-boundary__title',
    };
  }
  return { ...common, type: 'element', data: {} };
}

function kindLabel(kind: NodeElement['kind']): string {
  switch (kind) {
    case 'externalEntity':
      return 'External entity';
    case 'process':
      return 'Process';
    case 'dataStore':
      return 'Data store';
    case 'trustBoundary':
      return 'Trust boundary';
  }
}

export function toFlowEdges(
  cache: FlowCache,
  diagram: Diagram,
  selected: ReadonlySet<string>,
): DiagramEdge[] {
  const edges: DiagramEdge[] = [];
  const seen = new Set<string>();
  for (const element of diagram.elements) {
    if (element.kind !== 'dataFlow') continue;
    seen.add(element.id);
    const isSelected = selected.has(element.id);
    const cleartext = !isFlowEncrypted(element);
    const bidirectional = element.properties.bidirectional;
    const cached = cache.edges.get(element.id);
    if (
      cached &&
      cached.sourceId === element.sourceId &&
      cached.targetId === element.targetId &&
      cached.name === element.name &&
      cached.cleartext === cleartext &&
      cached.bidirectional === bidirectional &&
      cached.selected === isSelected
    ) {
      edges.push(cached.edge);
      continue;
    }
    const marker = {
      type: MarkerType.ArrowClosed,
      width: 18,
      height: 18,
      color: cleartext ? 'var(--flow-cleartext)' : 'var(--flow)',
    };
    const edge: DiagramEdge = {
      id: element.id,
      type: 'flow',
      source: element.sourceId,
      target: element.targetId,
      selected: isSelected,
      data: { cleartext },
      markerEnd: marker,
      ariaLabel: `Data flow ${element.name || '(unnamed)'}${cleartext ? ', cleartext' : ''}`,
      ...(bidirectional ? { markerStart: marker } : {}),
    };
    cache.edges.set(element.id, {
      sourceId: element.sourceId,
      targetId: element.targetId,
      name: element.name,
      cleartext,
      bidirectional,
      selected: isSelected,
      edge,
    });
    edges.push(edge);
  }
  for (const id of cache.edges.keys()) if (!seen.has(id)) cache.edges.delete(id);
  cache.edgeList = reuseIfSame(cache.edgeList, edges);
  return cache.edgeList;
}
