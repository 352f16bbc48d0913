/** Where the centre of the visible canvas is, in diagram coordinates, for palette clicks. */
import type { ReactFlowInstance } from '@xyflow/react';

import type { NodeBox } from '../../../shared/model/types';
import type { Point } from '../../store/modelEdits';
import type { DiagramEdge, DiagramNode } from './flowTypes';

export const CANVAS_ELEMENT_ID = 'diagram-canvas';
export const GRID = 16;

export function snap(point: Point): Point {
  return { x: Math.round(point.x / GRID) * GRID, y: Math.round(point.y / GRID) * GRID };
}

/** Offsets tried in turn for a new box: the spot itself, then right, below, left and above. */
const NUDGES: ReadonlyArray<[number, number]> = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
  [-1, 0],
  [-1, 1],
  [0, -1],
  [1, -1],
  [-1, -1],
  [2, 0],
  [2, 1],
  [2, -1],
];

/**
 * A centre near `point` where a box of `size` overlaps none of `occupied`, so that clicking palette
 * buttons one after another lays the new boxes out side by side instead of stacking them.
 */
export function freeSpotNear(
  point: Point,
  size: { width: number; height: number },
  occupied: readonly NodeBox[],
): Point {
  const stepX = size.width + GRID * 2;
  const stepY = size.height + GRID * 2;
  for (const [nx, ny] of NUDGES) {
    const centre = snap({ x: point.x + nx * stepX, y: point.y + ny * stepY });
    const box = { x: centre.x - size.width / 2, y: centre.y - size.height / 2, ...size };
    const overlaps = occupied.some(
      (other) =>
        box.x < other.x + other.width &&
        other.x < box.x + box.width &&
        box.y < other.y + other.height &&
        other.y < box.y + box.height,
    );
    if (!overlaps) return centre;
  }
  return point;
}

export function viewCentre(flow: ReactFlowInstance<DiagramNode, DiagramEdge>): Point {
  const element = document.getElementById(CANVAS_ELEMENT_ID);
  if (!element) return { x: 0, y: 0 };
  const rect = element.getBoundingClientRect();
  return snap(
    flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }),
  );
}
