/**
 * What the compare view shows: for each element, whether it was added, removed or changed, and the
 * list of changes a person walks through one by one. Pure functions over a diff, so the canvas,
 * the side list and tests read the same answer.
 */
import { describeDiff, type DiffLine } from '../../../shared/diff/format/describe';
import type { DiffStyle } from '../../../shared/diff/format/values';
import type { ModelDiff } from '../../../shared/diff/types';

export type Highlight = 'added' | 'removed' | 'changed';

/** The highlight of every element the diff touches, keyed by element id. */
export function highlightsOf(diff: ModelDiff): Map<string, Highlight> {
  const out = new Map<string, Highlight>();
  for (const change of diff.elements) {
    // An id removed and added again (a change of kind) is shown as changed.
    const previous = out.get(change.id);
    out.set(change.id, previous && previous !== change.change ? 'changed' : change.change);
  }
  // A flow whose boundary crossings changed is worth a look even if the flow itself did not change.
  for (const crossing of diff.crossings)
    if (!out.has(crossing.flowId)) out.set(crossing.flowId, 'changed');
  return out;
}

export interface ChangeEntry {
  key: string;
  section: string;
  /** The element to select and centre on the canvas, when the change is about one. */
  elementId: string | null;
  line: DiffLine;
}

/** Plain text for React to render; React escapes it, so no markup escaping is needed here. */
const PLAIN_STYLE: DiffStyle = {
  name: (text) => `“${text}”`,
  value: (text) => `“${text}”`,
  plain: (text) => text,
};

/** Every change as one entry of the side list, in the order the text diff prints them. */
export function changeEntries(diff: ModelDiff): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  const elementIds = [
    ...diff.elements.filter((c) => c.kind !== 'dataFlow' && c.kind !== 'trustBoundary'),
    ...diff.elements.filter((c) => c.kind === 'dataFlow'),
    ...diff.elements.filter((c) => c.kind === 'trustBoundary'),
  ].map((c) => c.id);
  const threatElementIds = [...diff.threats]
    .sort((a, b) => a.number - b.number)
    .map((t) => t.elementId);

  for (const section of describeDiff(diff, PLAIN_STYLE)) {
    const base = section.title.replace(/ \(.*\)$/, '');
    section.lines.forEach((line, i) => {
      let elementId: string | null = null;
      if (base === 'Elements' || base === 'Flows' || base === 'Trust boundaries') {
        const offset =
          base === 'Elements'
            ? 0
            : base === 'Flows'
              ? countBefore(diff, 'flows')
              : countBefore(diff, 'zones');
        elementId = elementIds[offset + i] ?? null;
      } else if (base === 'Boundary crossings') elementId = diff.crossings[i]?.flowId ?? null;
      else if (base === 'Threats') elementId = threatElementIds[i] ?? null;
      entries.push({ key: `${base}:${i}`, section: section.title, elementId, line });
    });
  }
  return entries;
}

function countBefore(diff: ModelDiff, part: 'flows' | 'zones'): number {
  const nodes = diff.elements.filter(
    (c) => c.kind !== 'dataFlow' && c.kind !== 'trustBoundary',
  ).length;
  if (part === 'flows') return nodes;
  return nodes + diff.elements.filter((c) => c.kind === 'dataFlow').length;
}
