/**
 * Where each box of a diagram goes in a picture. Boxes come from the model's layout; an element
 * the layout does not know (a model written by hand or by another tool) gets a simple automatic
 * place, so a report never silently leaves something out of its picture.
 */
import type { Diagram, Layout, NodeElement } from '../../model/types';
import { unionOf, type Box } from './geometry';

const GRID_COLUMNS = 6;
const CELL_WIDTH = 210;
const CELL_HEIGHT = 130;
const NODE_WIDTH = 160;
const NODE_HEIGHT = 72;
const ZONE_PADDING = 36;

/** A box for every node element of the diagram (flows excluded), keyed by element id. */
export function placeNodes(diagram: Diagram, layout: Layout): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const nodes = diagram.elements.filter((e): e is NodeElement => e.kind !== 'dataFlow');

  const missing: NodeElement[] = [];

  for (const node of nodes) {
    const box = layout.nodes[node.id];
    if (box && box.width > 0 && box.height > 0) boxes.set(node.id, { ...box });
    else missing.push(node);
  }

  // Members first, so a zone without a box can then be drawn around them.
  placeInGrid(
    missing.filter((node) => node.kind !== 'trustBoundary'),
    boxes,
  );
  wrapZonesAroundChildren(missing, nodes, boxes);
  placeInGrid(
    missing.filter((node) => !boxes.has(node.id) && !isLineBoundary(node)),
    boxes,
  );
  return boxes;
}

/** Zones without a box get one around their members, innermost zones first. */
function wrapZonesAroundChildren(
  missing: readonly NodeElement[],
  nodes: readonly NodeElement[],
  boxes: Map<string, Box>,
): void {
  let zones = missing.filter((node) => node.kind === 'trustBoundary' && !isLineBoundary(node));
  // Each pass can only wrap zones whose members are all placed, so nesting resolves from inside.
  for (let pass = 0; pass < 8 && zones.length > 0; pass++) {
    const next: NodeElement[] = [];
    for (const zone of zones) {
      const members = nodes.filter((node) => node.boundaryId === zone.id);
      const unplaced = members.some((member) => !boxes.has(member.id));
      const around = unionOf(members.flatMap((member) => boxes.get(member.id) ?? []));
      if (unplaced || !around) {
        next.push(zone);
        continue;
      }
      boxes.set(zone.id, {
        x: around.x - ZONE_PADDING,
        y: around.y - ZONE_PADDING * 1.5,
        width: around.width + ZONE_PADDING * 2,
        height: around.height + ZONE_PADDING * 2.5,
      });
    }
    if (next.length === zones.length) break;
    zones = next;
  }
}

/** Everything still without a place goes in a grid below what is already drawn. */
function placeInGrid(nodes: readonly NodeElement[], boxes: Map<string, Box>): void {
  if (nodes.length === 0) return;

  const drawn = unionOf(boxes.values());
  const left = drawn?.x ?? 0;
  const top = drawn ? drawn.y + drawn.height + 60 : 0;
  nodes.forEach((node, i) => {
    boxes.set(node.id, {
      x: left + (i % GRID_COLUMNS) * CELL_WIDTH,
      y: top + Math.floor(i / GRID_COLUMNS) * CELL_HEIGHT,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    });
  });
}

/** A boundary drawn as a line across flows has points, not a box. */
export function isLineBoundary(node: NodeElement): boolean {
  return node.kind === 'trustBoundary' && node.properties.shape === 'line';
}
