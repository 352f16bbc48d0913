/**
 * The three-way merge of one thing (an element, a threat, a mitigation, the model's own fields),
 * field by field: a field changed on one side takes that side's value; changed the same way on
 * both, that value; changed two ways, ours is kept and a conflict is reported. Lists used as sets
 * (tags, reviewers, linked mitigations, data tags, references) merge by adding and removing
 * members, so two people tagging the same element never conflict.
 */
import { fieldPaths, getField, setField } from '../diff/fields';
import { cloneJson, jsonEqual } from '../diff/json';

type Entity = Record<string, unknown>;

export interface FieldConflict {
  field: string;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

export interface EntityMergeRules {
  /** Nested objects whose keys are fields of their own. */
  split: ReadonlySet<string>;
  /** Lists of strings merged as sets. */
  sets?: ReadonlySet<string>;
  /** Fields resolved without a conflict when both sides changed them (for example, max of two dates). */
  resolve?: Readonly<Record<string, (ours: unknown, theirs: unknown, base: unknown) => unknown>>;
}

/** Merges one thing present on both sides; `base` is undefined when both sides added it. */
export function mergeEntity(
  base: Entity | undefined,
  ours: Entity,
  theirs: Entity,
  rules: EntityMergeRules,
): { value: Entity; conflicts: FieldConflict[] } {
  const value = cloneJson(ours);
  const conflicts: FieldConflict[] = [];

  const paths = new Set(fieldPaths(ours, rules.split));
  for (const path of fieldPaths(theirs, rules.split)) paths.add(path);

  for (const path of paths) {
    const o = getField(ours, path);
    const t = getField(theirs, path);
    if (jsonEqual(o, t)) continue;
    const b = base === undefined ? undefined : getField(base, path);

    if (base !== undefined && jsonEqual(o, b)) {
      setField(value, path, cloneJson(t));
    } else if (base !== undefined && jsonEqual(t, b)) {
      continue;
    } else if (rules.resolve?.[path]) {
      setField(value, path, cloneJson(rules.resolve[path](o, t, b)));
    } else if (rules.sets?.has(path) && isStringList(o) && isStringList(t)) {
      setField(value, path, mergeSets(isStringList(b) ? b : [], o, t));
    } else {
      conflicts.push({ field: path, base: b, ours: o, theirs: t });
    }
  }

  return { value, conflicts };
}

/** Ours, minus what theirs removed from base, plus what theirs added, in ours' order. */
export function mergeSets(
  base: readonly string[],
  ours: readonly string[],
  theirs: readonly string[],
): string[] {
  const theirsSet = new Set(theirs);
  const baseSet = new Set(base);
  const out = ours.filter((item) => !(baseSet.has(item) && !theirsSet.has(item)));
  const present = new Set(out);
  for (const item of theirs) {
    if (!baseSet.has(item) && !present.has(item)) {
      out.push(item);
      present.add(item);
    }
  }
  return out;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
