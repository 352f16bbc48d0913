/**
 * Settling a recorded merge conflict by picking a side: the chosen value goes into the model and
 * the conflict record goes away. A whole-thing conflict (deleted on one side, edited on the other)
 * either puts the thing back or removes it.
 */
import { isPlainObject, setField } from '../diff/fields';
import { cloneJson } from '../diff/json';
import { validateModel } from '../format/readModel';
import type { Element, ThreatModel } from '../model/types';
import { fail, ok, problem, type Result } from '../result';
import { parseConflictPath, type ConflictLocation } from './conflictPaths';

export type ConflictChoice = 'ours' | 'theirs' | 'base';

/**
 * Returns a new model with the conflict settled as chosen. Fails, leaving nothing changed, when
 * the conflict does not exist, its path is not one a merge writes, or the chosen value would make
 * the model invalid.
 */
export function resolveConflict(
  model: ThreatModel,
  conflictId: string,
  choice: ConflictChoice,
): Result<ThreatModel> {
  const conflict = model.conflicts.find((c) => c.id === conflictId);
  if (!conflict)
    return fail([
      problem(
        'merge/no-such-conflict',
        `There is no conflict "${conflictId}"; it may already be resolved.`,
      ),
    ]);
  const location = parseConflictPath(conflict.path);
  if (!location)
    return fail([
      problem(
        'merge/bad-conflict-path',
        `Conflict "${conflictId}" has a path this version cannot follow (${conflict.path}); edit the value by hand and delete the conflict.`,
      ),
    ]);

  const next = cloneJson(model);
  next.conflicts = next.conflicts.filter((c) => c.id !== conflictId);
  applyValue(next, location, cloneJson(conflict[choice]));

  const checked = validateModel(next);
  if (!checked.ok)
    return fail([
      problem(
        'merge/invalid-choice',
        `Choosing ${choice} for ${conflict.path} would make the model invalid (${checked.errors[0]?.message ?? 'unknown problem'}); pick another side or edit by hand.`,
      ),
    ]);
  return ok(checked.value);
}

function applyValue(model: ThreatModel, location: ConflictLocation, value: unknown): void {
  if (location.collection === 'model') {
    if (location.field !== null)
      setField(model as unknown as Record<string, unknown>, location.field, value);
    return;
  }
  if (location.collection === 'elements') {
    applyToElement(model, location, value);
    return;
  }
  if (location.collection === 'diagrams') {
    const diagram = model.diagrams.find((d) => d.id === location.id);
    if (location.field !== null) {
      if (diagram) setField(diagram as unknown as Record<string, unknown>, location.field, value);
    } else if (value === null) {
      model.diagrams = model.diagrams.filter((d) => d.id !== location.id);
    } else if (!diagram && isPlainObject(value)) {
      model.diagrams.push({
        id: location.id ?? '',
        name: String(value['name'] ?? ''),
        elements: [],
      });
    }
    return;
  }
  const list = (location.collection === 'threats' ? model.threats : model.mitigations) as Array<{
    id: string;
  }>;
  const index = list.findIndex((item) => item.id === location.id);
  if (location.field !== null) {
    if (index >= 0) setField(list[index] as Record<string, unknown>, location.field, value);
  } else if (value === null) {
    if (index >= 0) list.splice(index, 1);
  } else if (isPlainObject(value)) {
    if (index >= 0) list[index] = value as { id: string };
    else list.push(value as { id: string });
  }
}

function applyToElement(model: ThreatModel, location: ConflictLocation, value: unknown): void {
  const diagram = model.diagrams.find((d) => d.elements.some((e) => e.id === location.id));
  const element = diagram?.elements.find((e) => e.id === location.id);

  if (location.field === 'diagramId') {
    const target = model.diagrams.find((d) => d.id === value);
    if (element && diagram && target && target !== diagram) {
      diagram.elements = diagram.elements.filter((e) => e !== element);
      target.elements.push(element);
    }
    return;
  }
  if (location.field !== null) {
    if (element) setField(element as unknown as Record<string, unknown>, location.field, value);
    return;
  }

  // The whole element: recorded with the diagram it was on.
  if (diagram) diagram.elements = diagram.elements.filter((e) => e.id !== location.id);
  if (!isPlainObject(value)) return;
  const { diagramId, ...rest } = value;
  const target = model.diagrams.find((d) => d.id === diagramId) ?? model.diagrams[0];
  target?.elements.push(rest as unknown as Element);
}
