/**
 * Where a merge conflict sits in a model, written as a short path that a person can read and the
 * resolver can follow: `elements[proc_api].properties.authentication`, `threats[spoof:proc_api]`
 * (the whole threat, when one side deleted it and the other edited it), `model.title`.
 */
import { ID_PATTERN } from '../model/schema';

export type ConflictCollection = 'elements' | 'threats' | 'mitigations' | 'diagrams' | 'model';

export interface ConflictLocation {
  collection: ConflictCollection;
  /** The id of the thing; null for model-level fields. */
  id: string | null;
  /** The field path inside it; null when the conflict is about the whole thing. */
  field: string | null;
}

/** Writes a location as a path. */
export function conflictPath(location: ConflictLocation): string {
  const head =
    location.collection === 'model' ? 'model' : `${location.collection}[${location.id ?? ''}]`;
  return location.field === null ? head : `${head}.${location.field}`;
}

const PATH =
  /^(elements|threats|mitigations|diagrams)\[([^\]]+)\](?:\.([A-Za-z]+(?:\.[A-Za-z]+)?))?$|^model\.([A-Za-z]+(?:\.[A-Za-z]+)?)$/;

/** Reads a path back; null when it is not one this merge writes. */
export function parseConflictPath(path: string): ConflictLocation | null {
  const match = PATH.exec(path);
  if (!match) return null;
  if (match[4] !== undefined) return { collection: 'model', id: null, field: match[4] };
  const id = match[2] ?? '';
  if (!ID_PATTERN.test(id)) return null;
  return {
    collection: match[1] as ConflictCollection,
    id,
    field: match[3] ?? null,
  };
}
