/**
 * How a diff names an element: by its name, which is what a reviewer recognises, with the id in
 * brackets when the name is empty or shared by another element, so every line stays unambiguous.
 */
import type { ModelIndex } from '../model/modelIndex';

/** Counts how many elements of a model carry each (trimmed) name. */
export function nameCounts(index: ModelIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of index.elements.values()) {
    const name = element.name.trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The label of an element id: `Name`, `Name [id]` when the name is shared, `[id]` when empty. */
export function elementLabel(
  id: string,
  name: string | undefined,
  counts: ReadonlyMap<string, number>,
): string {
  const trimmed = (name ?? '').trim();
  if (trimmed === '') return `[${id}]`;
  return (counts.get(trimmed) ?? 0) > 1 ? `${trimmed} [${id}]` : trimmed;
}

/**
 * Builds the labels of a set of ids, preferring the newer model's name and falling back to the
 * older one (for removed elements) or the bare id (for references to nothing).
 */
export function labelsFor(
  ids: Iterable<string>,
  before: ModelIndex,
  after: ModelIndex,
): Record<string, string> {
  const afterCounts = nameCounts(after);
  const beforeCounts = nameCounts(before);
  // No prototype: an id may legally be spelled `__proto__`.
  const labels = Object.create(null) as Record<string, string>;
  for (const id of ids) {
    if (id in labels) continue;
    const now = after.elements.get(id);
    const then = before.elements.get(id);
    labels[id] = now
      ? elementLabel(id, now.name, afterCounts)
      : then
        ? elementLabel(id, then.name, beforeCounts)
        : `[${id}]`;
  }
  return labels;
}
