/**
 * A trust boundary: a dashed zone with its name and trust level on a title bar, tinted by how much
 * it is trusted. Only the title bar and the border take the pointer, so what is drawn inside the
 * zone stays clickable and a box-select can start inside it.
 */
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo } from 'react';

import { useAppStore } from '../../../store/appStore';
import { compareClassOf, useCompareHighlight } from '../../compare/compareCanvas';
import { countRender } from '../../../store/testHook';
import type { BoundaryFlowNode } from '../flowTypes';
import { useDiagramElement } from '../useDiagramElement';
import { RenameField } from './RenameField';

/** Low, medium or high trust, for the zone's colour. */
export function trustBand(level: number): 'low' | 'medium' | 'high' {
  if (level < 34) return 'low';
  if (level < 67) return 'medium';
  return 'high';
}

function BoundaryNodeView({ id, selected }: NodeProps<BoundaryFlowNode>) {
  countRender(id);
  const element = useDiagramElement(id);
  const renaming = useAppStore((state) => state.renamingId === id);
  const change = useCompareHighlight(id);
  // Gone from the model, in the one render before React Flow drops its node.
  if (element?.kind !== 'trustBoundary') return null;
  const level = element.properties.trustLevel;

  return (
    <div className={`dfd-boundary dfd-boundary--${trustBand(level)}${compareClassOf(change)}`}>
      <NodeResizer
        isVisible={selected}
        minWidth={120}
        minHeight={80}
        lineClassName="dfd-boundary__resize-line"
        handleClassName="dfd-boundary__resize-handle"
      />
      <div className="dfd-boundary__title">
        {renaming ? (
          <RenameField id={id} name={element.name} kindLabel="Trust boundary" />
        ) : (
          <span className="dfd-boundary__name">{element.name || 'Unnamed zone'}</span>
        )}
        <span
          className="dfd-boundary__trust"
          title="Trust level: 0 is the internet, 100 the most restricted"
        >
          Trust {level}
        </span>
      </div>
    </div>
  );
}

export const BoundaryNode = memo(BoundaryNodeView);
