/**
 * Where flow labels go in a picture: on their flow's line, but never on a box and never on another
 * label. Each label tries spots along its line (the middle first), then the same spots nudged
 * above and below; when every spot is taken it keeps the one that covers the least.
 */
import { pointAlong, type Box, type Point } from './geometry';

/** A label to place: its size and the line it belongs to. */
export interface LabelRequest {
  width: number;
  height: number;
  line: readonly Point[];
}

/** Shares of the line's length to try, from the middle outwards. */
const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
/** Vertical nudges to try at each spot when the line itself is taken. */
const NUDGES = [0, -1, 1, -2, 2];
/** Space kept clear around a label. */
const CLEARANCE = 2;

/**
 * Places the labels in order, each avoiding the boxes and the labels placed before it.
 * Returns one box per request, in the same order.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[]): Box[] {
  const placed: Box[] = [];
  // Grids of the boxes, so each candidate spot is checked against its neighbours only: a
  // diagram of a thousand boxes would otherwise cost a million overlap tests per label.
  const obstacleGrid = new BoxGrid(obstacles);
  const placedGrid = new BoxGrid([]);

  for (const request of requests) {
    let best: Box | null = null;
    let bestCover = Infinity;
    search: for (const nudge of NUDGES) {
      for (const share of ALONG) {
        const at = pointAlong(request.line, share);
        const box = {
          x: at.x - request.width / 2,
          y: at.y - request.height / 2 + nudge * (request.height + CLEARANCE),
          width: request.width,
          height: request.height,
        };
        const cover = obstacleGrid.cover(box) * 4 + placedGrid.cover(box);
        if (cover < bestCover) {
          best = box;
          bestCover = cover;
        }
        if (cover === 0) break search;
      }
    }
    const chosen = best ?? { x: 0, y: 0, width: request.width, height: request.height };
    placed.push(chosen);
    placedGrid.add(chosen);
  }

  return placed;
}

/** Side of a grid cell, in picture units: about the size of a box. */
const CELL = 160;

/** Boxes bucketed by the grid cells they touch. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  constructor(boxes: readonly Box[]) {
    for (const box of boxes) this.add(box);
  }

  add(box: Box): void {
    this.forCells(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    });
  }

  /** How much of `box`, grown by the clearance, lies on the boxes in the grid. */
  cover(box: Box): number {
    const grown = grow(box, CLEARANCE);
    const seen = new Set<Box>();
    let total = 0;
    this.forCells(grown, (key) => {
      for (const other of this.cells.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        total += overlapArea(grown, other);
      }
    });
    return total;
  }

  private forCells(box: Box, visit: (key: string) => void): void {
    const left = Math.floor(box.x / CELL);
    const right = Math.floor((box.x + box.width) / CELL);
    const top = Math.floor(box.y / CELL);
    const bottom = Math.floor((box.y + box.height) / CELL);
    for (let column = left; column <= right; column++) {
      for (let row = top; row <= bottom; row++) visit(`${column}:${row}`);
    }
  }
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + by * 2, height: box.height + by * 2 };
}

/** The area two boxes share; zero when they only touch. */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}
