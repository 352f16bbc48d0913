/** Where the centre of the visible canvas is, in diagram coordinates, for palette clicks. */
import type { ReactFlowInstance } from '@xyflow/react';

import type { Point } from '../../store/modelEdits';
import type { DiagramEdge, DiagramNode } from './flowTypes';

export const CANVAS_ELEMENT_ID = 'diagram-canvas';
export const GRID = 16;

export function snap(point: Point): Point {
  return { x: Math.round(point.x / GRID) * GRID, y: Math.round(point.y / GRID) * GRID };
}

/**
 * A spot near `point` where no box of the active diagram is centred already, so that clicking a
 * palette button several times fans the new boxes out instead of stacking them.
 */
export function freeSpotNear(point: Point, occupied: readonly Point[]): Point {
  let candidate = point;
  for (let step = 0; step < 24; step++) {
    const taken = occupied.some(
      (other) => Math.abs(other.x - candidate.x) < GRID && Math.abs(other.y - candidate.y) < GRID,
    );
    if (!taken) return candidate;
    candidate = { x: candidate.x + GRID * 2, y: candidate.y + GRID * 2 };
  }
  return candidate;
}

export function viewCentre(flow: ReactFlowInstance<DiagramNode, DiagramEdge>): Point {
  const element = document.getElementById(CANVAS_ELEMENT_ID);
  if (!element) return { x: 0, y: 0 };
  const rect = element.getBoundingClientRect();
  return snap(
    flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }),
  );
}
