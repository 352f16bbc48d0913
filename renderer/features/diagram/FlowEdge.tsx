/**
 * A data flow: a straight arrow from border to border of its two boxes, labelled with its name and
 * protocol. A cleartext flow is drawn dashed in the warning colour, so it stands out at a glance.
 */
import {
  BaseEdge,
  EdgeLabelRenderer,
  getStraightPath,
  useInternalNode,
  type EdgeProps,
  type InternalNode,
} from '@xyflow/react';
import { memo } from 'react';

import { useAppStore } from '../../store/appStore';
import { compareClassOf, useCompareHighlight } from '../compare/compareCanvas';
import { ElementThreatBadge } from '../threats/ElementThreatBadge';
import { useIsThreatElement } from '../threats/useElementThreats';
import type { DiagramEdge } from './flowTypes';
import { useDiagramElement } from './useDiagramElement';

interface Point {
  x: number;
  y: number;
}

/** Where the line from a box's centre towards `toward` leaves the box. */
function borderPoint(node: InternalNode, toward: Point): Point {
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  const cx = node.internals.positionAbsolute.x + width / 2;
  const cy = node.internals.positionAbsolute.y + height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

function centre(node: InternalNode): Point {
  return {
    x: node.internals.positionAbsolute.x + (node.measured.width ?? node.width ?? 0) / 2,
    y: node.internals.positionAbsolute.y + (node.measured.height ?? node.height ?? 0) / 2,
  };
}

function FlowEdgeView({
  id,
  source,
  target,
  data,
  markerEnd,
  markerStart,
  selected,
}: EdgeProps<DiagramEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const flow = useDiagramElement(id);
  const highlighted = useIsThreatElement(id);
  const change = compareClassOf(useCompareHighlight(id));
  if (!sourceNode || !targetNode || !data || flow?.kind !== 'dataFlow') return null;

  const from = borderPoint(sourceNode, centre(targetNode));
  const to = borderPoint(targetNode, centre(sourceNode));
  const [path, labelX, labelY] = getStraightPath({
    sourceX: from.x,
    sourceY: from.y,
    targetX: to.x,
    targetY: to.y,
  });
  const { cleartext } = data;
  const protocol = flow.properties.protocol.trim();

  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`${cleartext ? 'dfd-flow dfd-flow--cleartext' : 'dfd-flow'}${change}`}
        {...(markerEnd ? { markerEnd } : {})}
        {...(markerStart ? { markerStart } : {})}
        interactionWidth={16}
      />
      <EdgeLabelRenderer>
        <div
          className={`dfd-flow__label nodrag nopan${cleartext ? ' dfd-flow__label--cleartext' : ''}${selected ? ' dfd-flow__label--selected' : ''}${highlighted ? ' dfd-flow__label--highlighted' : ''}${change}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          onClick={(event) =>
            useAppStore
              .getState()
              .select([id], event.shiftKey || event.ctrlKey || event.metaKey ? 'toggle' : 'replace')
          }
        >
          <span className="dfd-flow__name">
            {flow.name || 'Unnamed flow'} <ElementThreatBadge elementId={id} />
          </span>
          <span className="dfd-flow__protocol">
            {protocol || 'no protocol'}
            {cleartext ? ' · cleartext' : ''}
          </span>
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
