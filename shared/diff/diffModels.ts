/**
 * The semantic diff of two versions of a model: what a reviewer asks about ("what changed since
 * the last review?") answered in elements, flows, boundaries, threats and decisions. Layout is left
 * out unless asked for, because moving a box changes nothing a threat depends on.
 */
import { indexModel } from '../model/modelIndex';
import type { Diagram, Element, ThreatModel } from '../model/types';
import { byId, diffKeyed, toFieldChanges } from './collections';
import { crossingChanges } from './crossings';
import { ELEMENT_SPLIT, NO_SPLIT, fieldDifferences } from './fields';
import { asJson } from './json';
import { diffLayout } from './layoutDiff';
import { labelsFor } from './labels';
import { threatAspects } from './threatAspects';
import {
  DIFF_VERSION,
  type DiagramChange,
  type DiffOptions,
  type ElementChange,
  type FieldChange,
  type ModelDiff,
} from './types';

/** The model-level fields a diff compares; the collections and layout are compared apart. */
export const METADATA_FIELDS = [
  'formatVersion',
  'id',
  'title',
  'summary',
  'owner',
  'reviewers',
  'tags',
  'createdAt',
  'updatedAt',
  'threatCounter',
  'rulePacks',
] as const satisfies ReadonlyArray<keyof ThreatModel>;

/**
 * Compares two models by id.
 *
 * @example
 * const diff = diffModels(lastReviewed, current);
 * if (!isEmptyDiff(diff)) console.log(formatDiffText(diff));
 */
export function diffModels(
  before: ThreatModel,
  after: ThreatModel,
  options: DiffOptions = {},
): ModelDiff {
  const beforeIndex = indexModel(before);
  const afterIndex = indexModel(after);

  const elements = diffElements(beforeIndex.elements, afterIndex.elements, (id, side) =>
    (side === 'before' ? beforeIndex : afterIndex).diagramOf.get(id),
  );
  const crossings = crossingChanges(beforeIndex, afterIndex);
  const threats = diffKeyed(byId(before.threats), byId(after.threats), NO_SPLIT).map((c) => {
    const threat = (c.after ?? c.before)!;
    return {
      change: c.change,
      id: c.id,
      number: threat.number,
      title: threat.title,
      category: threat.category,
      elementId: threat.elementId,
      likelihood: threat.likelihood,
      impact: threat.impact,
      status: threat.status,
      aspects: threatAspects(c.change, c.fields),
      threat: c.change === 'changed' ? null : threat,
      fields: c.fields,
    };
  });
  const mitigations = diffKeyed(byId(before.mitigations), byId(after.mitigations), NO_SPLIT).map(
    (c) => {
      const mitigation = (c.after ?? c.before)!;
      return {
        change: c.change,
        id: c.id,
        title: mitigation.title,
        mitigation: c.change === 'changed' ? null : mitigation,
        fields: c.fields,
      };
    },
  );
  const conflicts = diffKeyed(byId(before.conflicts), byId(after.conflicts), NO_SPLIT).map((c) => ({
    change: c.change,
    id: c.id,
    conflict: c.change === 'changed' ? null : (c.after ?? c.before)!,
    fields: c.fields,
  }));

  const referenced = new Set<string>();
  for (const change of elements) {
    referenced.add(change.id);
    for (const field of change.fields) {
      if (REFERENCE_FIELDS.has(field.path)) {
        if (typeof field.before === 'string') referenced.add(field.before);
        if (typeof field.after === 'string') referenced.add(field.after);
      }
    }
    const element = change.element ?? afterIndex.elements.get(change.id);
    if (element?.kind === 'dataFlow') {
      referenced.add(element.sourceId);
      referenced.add(element.targetId);
    } else if (element?.boundaryId) referenced.add(element.boundaryId);
  }
  for (const crossing of crossings) {
    referenced.add(crossing.flowId);
    for (const id of crossing.before?.zoneIds ?? []) referenced.add(id);
    for (const id of crossing.after?.zoneIds ?? []) referenced.add(id);
  }
  for (const threat of threats) referenced.add(threat.elementId);

  return {
    diffVersion: DIFF_VERSION,
    includesLayout: options.layout === true,
    metadata: diffMetadata(before, after),
    diagrams: diffDiagrams(before.diagrams, after.diagrams),
    elements,
    crossings,
    threats,
    mitigations,
    conflicts,
    layout: options.layout === true ? diffLayout(before.layout, after.layout) : [],
    labels: labelsFor(referenced, beforeIndex, afterIndex),
  };
}

/** Fields whose values are element ids, whose labels a formatter needs. */
const REFERENCE_FIELDS: ReadonlySet<string> = new Set(['boundaryId', 'sourceId', 'targetId']);

/** Whether the diff holds no change at all (layout counts only when it was compared). */
export function isEmptyDiff(diff: ModelDiff): boolean {
  return (
    diff.metadata.length === 0 &&
    diff.diagrams.length === 0 &&
    diff.elements.length === 0 &&
    diff.threats.length === 0 &&
    diff.mitigations.length === 0 &&
    diff.conflicts.length === 0 &&
    diff.layout.length === 0
  );
}

function diffMetadata(before: ThreatModel, after: ThreatModel): FieldChange[] {
  const pick = (model: ThreatModel): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of METADATA_FIELDS) out[key] = model[key];
    return out;
  };
  return toFieldChanges(fieldDifferences(pick(before), pick(after), NO_SPLIT));
}

function diffDiagrams(before: readonly Diagram[], after: readonly Diagram[]): DiagramChange[] {
  const shell = (diagrams: readonly Diagram[]) =>
    new Map(diagrams.map((d) => [d.id, { id: d.id, name: d.name }]));
  return diffKeyed(shell(before), shell(after), NO_SPLIT).map((c) => ({
    change: c.change,
    id: c.id,
    name: (c.after ?? c.before)!.name,
    fields: c.fields,
  }));
}

type DiagramLookup = (id: string, side: 'before' | 'after') => Diagram | undefined;

function diffElements(
  before: ReadonlyMap<string, Element>,
  after: ReadonlyMap<string, Element>,
  diagramOf: DiagramLookup,
): ElementChange[] {
  const out: ElementChange[] = [];
  const added = (element: Element): ElementChange => ({
    change: 'added',
    id: element.id,
    kind: element.kind,
    diagramId: diagramOf(element.id, 'after')?.id ?? '',
    element,
    fields: [],
  });

  for (const [id, old] of before) {
    const now = after.get(id);
    const oldDiagram = diagramOf(id, 'before')?.id ?? '';
    if (now === undefined || now.kind !== old.kind) {
      // A change of kind is a different thing under an old id: shown as removed and added.
      out.push({
        change: 'removed',
        id,
        kind: old.kind,
        diagramId: oldDiagram,
        element: old,
        fields: [],
      });
      if (now !== undefined) out.push(added(now));
      continue;
    }
    const newDiagram = diagramOf(id, 'after')?.id ?? '';
    if (old === now && oldDiagram === newDiagram) continue;

    const fields = toFieldChanges(fieldDifferences(old, now, ELEMENT_SPLIT));
    if (oldDiagram !== newDiagram)
      fields.push({ path: 'diagramId', before: asJson(oldDiagram), after: asJson(newDiagram) });
    if (fields.length > 0)
      out.push({
        change: 'changed',
        id,
        kind: now.kind,
        diagramId: newDiagram,
        element: null,
        fields,
      });
  }
  for (const [id, now] of after) if (!before.has(id)) out.push(added(now));

  return out;
}
