/**
 * The three-way merge of a collection keyed by id. Each id is decided on its own: kept, added,
 * deleted, merged field by field, or (a deletion on one side against an edit on the other) kept as
 * ours with a conflict on the whole thing.
 */
import { jsonEqual } from '../diff/json';
import { mergeEntity, type EntityMergeRules, type FieldConflict } from './mergeEntity';

type Entity = Record<string, unknown>;

export interface KeyedConflict extends FieldConflict {
  id: string;
  /** True when the conflict is about the whole thing (deleted on one side, edited on the other). */
  whole: boolean;
}

/**
 * Merges three id-keyed maps. The result keeps ours' order, then theirs' additions. `sameKind`
 * tells whether two versions can be merged field by field (an element whose kind changed cannot).
 */
export function mergeKeyed<T extends object>(
  base: ReadonlyMap<string, T>,
  ours: ReadonlyMap<string, T>,
  theirs: ReadonlyMap<string, T>,
  rules: EntityMergeRules,
  sameKind: (a: T, b: T) => boolean = () => true,
): { items: Map<string, T>; conflicts: KeyedConflict[] } {
  const items = new Map<string, T>();
  const conflicts: KeyedConflict[] = [];
  const whole = (id: string, b: T | undefined, o: T | undefined, t: T | undefined): void => {
    conflicts.push({
      id,
      field: '',
      whole: true,
      base: b ?? null,
      ours: o ?? null,
      theirs: t ?? null,
    });
  };

  const decide = (id: string): void => {
    const b = base.get(id);
    const o = ours.get(id);
    const t = theirs.get(id);

    if (o !== undefined && t !== undefined) {
      if (o === t || jsonEqual(o, t)) items.set(id, o);
      else if (b !== undefined && jsonEqual(o, b)) items.set(id, t);
      else if (b !== undefined && jsonEqual(t, b)) items.set(id, o);
      else if (!sameKind(o, t) || (b !== undefined && (!sameKind(o, b) || !sameKind(t, b)))) {
        items.set(id, o);
        whole(id, b, o, t);
      } else {
        const merged = mergeEntity(b as Entity | undefined, o as Entity, t as Entity, rules);
        items.set(id, merged.value as T);
        for (const c of merged.conflicts) conflicts.push({ id, whole: false, ...c });
      }
      return;
    }

    const present = o ?? t;
    if (present === undefined) return; // deleted on both sides
    if (b === undefined) {
      items.set(id, present); // added on one side
      return;
    }
    if (jsonEqual(present, b)) return; // deleted on one side, untouched on the other
    // Deleted on one side, edited on the other: ours stands until a person decides.
    if (o !== undefined) items.set(id, o);
    whole(id, b, o, t);
  };

  for (const id of ours.keys()) decide(id);
  for (const id of theirs.keys()) if (!ours.has(id)) decide(id);
  for (const id of base.keys()) if (!ours.has(id) && !theirs.has(id)) decide(id);

  return { items, conflicts };
}
