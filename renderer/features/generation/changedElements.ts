/**
 * Which elements an edit touched, found by comparing two versions of the model. Edits never
 * mutate a model and keep every untouched element as the same object, so comparing by identity
 * finds exactly the elements that were added, changed or removed, in time linear in the model.
 */
import type { Element, ThreatModel } from '../../../shared/model/types';

/** What regenerating after an edit needs to know. */
export interface ModelChange {
  /** Nothing the rules read changed (a move, a threat decision): no regeneration is needed. */
  none: boolean;
  /** The rule packs changed, so every threat may change: regenerate the whole model. */
  rulesChanged: boolean;
  /** Ids of elements added, changed or removed. */
  changedIds: string[];
}

/** Whether the parts of a model that generation reads are the same objects in both versions. */
export function sameGenerationInput(a: ThreatModel, b: ThreatModel): boolean {
  return a.diagrams === b.diagrams && a.rulePacks === b.rulePacks;
}

export function changedElements(previous: ThreatModel, next: ThreatModel): ModelChange {
  if (sameGenerationInput(previous, next))
    return { none: true, rulesChanged: false, changedIds: [] };
  const rulesChanged = previous.rulePacks !== next.rulePacks;
  if (previous.diagrams === next.diagrams) return { none: false, rulesChanged, changedIds: [] };

  const before = new Map<string, Element>();
  for (let d = 0; d < previous.diagrams.length; d++) {
    const diagram = previous.diagrams[d]!;
    // A diagram object that did not change holds no changed element; skip it quickly.
    if (next.diagrams[d] === diagram) continue;
    for (const element of diagram.elements) before.set(element.id, element);
  }
  const changedIds: string[] = [];
  const seen = new Set<string>();
  for (let d = 0; d < next.diagrams.length; d++) {
    const diagram = next.diagrams[d]!;
    if (previous.diagrams[d] === diagram) continue;
    for (const element of diagram.elements) {
      seen.add(element.id);
      if (before.get(element.id) !== element) changedIds.push(element.id);
    }
  }
  for (const id of before.keys()) if (!seen.has(id)) changedIds.push(id);

  return { none: false, rulesChanged, changedIds };
}
