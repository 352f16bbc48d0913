/**
 * Diffing a collection of things keyed by id (elements, threats, mitigations, diagrams, conflicts):
 * which ids appeared, which disappeared, and which fields changed on the ones in both.
 */
import { asJson } from './json';
import { fieldDifferences } from './fields';
import type { ChangeKind, FieldChange } from './types';

export interface KeyedChange<T> {
  change: ChangeKind;
  id: string;
  before: T | null;
  after: T | null;
  fields: FieldChange[];
}

/**
 * Compares two id-keyed maps. Results come in a stable order: changes and removals in the order of
 * `before`, then additions in the order of `after`.
 */
export function diffKeyed<T extends object>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  split: ReadonlySet<string>,
): KeyedChange<T>[] {
  const out: KeyedChange<T>[] = [];

  for (const [id, old] of before) {
    const now = after.get(id);
    if (now === undefined) {
      out.push({ change: 'removed', id, before: old, after: null, fields: [] });
      continue;
    }
    if (old === now) continue;
    const fields = toFieldChanges(
      fieldDifferences(old as Record<string, unknown>, now as Record<string, unknown>, split),
    );
    if (fields.length > 0) out.push({ change: 'changed', id, before: old, after: now, fields });
  }
  for (const [id, now] of after) {
    if (!before.has(id)) out.push({ change: 'added', id, before: null, after: now, fields: [] });
  }

  return out;
}

export function toFieldChanges(
  differences: ReadonlyArray<{ path: string; before: unknown; after: unknown }>,
): FieldChange[] {
  return differences.map((d) => ({
    path: d.path,
    before: asJson(d.before),
    after: asJson(d.after),
  }));
}

/** An id-keyed map of a list. */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}
