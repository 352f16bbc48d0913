/**
 * Applying a diff to the model it was computed from gives the newer model back. Local history uses
 * this to step between versions, and the property tests use it to prove the diff leaves nothing
 * out: `applyDiff(a, diffModels(a, b))` writes the same bytes as `b` (layout aside, unless the
 * diff compared layout).
 */
import type { Diagram, Element, Layout, ThreatModel } from '../model/types';
import { setField } from './fields';
import { cloneJson } from './json';
import type { FieldChange, LayoutChange, ModelDiff } from './types';

/**
 * Applies a diff to the model it was computed from and returns a new model; the input is left
 * untouched. Throws when the diff does not fit the model (a change to a thing the model lacks):
 * that is a programming error, since diffs are only ever applied to their own base.
 */
export function applyDiff(model: ThreatModel, diff: ModelDiff): ThreatModel {
  const next = cloneJson(model);
  const record = next as unknown as Record<string, unknown>;

  applyFields(record, diff.metadata);
  applyDiagrams(next, diff);
  applyElements(next, diff);
  next.threats = applyKeyed(next.threats, diff.threats, (c) => c.threat);
  next.mitigations = applyKeyed(next.mitigations, diff.mitigations, (c) => c.mitigation);
  next.conflicts = applyKeyed(next.conflicts, diff.conflicts, (c) => c.conflict);
  if (diff.includesLayout) applyLayout(next.layout, diff.layout);

  return next;
}

function applyFields(target: Record<string, unknown>, fields: readonly FieldChange[]): void {
  for (const field of fields) setField(target, field.path, cloneJson(field.after));
}

function applyDiagrams(model: ThreatModel, diff: ModelDiff): void {
  const removed = new Set(diff.diagrams.filter((c) => c.change === 'removed').map((c) => c.id));
  model.diagrams = model.diagrams.filter((diagram) => !removed.has(diagram.id));
  for (const change of diff.diagrams) {
    if (change.change === 'added')
      model.diagrams.push({ id: change.id, name: change.name, elements: [] });
    if (change.change === 'changed') {
      const diagram = model.diagrams.find((d) => d.id === change.id);
      if (!diagram) throw new Error(`applyDiff: the model has no diagram "${change.id}".`);
      applyFields(diagram as unknown as Record<string, unknown>, change.fields);
    }
  }
}

function applyElements(model: ThreatModel, diff: ModelDiff): void {
  const diagrams = new Map(model.diagrams.map((diagram) => [diagram.id, diagram]));
  const location = new Map<string, { diagram: Diagram; element: Element }>();
  for (const diagram of model.diagrams)
    for (const element of diagram.elements) location.set(element.id, { diagram, element });

  const leaving = new Set<string>();
  for (const change of diff.elements) if (change.change === 'removed') leaving.add(change.id);
  const moves: Array<{ element: Element; diagramId: string }> = [];

  for (const change of diff.elements) {
    if (change.change !== 'changed') continue;
    const found = location.get(change.id);
    if (!found) throw new Error(`applyDiff: the model has no element "${change.id}".`);
    const moved = change.fields.find((field) => field.path === 'diagramId');
    applyFields(
      found.element as unknown as Record<string, unknown>,
      change.fields.filter((field) => field.path !== 'diagramId'),
    );
    if (moved && typeof moved.after === 'string') {
      leaving.add(change.id);
      moves.push({ element: found.element, diagramId: moved.after });
    }
  }

  if (leaving.size > 0)
    for (const diagram of model.diagrams)
      diagram.elements = diagram.elements.filter((element) => !leaving.has(element.id));

  const place = (element: Element, diagramId: string): void => {
    const diagram = diagrams.get(diagramId);
    if (!diagram) throw new Error(`applyDiff: the model has no diagram "${diagramId}".`);
    diagram.elements.push(element);
  };
  for (const { element, diagramId } of moves) place(element, diagramId);
  for (const change of diff.elements)
    if (change.change === 'added' && change.element)
      place(cloneJson(change.element), change.diagramId);
}

function applyKeyed<
  T extends { id: string },
  C extends { change: string; id: string; fields: FieldChange[] },
>(items: T[], changes: readonly C[], valueOf: (change: C) => T | null): T[] {
  if (changes.length === 0) return items;
  const map = new Map(items.map((item) => [item.id, item]));
  for (const change of changes) {
    if (change.change === 'removed') map.delete(change.id);
    else if (change.change === 'added') {
      const value = valueOf(change);
      if (value) map.set(change.id, cloneJson(value));
    } else {
      const item = map.get(change.id);
      if (!item) throw new Error(`applyDiff: the model has no entry "${change.id}".`);
      applyFields(item as unknown as Record<string, unknown>, change.fields);
    }
  }
  return [...map.values()];
}

function applyLayout(layout: Layout, changes: readonly LayoutChange[]): void {
  for (const change of changes) {
    const part = layout[change.part] as Record<string, unknown>;
    if (change.id === '__proto__') continue;
    if (change.after === null) delete part[change.id];
    else part[change.id] = cloneJson(change.after);
  }
}
