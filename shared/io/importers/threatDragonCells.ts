/**
 * Threat Dragon's diagram cells, read into one shape whatever the file's version. Version 1 keeps
 * the properties flat on the cell and names kinds by `type`; version 2 nests them in `data` and
 * names kinds by X6 `shape`, including legacy and misspelled shape names that old files carry.
 */
import {
  arrayAt,
  asNumber,
  asString,
  field,
  isObject,
  numberAt,
  objectAt,
  stringAt,
  type JsonObject,
} from './read';
import type { Point } from './modelBuilder';

export type CellKind =
  'actor' | 'process' | 'store' | 'flow' | 'boundaryBox' | 'boundaryCurve' | 'text' | 'unknown';

/** One end of an edge: attached to a cell, or a free point on the canvas. */
export interface CellEnd {
  cellId?: string;
  point?: Point;
}

export interface TdCell {
  rawId: unknown;
  kind: CellKind;
  /** The shape or type as written, for messages. */
  rawShape: string;
  /** Where the element's properties and threats live (`data` in v2, the cell itself in v1). */
  data: JsonObject;
  name: string;
  position?: Point;
  size?: { width: number; height: number };
  source?: CellEnd;
  target?: CellEnd;
  vertices: Point[];
}

const SHAPES: Readonly<Record<string, CellKind>> = {
  actor: 'actor',
  process: 'process',
  store: 'store',
  flow: 'flow',
  'trust-boundary-box': 'boundaryBox',
  'trust-boundary-curve': 'boundaryCurve',
  // Misspelled in Threat Dragon itself for a while; many saved models still carry it.
  'trust-broundary-curve': 'boundaryCurve',
  'td-text-block': 'text',
};

const TYPES: Readonly<Record<string, CellKind>> = {
  'tm.actor': 'actor',
  'tm.process': 'process',
  'tm.store': 'store',
  'tm.flow': 'flow',
  'tm.flowstencil': 'flow',
  'tm.boundarybox': 'boundaryBox',
  'tm.boundary': 'boundaryCurve',
  'tm.text': 'text',
};

export function kindOfCell(shape: string | undefined, type: string | undefined): CellKind {
  const byShape = shape === undefined ? undefined : SHAPES[shape.trim().toLowerCase()];
  if (byShape) return byShape;
  const byType = type === undefined ? undefined : TYPES[type.trim().toLowerCase()];
  return byType ?? 'unknown';
}

/** A v2 cell (`shape`, `data`, `position`, `source.cell`). */
export function readV2Cell(cell: JsonObject): TdCell {
  const data = objectAt(cell, 'data') ?? {};
  const shape = stringAt(cell, 'shape');
  const kind = kindOfCell(shape, stringAt(data, 'type'));
  return {
    rawId: field(cell, 'id'),
    kind,
    rawShape: shape ?? stringAt(data, 'type') ?? '',
    data,
    name: stringAt(data, 'name') || labelOf(cell),
    ...box(cell),
    ...ends(cell, 'cell'),
    vertices: points(arrayAt(cell, 'vertices')),
  };
}

/** A v1 cell (`type`, flat properties, `source.id`). */
export function readV1Cell(cell: JsonObject): TdCell {
  const type = stringAt(cell, 'type');
  return {
    rawId: field(cell, 'id'),
    kind: kindOfCell(undefined, type),
    rawShape: type ?? '',
    data: cell,
    name: stringAt(cell, 'name') || labelOf(cell),
    ...box(cell),
    ...ends(cell, 'id'),
    vertices: points(arrayAt(cell, 'vertices')),
  };
}

/** The label as drawn: node text, boundary label, or the first edge label. */
function labelOf(cell: JsonObject): string {
  const attrs = objectAt(cell, 'attrs');
  const fromAttrs =
    stringAt(objectAt(attrs, 'text'), 'text') ??
    stringAt(objectAt(attrs, 'label'), 'text') ??
    stringAt(objectAt(attrs, 'labelText'), 'text');
  if (fromAttrs) return fromAttrs;
  const firstLabel = arrayAt(cell, 'labels')[0];
  const labelAttrs = objectAt(firstLabel, 'attrs');
  return (
    stringAt(objectAt(labelAttrs, 'labelText'), 'text') ??
    stringAt(objectAt(labelAttrs, 'text'), 'text') ??
    stringAt(objectAt(labelAttrs, 'label'), 'text') ??
    ''
  );
}

function box(cell: JsonObject): Pick<TdCell, 'position' | 'size'> {
  const position = objectAt(cell, 'position');
  const size = objectAt(cell, 'size');
  const x = numberAt(position, 'x');
  const y = numberAt(position, 'y');
  const width = numberAt(size, 'width');
  const height = numberAt(size, 'height');
  const out: Pick<TdCell, 'position' | 'size'> = {};
  if (x !== undefined && y !== undefined) out.position = { x, y };
  if (width !== undefined && height !== undefined) out.size = { width, height };
  return out;
}

function ends(cell: JsonObject, idKey: 'cell' | 'id'): Pick<TdCell, 'source' | 'target'> {
  const out: Pick<TdCell, 'source' | 'target'> = {};
  const source = readEnd(field(cell, 'source'), idKey);
  const target = readEnd(field(cell, 'target'), idKey);
  if (source) out.source = source;
  if (target) out.target = target;
  return out;
}

function readEnd(value: unknown, idKey: 'cell' | 'id'): CellEnd | undefined {
  if (typeof value === 'string') return { cellId: value };
  if (!isObject(value)) return undefined;
  const cellId = asString(field(value, idKey)) ?? asString(field(value, 'cell'));
  if (cellId) return { cellId };
  const x = asNumber(field(value, 'x'));
  const y = asNumber(field(value, 'y'));
  return x !== undefined && y !== undefined ? { point: { x, y } } : undefined;
}

function points(list: unknown[]): Point[] {
  const out: Point[] = [];
  for (const item of list) {
    const x = numberAt(item, 'x');
    const y = numberAt(item, 'y');
    if (x !== undefined && y !== undefined) out.push({ x, y });
  }
  return out;
}
