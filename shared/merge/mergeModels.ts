/**
 * The three-way merge of model files by id, the job of git's merge driver for `.gatehouse` files.
 * Edits to different elements or different fields merge cleanly; additions on both sides are
 * kept; a field changed two ways, or a deletion against an edit, becomes a conflict recorded in
 * `model.conflicts` with all three values, ours kept in place until a person picks one.
 */
import { ELEMENT_SPLIT, NO_SPLIT } from '../diff/fields';
import { cloneJson, jsonEqual } from '../diff/json';
import { stableHash } from '../model/ids';
import type { Element, Layout, MergeConflict, ThreatModel } from '../model/types';
import { problem, type Problem } from '../result';
import { conflictPath, type ConflictCollection } from './conflictPaths';
import { mergeEntity, type EntityMergeRules } from './mergeEntity';
import { mergeKeyed, type KeyedConflict } from './mergeKeyed';
import { checkReferences } from './mergeReferences';
import { renumberCollisions, type Renumbering } from './threatNumbers';

export interface MergeResult {
  model: ThreatModel;
  /** Conflicts this merge found; they are also in `model.conflicts`. */
  conflicts: MergeConflict[];
  /** Things that merged but need a look, such as a flow whose end was deleted on the other side. */
  warnings: Problem[];
  /** Threats of theirs that got a new number because ours had used theirs. */
  renumbered: Renumbering[];
}

interface FoundConflict {
  id: string | null;
  field: string | null;
  elementId: string | null;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

/** An element with the diagram it is drawn on, so a move between diagrams merges as a field. */
type PlacedElement = Element & { diagramId: string };

const later = (a: unknown, b: unknown): unknown => (String(a) >= String(b) ? a : b);
const earlier = (a: unknown, b: unknown): unknown => (String(a) <= String(b) ? a : b);
const larger = (a: unknown, b: unknown): unknown => Math.max(Number(a) || 0, Number(b) || 0);

const METADATA_RULES: EntityMergeRules = {
  split: new Set(['rulePacks']),
  sets: new Set(['reviewers', 'tags', 'rulePacks.disabled']),
  resolve: { updatedAt: later, createdAt: earlier, threatCounter: larger },
};
const ELEMENT_RULES: EntityMergeRules = {
  split: ELEMENT_SPLIT,
  sets: new Set(['tags', 'properties.dataTags']),
};
const THREAT_RULES: EntityMergeRules = {
  split: NO_SPLIT,
  sets: new Set(['references', 'mitigationIds']),
  // Numbers are labels; two different numbers for one threat are settled by the renumbering.
  resolve: { number: (ours) => ours },
};
const MITIGATION_RULES: EntityMergeRules = { split: new Set(['reduction']) };
const PLAIN_RULES: EntityMergeRules = { split: NO_SPLIT };

/**
 * Merges `ours` and `theirs`, two edits of `base`. Never throws for valid models.
 *
 * @example
 * const { model, conflicts } = mergeModels(base, ours, theirs);
 * if (conflicts.length > 0) showConflicts(model.conflicts);
 */
export function mergeModels(
  base: ThreatModel,
  ours: ThreatModel,
  theirs: ThreatModel,
): MergeResult {
  const found: MergeConflict[] = [];
  const record = (collection: ConflictCollection, field: FoundConflict): void => {
    const path = conflictPath({ collection, id: field.id, field: field.field });
    found.push({
      id: `conflict:${stableHash(path)}`,
      elementId: field.elementId,
      path,
      base: jsonOrNull(field.base),
      ours: jsonOrNull(field.ours),
      theirs: jsonOrNull(field.theirs),
    });
  };
  const recordAll = (
    collection: ConflictCollection,
    conflicts: readonly KeyedConflict[],
    elementIdOf: (c: KeyedConflict) => string | null,
  ): void => {
    for (const c of conflicts)
      record(collection, {
        id: c.id,
        field: c.whole ? null : c.field,
        elementId: elementIdOf(c),
        base: c.base,
        ours: c.ours,
        theirs: c.theirs,
      });
  };

  // The model's own fields.
  const meta = mergeEntity(metadataOf(base), metadataOf(ours), metadataOf(theirs), METADATA_RULES);
  for (const c of meta.conflicts)
    record('model', {
      id: null,
      field: c.field,
      elementId: null,
      base: c.base,
      ours: c.ours,
      theirs: c.theirs,
    });

  // Diagrams (their names) and elements (with the diagram each is on).
  const diagrams = mergeKeyed(
    diagramShells(base),
    diagramShells(ours),
    diagramShells(theirs),
    PLAIN_RULES,
  );
  recordAll('diagrams', diagrams.conflicts, () => null);
  const elements = mergeKeyed(
    placedElements(base),
    placedElements(ours),
    placedElements(theirs),
    ELEMENT_RULES,
    (a, b) => a.kind === b.kind,
  );
  recordAll('elements', elements.conflicts, (c) => c.id);

  // Threats, mitigations and the conflicts already recorded.
  const threats = mergeKeyed(
    keyed(base.threats),
    keyed(ours.threats),
    keyed(theirs.threats),
    THREAT_RULES,
  );
  recordAll('threats', threats.conflicts, (c) => {
    const threat = (threats.items.get(c.id) ?? theirs.threats.find((t) => t.id === c.id)) as
      { elementId?: string } | undefined;
    return threat?.elementId ?? null;
  });
  const mitigations = mergeKeyed(
    keyed(base.mitigations),
    keyed(ours.mitigations),
    keyed(theirs.mitigations),
    MITIGATION_RULES,
  );
  recordAll('mitigations', mitigations.conflicts, () => null);
  const earlierConflicts = mergeKeyed(
    keyed(base.conflicts),
    keyed(ours.conflicts),
    keyed(theirs.conflicts),
    PLAIN_RULES,
  );

  const model = cloneJson(meta.value) as unknown as ThreatModel;
  model.diagrams = buildDiagrams(diagrams.items, elements.items, ours);
  model.threats = [...threats.items.values()].map((t) => cloneJson(t));
  model.mitigations = [...mitigations.items.values()].map((m) => cloneJson(m));
  model.layout = mergeLayout(base.layout, ours.layout, theirs.layout);

  const numbers = renumberCollisions(
    model.threats,
    new Set(ours.threats.map((t) => t.id)),
    model.threatCounter,
  );
  model.threatCounter = numbers.counter;

  const conflicts = uniqueIds(found);
  const all = new Map<string, MergeConflict>();
  for (const c of earlierConflicts.items.values()) all.set(c.id, cloneJson(c));
  for (const c of conflicts) all.set(c.id, c);
  model.conflicts = [...all.values()];

  const warnings = checkReferences(model);
  if (numbers.renumbered.length > 0)
    warnings.push(
      problem(
        'merge/renumbered',
        `${numbers.renumbered.length} threats from the other branch had numbers already in use here and were renumbered from ${numbers.renumbered[0]!.to}.`,
      ),
    );
  return { model, conflicts, warnings, renumbered: numbers.renumbered };
}

function metadataOf(model: ThreatModel): Record<string, unknown> {
  const { diagrams: _d, threats: _t, mitigations: _m, conflicts: _c, layout: _l, ...rest } = model;
  return rest;
}

function keyed<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function diagramShells(model: ThreatModel): Map<string, { id: string; name: string }> {
  return new Map(model.diagrams.map((d) => [d.id, { id: d.id, name: d.name }]));
}

function placedElements(model: ThreatModel): Map<string, PlacedElement> {
  const out = new Map<string, PlacedElement>();
  for (const diagram of model.diagrams)
    for (const element of diagram.elements)
      out.set(element.id, { ...element, diagramId: diagram.id });
  return out;
}

function buildDiagrams(
  shells: ReadonlyMap<string, { id: string; name: string }>,
  elements: ReadonlyMap<string, PlacedElement>,
  ours: ThreatModel,
): ThreatModel['diagrams'] {
  const diagrams = [...shells.values()].map((d) => ({
    id: d.id,
    name: d.name,
    elements: [] as Element[],
  }));
  // A model keeps at least one diagram; if both sides somehow removed them all, ours' first stays.
  if (diagrams.length === 0) {
    const first = ours.diagrams[0]!;
    diagrams.push({ id: first.id, name: first.name, elements: [] });
  }
  const byId = new Map(diagrams.map((d) => [d.id, d]));
  for (const placed of elements.values()) {
    const { diagramId, ...element } = placed;
    (byId.get(diagramId) ?? diagrams[0]!).elements.push(cloneJson(element) as Element);
  }
  return diagrams;
}

const LAYOUT_PARTS = ['nodes', 'edges', 'viewports'] as const;

/** Layout merges per entry: the side that moved a box wins; when both did, ours. Never a conflict. */
function mergeLayout(base: Layout, ours: Layout, theirs: Layout): Layout {
  const out: Layout = { viewports: {}, nodes: {}, edges: {} };
  for (const part of LAYOUT_PARTS) {
    const b = base[part] as Record<string, unknown>;
    const o = ours[part] as Record<string, unknown>;
    const t = theirs[part] as Record<string, unknown>;
    const target = out[part] as Record<string, unknown>;
    const ids = new Set([...Object.keys(o), ...Object.keys(t), ...Object.keys(b)]);
    for (const id of ids) {
      if (id === '__proto__') continue;
      const value = jsonEqual(o[id], b[id]) ? t[id] : o[id];
      if (value !== undefined) target[id] = cloneJson(value);
    }
  }
  return out;
}

/** Two conflicts can only share an id if their paths hash alike; give the later one a suffix. */
function uniqueIds(conflicts: MergeConflict[]): MergeConflict[] {
  const seen = new Set<string>();
  return conflicts.map((c) => {
    let id = c.id;
    for (let n = 2; seen.has(id); n++) id = `${c.id}-${n}`;
    seen.add(id);
    return id === c.id ? c : { ...c, id };
  });
}

function jsonOrNull(value: unknown): MergeConflict['base'] {
  return value === undefined ? null : (cloneJson(value) as MergeConflict['base']);
}

/** Whether a model has conflicts waiting for a person. */
export function hasConflicts(model: ThreatModel): boolean {
  return model.conflicts.length > 0;
}
