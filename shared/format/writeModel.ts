/**
 * The canonical writer. The same model always produces the same bytes, whatever order its parts
 * arrived in, so two saves of an unchanged model are identical and a single edit is a small diff
 * in git: two-space indent, keys in the schema's order, elements sorted by id, threats by number,
 * layout last, numbers in the layout rounded, and a newline at the end.
 */
import { threatModelSchema } from '../model/schema';
import type { ThreatModel } from '../model/types';

/** The file extension of native model files. */
export const MODEL_FILE_EXTENSION = '.gatehouse';

/** Serialises a model in canonical form. Throws only if given something that is not a model. */
export function writeModel(model: ThreatModel): string {
  return `${JSON.stringify(canonicalModel(model), null, 2)}\n`;
}

/** A copy of the model with every part in canonical order. */
export function canonicalModel(model: ThreatModel): ThreatModel {
  const copy = threatModelSchema.parse(model);

  for (const diagram of copy.diagrams) diagram.elements.sort(byId);
  copy.threats.sort((a, b) => a.number - b.number);
  copy.mitigations.sort(byId);
  copy.conflicts.sort(byId);
  copy.rulePacks.custom = copy.rulePacks.custom.map((pack) => sortKeysDeep(pack) as typeof pack);
  copy.layout = {
    viewports: sortRecord(copy.layout.viewports, (v) => ({
      x: round(v.x),
      y: round(v.y),
      zoom: round(v.zoom, 1000),
    })),
    nodes: sortRecord(copy.layout.nodes, (b) => ({
      x: round(b.x),
      y: round(b.y),
      width: round(b.width),
      height: round(b.height),
    })),
    edges: sortRecord(copy.layout.edges, (e) => ({
      points: e.points.map((p) => ({ x: round(p.x), y: round(p.y) })),
    })),
  };

  return copy;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Layout coordinates to two decimals: finer than a screen pixel, coarse enough to diff well. */
function round(value: number, scale = 100): number {
  return Math.round(value * scale) / scale;
}

function sortRecord<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const key of Object.keys(record).sort()) out[key] = map(record[key] as T);
  return out;
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
  return out;
}
