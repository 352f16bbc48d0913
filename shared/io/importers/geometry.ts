/**
 * Geometry of imported diagrams: which zone a box sits in, growing zones so they enclose their
 * members, and a simple packing layout for diagrams whose source has no positions. Pure and
 * synchronous, so an import always yields a drawable model even before the automatic layout runs.
 */
import { DEFAULT_NODE_SIZE } from '../../model/factories';
import type { NodeBox } from '../../model/types';
import type { NodeKind } from '../../model/vocabulary';

/** What geometry needs to know about a box-shaped element. */
export interface PlacedNode {
  id: string;
  kind: NodeKind;
  /** True for zones; false for boundaries drawn as lines, which contain nothing. */
  isZone: boolean;
  boundaryId: string | null;
}

const ZONE_PADDING = 24;
/** Room above a zone's members for its name. */
const ZONE_HEADER = 32;
const GAP = 48;
/** Rounding slack: boxes drawn flush with a zone's edge still count as inside. */
const TOLERANCE = 1;

export function contains(outer: NodeBox, inner: NodeBox): boolean {
  return (
    inner.x >= outer.x - TOLERANCE &&
    inner.y >= outer.y - TOLERANCE &&
    inner.x + inner.width <= outer.x + outer.width + TOLERANCE &&
    inner.y + inner.height <= outer.y + outer.height + TOLERANCE
  );
}

/**
 * The zone each box lies in, from the drawing: the smallest zone whose box holds the element's box
 * entirely, the rule Threat Dragon and Microsoft's tool both use. Zones nest the same way.
 */
export function containmentFromGeometry(
  nodes: readonly PlacedNode[],
  boxes: ReadonlyMap<string, NodeBox>,
): Map<string, string | null> {
  const zones = nodes
    .filter((node) => node.isZone && boxes.has(node.id))
    .map((node) => ({ id: node.id, box: boxes.get(node.id) as NodeBox }))
    .sort((a, b) => area(a.box) - area(b.box));
  const result = new Map<string, string | null>();

  for (const node of nodes) {
    const box = boxes.get(node.id);
    if (!box || (!node.isZone && node.kind === 'trustBoundary')) {
      result.set(node.id, null);
      continue;
    }
    const holder = zones.find(
      (zone) => zone.id !== node.id && area(zone.box) > area(box) && contains(zone.box, box),
    );
    result.set(node.id, holder?.id ?? null);
  }

  return result;
}

function area(box: NodeBox): number {
  return box.width * box.height;
}

/**
 * Grows every zone until it encloses its members with some padding, innermost zones first so a
 * grown inner zone is in turn enclosed by its parent. Mutates and returns `boxes`.
 */
export function encloseMembers(
  nodes: readonly PlacedNode[],
  boxes: Map<string, NodeBox>,
): Map<string, NodeBox> {
  const depth = depthsOf(nodes);
  const zones = nodes.filter((node) => node.isZone).sort((a, b) => depth(b.id) - depth(a.id));

  for (const zone of zones) {
    const members = nodes.filter((node) => node.boundaryId === zone.id && boxes.has(node.id));
    if (members.length === 0) continue;
    const own = boxes.get(zone.id);
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const member of members) {
      const box = boxes.get(member.id) as NodeBox;
      left = Math.min(left, box.x - ZONE_PADDING);
      top = Math.min(top, box.y - ZONE_HEADER);
      right = Math.max(right, box.x + box.width + ZONE_PADDING);
      bottom = Math.max(bottom, box.y + box.height + ZONE_PADDING);
    }
    if (own) {
      left = Math.min(left, own.x);
      top = Math.min(top, own.y);
      right = Math.max(right, own.x + own.width);
      bottom = Math.max(bottom, own.y + own.height);
    }
    boxes.set(zone.id, { x: left, y: top, width: right - left, height: bottom - top });
  }

  return boxes;
}

function depthsOf(nodes: readonly PlacedNode[]): (id: string) => number {
  const parent = new Map(nodes.map((node) => [node.id, node.boundaryId]));
  const cache = new Map<string, number>();
  const depth = (id: string): number => {
    const known = cache.get(id);
    if (known !== undefined) return known;
    let count = 0;
    const seen = new Set<string>();
    for (
      let at = parent.get(id) ?? null;
      at !== null && !seen.has(at);
      at = parent.get(at) ?? null
    ) {
      seen.add(at);
      count++;
    }
    cache.set(id, count);
    return count;
  };
  return depth;
}

const KIND_ORDER: Readonly<Record<NodeKind, number>> = {
  externalEntity: 0,
  process: 1,
  dataStore: 2,
  trustBoundary: 3,
};

/**
 * A packing layout: each zone's members in rows (clients, then processes, then stores, then inner
 * zones), zones side by side. No flow is considered; it is the stand-in until the automatic layout
 * replaces it, and the layout used where that cannot run.
 */
export function packLayout(nodes: readonly PlacedNode[]): Map<string, NodeBox> {
  const children = new Map<string | null, PlacedNode[]>();
  const ids = new Set(nodes.map((node) => node.id));
  for (const node of nodes) {
    if (node.kind === 'trustBoundary' && !node.isZone) continue;
    const parent = node.boundaryId !== null && ids.has(node.boundaryId) ? node.boundaryId : null;
    const list = children.get(parent) ?? [];
    list.push(node);
    children.set(parent, list);
  }

  const relative = new Map<string, { x: number; y: number; width: number; height: number }>();
  const visiting = new Set<string>();

  const sizeOf = (node: PlacedNode): { width: number; height: number } => {
    if (!node.isZone || visiting.has(node.id)) return { ...DEFAULT_NODE_SIZE[node.kind] };
    visiting.add(node.id);
    const inner = arrange(children.get(node.id) ?? []);
    visiting.delete(node.id);
    if (inner.width === 0) return { ...DEFAULT_NODE_SIZE.trustBoundary };
    return {
      width: inner.width + 2 * ZONE_PADDING,
      height: inner.height + ZONE_HEADER + ZONE_PADDING,
    };
  };

  const arrange = (members: PlacedNode[]): { width: number; height: number } => {
    const sorted = [...members].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    const sizes = sorted.map(sizeOf);
    const totalArea = sizes.reduce(
      (sum, size) => sum + (size.width + GAP) * (size.height + GAP),
      0,
    );
    const rowLimit = Math.max(640, Math.sqrt(totalArea) * 1.6);
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    let width = 0;
    sorted.forEach((node, i) => {
      const size = sizes[i] as { width: number; height: number };
      if (x > 0 && x + size.width > rowLimit) {
        x = 0;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      relative.set(node.id, { x, y, ...size });
      x += size.width + GAP;
      rowHeight = Math.max(rowHeight, size.height);
      width = Math.max(width, x - GAP);
    });
    return { width, height: sorted.length === 0 ? 0 : y + rowHeight };
  };

  arrange(children.get(null) ?? []);

  const absolute = new Map<string, NodeBox>();
  const place = (parentId: string | null, originX: number, originY: number): void => {
    for (const node of children.get(parentId) ?? []) {
      const box = relative.get(node.id);
      if (!box || absolute.has(node.id)) continue;
      const placed = {
        x: originX + box.x,
        y: originY + box.y,
        width: box.width,
        height: box.height,
      };
      absolute.set(node.id, placed);
      if (node.isZone) place(node.id, placed.x + ZONE_PADDING, placed.y + ZONE_HEADER);
    }
  };
  place(null, 40, 40);

  return absolute;
}
