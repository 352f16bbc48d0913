/**
 * The palette. A click adds the element at the centre of the view; a drag places it where it is
 * dropped. `Data flow` opens a dialog to pick the source and target, so flows need no mouse.
 */
import { useReactFlow } from '@xyflow/react';
import { useState, type DragEvent } from 'react';

import { DEFAULT_NODE_SIZE } from '../../../shared/model/factories';
import type { NodeKind } from '../../../shared/model/vocabulary';
import { useAppStore } from '../../store/appStore';
import { selectActiveDiagram } from '../../store/selectors';
import { FlowDialog } from './FlowDialog';
import type { DiagramEdge, DiagramNode } from './flowTypes';
import { freeSpotNear, viewCentre } from './viewCentre';

export const PALETTE_MIME = 'application/x-gatehouse-kind';

const ITEMS: ReadonlyArray<{ kind: NodeKind; label: string; hint: string }> = [
  { kind: 'externalEntity', label: 'External entity', hint: 'a client, partner or user' },
  { kind: 'process', label: 'Process', hint: 'a gateway, service or function' },
  { kind: 'dataStore', label: 'Data store', hint: 'a database, cache, queue or log' },
  { kind: 'trustBoundary', label: 'Trust boundary', hint: 'a zone of one trust level' },
];

export function Palette() {
  const flow = useReactFlow<DiagramNode, DiagramEdge>();
  const [flowDialogOpen, setFlowDialogOpen] = useState(false);

  const addAtCentre = (kind: NodeKind): void => {
    const state = useAppStore.getState();
    const diagram = selectActiveDiagram(state);
    const occupied = diagram.elements.flatMap((element) => {
      const box = state.model.layout.nodes[element.id];
      const sameLayer = (element.kind === 'trustBoundary') === (kind === 'trustBoundary');
      return box && sameLayer ? [box] : [];
    });
    state.addElement(kind, freeSpotNear(viewCentre(flow), DEFAULT_NODE_SIZE[kind], occupied));
  };

  const onDragStart = (event: DragEvent, kind: NodeKind): void => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <nav className="palette" aria-label="Palette">
      {ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          draggable
          className={`palette__item palette__item--${item.kind}`}
          title={`Add ${item.hint}; drag to place it`}
          onDragStart={(event) => onDragStart(event, item.kind)}
          onClick={() => addAtCentre(item.kind)}
        >
          <span className={`palette__icon palette__icon--${item.kind}`} aria-hidden="true" />
          {item.label}
        </button>
      ))}
      <button
        type="button"
        className="palette__item palette__item--dataFlow"
        title="Connect two elements; you can also drag from one box's handle to another"
        onClick={() => setFlowDialogOpen(true)}
      >
        <span className="palette__icon palette__icon--dataFlow" aria-hidden="true" />
        Data flow
      </button>
      {flowDialogOpen && <FlowDialog onClose={() => setFlowDialogOpen(false)} />}
    </nav>
  );
}
