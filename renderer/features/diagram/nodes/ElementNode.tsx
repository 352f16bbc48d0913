/**
 * A box of the diagram drawn the way DFDs are read: an external entity as a plain rectangle, a
 * process with rounded ends, a data store as an open-ended box between two lines. Memoised, and
 * subscribed only to its own element and whether it is being renamed, so a drag or an edit
 * elsewhere never renders it again.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';

import type { NodeElement, TrustBoundaryElement } from '../../../../shared/model/types';
import { labelOf } from '../../../../shared/model/vocabulary';
import { useAppStore } from '../../../store/appStore';
import { compareClassOf, useCompareHighlight } from '../../compare/compareCanvas';
import { ElementThreatBadge } from '../../threats/ElementThreatBadge';
import { useIsThreatElement } from '../../threats/useElementThreats';
import { countRender } from '../../../store/testHook';
import type { ElementFlowNode } from '../flowTypes';
import { useDiagramElement } from '../useDiagramElement';
import { RenameField } from './RenameField';

function subtitleOf(element: Exclude<NodeElement, TrustBoundaryElement>): string {
  switch (element.kind) {
    case 'process':
      return `${labelOf(element.properties.technology)} · ${labelOf(element.properties.exposure)}`;
    case 'dataStore':
      return labelOf(element.properties.storeKind);
    case 'externalEntity':
      return labelOf(element.properties.entityKind);
  }
}

function ElementNodeView({ id }: NodeProps<ElementFlowNode>) {
  countRender(id);
  const element = useDiagramElement(id);
  const renaming = useAppStore((state) => state.renamingId === id);
  const highlighted = useIsThreatElement(id);
  const change = useCompareHighlight(id);
  // Gone from the model, in the one render before React Flow drops its node.
  if (!element || element.kind === 'dataFlow' || element.kind === 'trustBoundary') return null;
  const kindLabel = labelOf(element.kind);

  return (
    <div
      className={`dfd-node dfd-node--${element.kind}${highlighted ? ' dfd-node--highlighted' : ''}${compareClassOf(change)}`}
    >
      <ElementThreatBadge elementId={id} />
      <Handle type="target" position={Position.Left} className="dfd-handle" />
      <span className="dfd-node__kind">{kindLabel}</span>
      {renaming ? (
        <RenameField id={id} name={element.name} kindLabel={kindLabel} />
      ) : (
        <span className={element.name ? 'dfd-node__name' : 'dfd-node__name dfd-node__name--empty'}>
          {element.name || 'Unnamed'}
        </span>
      )}
      <span className="dfd-node__meta">{subtitleOf(element)}</span>
      <Handle type="source" position={Position.Right} className="dfd-handle" />
    </div>
  );
}

export const ElementNode = memo(ElementNodeView);
