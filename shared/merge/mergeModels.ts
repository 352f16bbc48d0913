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

/** The contents of a missing ancestor: no diagrams, elements, threats or layout. */
const NOTHING: ThreatModel = {
  formatVersion: 1,
  id: 'none',
  title: '',
  summary: '',
  owner: '',
  reviewers: [],
  tags: [],
  createdAt: '',
  updatedAt: '',
  threatCounter: 0,
  rulePacks: { disabled: [], custom: [] },
  diagrams: [],
  threats: [],
  mitigations: [],
  conflicts: [],
  layout: { viewports: {}, nodes: {}, edges: {} },
};

interface FoundConflict {
  id: string | null;
  field: string | null;
  elementId: string | null;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

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
 * Merges `ours` and `theirs`, two edits of `base`. Unchanged parts of the result are shared with the
 * inputs (models are never changed in place), which keeps a 10,000-element merge fast. Pass `null` as the base when there is no common
 * ancestor (git's add/add case): every part then counts as added on both sides, so identical parts
 * merge and differing fields become conflicts. Never throws for valid models.
 *
 * @example
 * const { model, conflicts } = mergeModels(base, ours, theirs);
 * if (conflicts.length > 0) showConflicts(model.conflicts);
 */
export function mergeModels(
  ancestor: ThreatModel | null,
  ours: ThreatModel,
  theirs: ThreatModel,
): MergeResult {
  const base = ancestor ?? NOTHING;
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
  const meta = mergeEntity(
    ancestor ? metadataOf(ancestor) : undefined,
    metadataOf(ours),
    metadataOf(theirs),
    METADATA_RULES,
  );
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
    elementsById(base),
    elementsById(ours),
    elementsById(theirs),
    ELEMENT_RULES,
    (a, b) => a.kind === b.kind,
  );
  const placement = { base: diagramOf(base), ours: diagramOf(ours), theirs: diagramOf(theirs) };
  recordAll('elements', withPlacement(elements.conflicts, placement), (c) => c.id);
  const placed = placeElements(elements.items, placement);
  recordAll('elements', placed.conflicts, (c) => c.id);

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
  model.diagrams = buildDiagrams(diagrams.items, elements.items, placed.diagramIds, ours);
  model.threats = [...threats.items.values()];
  model.mitigations = [...mitigations.items.values()];
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

function elementsById(model: ThreatModel): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const diagram of model.diagrams)
    for (const element of diagram.elements) out.set(element.id, element);
  return out;
}

function diagramOf(model: ThreatModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const diagram of model.diagrams)
    for (const element of diagram.elements) out.set(element.id, diagram.id);
  return out;
}

interface Placement {
  base: ReadonlyMap<string, string>;
  ours: ReadonlyMap<string, string>;
  theirs: ReadonlyMap<string, string>;
}

/** Whole-element conflicts carry the diagram each version was on, so choosing one restores it. */
function withPlacement(conflicts: readonly KeyedConflict[], placement: Placement): KeyedConflict[] {
  const place = (value: unknown, diagrams: ReadonlyMap<string, string>, id: string): unknown =>
    value === null || value === undefined
      ? null
      : { ...(value as object), diagramId: diagrams.get(id) ?? '' };
  return conflicts.map((c) =>
    c.whole
      ? {
          ...c,
          base: place(c.base, placement.base, c.id),
          ours: place(c.ours, placement.ours, c.id),
          theirs: place(c.theirs, placement.theirs, c.id),
        }
      : c,
  );
}

/**
 * Which diagram each merged element goes on: a three-way choice per element, kept apart from the
 * element's fields so that moving an element between diagrams merges like any other field.
 */
function placeElements(
  elements: ReadonlyMap<string, Element>,
  placement: Placement,
): { diagramIds: Map<string, string>; conflicts: KeyedConflict[] } {
  const diagramIds = new Map<string, string>();
  const conflicts: KeyedConflict[] = [];
  for (const id of elements.keys()) {
    const b = placement.base.get(id);
    const o = placement.ours.get(id);
    const t = placement.theirs.get(id);
    if (o === undefined || t === undefined || o === t || t === b) diagramIds.set(id, (o ?? t)!);
    else if (o === b) diagramIds.set(id, t);
    else {
      diagramIds.set(id, o);
      conflicts.push({ id, field: 'diagramId', whole: false, base: b ?? null, ours: o, theirs: t });
    }
  }
  return { diagramIds, conflicts };
}

function buildDiagrams(
  shells: ReadonlyMap<string, { id: string; name: string }>,
  elements: ReadonlyMap<string, Element>,
  diagramIds: ReadonlyMap<string, string>,
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
  for (const [id, element] of elements)
    (byId.get(diagramIds.get(id) ?? '') ?? diagrams[0]!).elements.push(element);
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
      if (value !== undefined) target[id] = value;
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
