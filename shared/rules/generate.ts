/**
 * Threat generation and merge. The same function serves the app's "Generate threats" button and
 * `gatehouse generate`: it evaluates the rules, then merges the result into the model's threats so
 * that regenerating never duplicates a threat and never throws away a human decision.
 *
 * - A threat's id comes from its rule, element and qualifier, so a rule that still applies finds
 *   its threat again; the human number is handed out once from `threatCounter` and never reused.
 * - On a threat that still applies, status, justification, notes, mitigation links and ratings a
 *   person set are kept; the rule's text, category and references (and its ratings, unless a
 *   person rated the threat) follow the rule.
 * - A threat whose condition no longer holds is marked stale and unreviewed, never deleted; when
 *   the condition holds again it comes back to life with its decisions.
 * - Threats written by hand (no rule) are never touched.
 */
import { indexModel } from '../model/modelIndex';
import type { Threat, ThreatModel } from '../model/types';
import { fail, ok, type Result } from '../result';
import {
  engineForModel,
  evaluateElement,
  type EngineOptions,
  type RuleEngine,
  type ThreatCandidate,
} from './engine';
import { newRunState } from './facts';
import { affectedElementIds, partialIndex } from './incremental';

export { affectedElementIds } from './incremental';

/** What a generation changed, for a line such as "12 new, 3 stale". */
export interface GenerationSummary {
  /** New threats, numbered from the model's counter. */
  added: number;
  /** Threats whose rule no longer applies, newly marked stale. */
  stale: number;
  /** Stale threats whose rule applies again. */
  revived: number;
  /** Threats that still apply and whose rule text or rule ratings changed. */
  updated: number;
  /** Threats that still apply, exactly as they were. */
  unchanged: number;
}

export interface GenerationResult {
  model: ThreatModel;
  summary: GenerationSummary;
}

/** Whether a summary records any change to the model. */
export function hasChanges(summary: GenerationSummary): boolean {
  return summary.added + summary.stale + summary.revived + summary.updated > 0;
}

/** "12 new, 3 stale, 1 back, 40 unchanged": the summary as a person reads it. */
export function describeSummary(summary: GenerationSummary): string {
  const parts = [`${summary.added} new`, `${summary.stale} stale`];
  if (summary.revived > 0) parts.push(`${summary.revived} back`);
  if (summary.updated > 0) parts.push(`${summary.updated} updated`);
  parts.push(`${summary.unchanged} unchanged`);
  return parts.join(', ');
}

/**
 * Generates the threats of a whole model and merges them into its threat list. Returns the new
 * model (the input is not changed) or the problems that stopped generation, such as a custom rule
 * pack that does not validate.
 */
export function generateThreats(
  model: ThreatModel,
  options: EngineOptions = {},
): Result<GenerationResult> {
  const engine = engineForModel(model, options);
  if (!engine.ok) return fail(engine.errors);
  return ok(generateWithEngine(model, engine.value));
}

/** Full generation with an engine already built. */
export function generateWithEngine(model: ThreatModel, engine: RuleEngine): GenerationResult {
  const index = indexModel(model);
  const run = newRunState(index);
  // Evaluating elements in id order yields candidates already in numbering order.
  const ids = [...index.elements.keys()].sort(compareIds);
  const candidates: ThreatCandidate[] = [];
  for (const id of ids) evaluateElement(engine, run, index.elements.get(id)!, candidates);
  return merge(model, candidates, null);
}

/**
 * Regenerates only the elements an edit touched, with the same result as a full generation of
 * the edited model, provided the threats were up to date before the edit. `changedIds` are the
 * ids of elements added, changed or removed; pass the model from before the edit as `previous` when
 * elements or flows were removed or reconnected, so that their former neighbours are revisited.
 */
export function regenerateThreats(
  model: ThreatModel,
  changedIds: Iterable<string>,
  options: EngineOptions & { previous?: ThreatModel } = {},
): Result<GenerationResult> {
  const engine = engineForModel(model, options);
  if (!engine.ok) return fail(engine.errors);

  const affected = affectedElementIds(model, changedIds, options.previous);
  const index = partialIndex(model, affected);
  const run = newRunState(index);
  const candidates: ThreatCandidate[] = [];
  for (const id of [...affected].sort(compareIds)) {
    const element = index.elements.get(id);
    if (element) evaluateElement(engine.value, run, element, candidates);
  }
  return ok(merge(model, candidates, affected));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Merges candidates (in numbering order) into the model's threats. With a scope, only threats of
 * elements in it are compared with candidates; the rest pass through untouched.
 */
function merge(
  model: ThreatModel,
  candidates: readonly ThreatCandidate[],
  scope: ReadonlySet<string> | null,
): GenerationResult {
  const summary: GenerationSummary = { added: 0, stale: 0, revived: 0, updated: 0, unchanged: 0 };
  const existing = model.threats;

  // Threats a candidate may match: by id, rule threats of the elements in scope.
  let counter = model.threatCounter;
  const matchable = new Map<string, number>();
  const handWritten = new Set<string>();
  // 1 where a threat could be matched (a rule threat in scope); saves a lookup per threat later.
  const inScope = new Uint8Array(existing.length);
  let sorted = true;
  for (let i = 0; i < existing.length; i++) {
    const threat = existing[i]!;
    if (threat.number > counter) counter = threat.number;
    if (i > 0 && threat.number < existing[i - 1]!.number) sorted = false;
    if (threat.ruleId === null) handWritten.add(threat.id);
    else if (scope === null || scope.has(threat.elementId)) {
      matchable.set(threat.id, i);
      inScope[i] = 1;
    }
  }

  const replaced: Array<Threat | undefined> = new Array<Threat | undefined>(existing.length);
  const added: Threat[] = [];
  for (const found of candidates) {
    const at = matchable.get(found.id);
    if (at === undefined) {
      if (handWritten.has(found.id)) continue;
      added.push(newThreat(found, ++counter));
      continue;
    }
    const threat = existing[at]!;
    const next = applyCandidate(threat, found);
    replaced[at] = next;
    if (threat.stale) summary.revived++;
    else if (next !== threat) summary.updated++;
    else summary.unchanged++;
  }
  summary.added = added.length;

  let changed = added.length > 0 || counter !== model.threatCounter;
  const threats: Threat[] = new Array<Threat>(existing.length + added.length);
  for (let i = 0; i < existing.length; i++) {
    const threat = existing[i]!;
    let next = replaced[i];
    if (next === undefined) {
      next = threat;
      // A rule threat in scope that no candidate matched: its condition no longer holds.
      if (inScope[i] === 1 && !threat.stale) {
        next = { ...threat, stale: true, reviewed: false };
        summary.stale++;
      }
    }
    if (next !== threat) changed = true;
    threats[i] = next;
  }
  for (let i = 0; i < added.length; i++) threats[existing.length + i] = added[i]!;

  if (!changed) return { model, summary };
  if (!sorted) threats.sort((a, b) => a.number - b.number);
  return { model: { ...model, threatCounter: counter, threats }, summary };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The threat brought up to date with its rule, or the same object when nothing differs. */
function applyCandidate(threat: Threat, found: ThreatCandidate): Threat {
  const compiled = found.rule;
  const rule = compiled.rule;
  const followRatings = threat.ratedBy === 'rule';
  const likelihood = followRatings ? found.likelihood : threat.likelihood;
  const impact = followRatings ? found.impact : threat.impact;

  if (
    !threat.stale &&
    threat.category === rule.category &&
    threat.likelihood === likelihood &&
    threat.impact === impact &&
    threat.qualifier === found.qualifier &&
    sameList(threat.references, rule.references) &&
    compiled.title.equals(found.context, threat.title) &&
    compiled.description.equals(found.context, threat.description)
  ) {
    return threat;
  }

  return {
    ...threat,
    title: compiled.title.render(found.context),
    category: rule.category,
    qualifier: found.qualifier,
    description: compiled.description.render(found.context),
    references: rule.references,
    likelihood,
    impact,
    stale: false,
    // A threat that comes back needs a fresh look; a reworded one keeps its review.
    reviewed: threat.stale ? false : threat.reviewed,
  };
}

function newThreat(found: ThreatCandidate, number: number): Threat {
  const compiled = found.rule;
  const rule = compiled.rule;
  return {
    id: found.id,
    number,
    title: compiled.title.render(found.context),
    category: rule.category,
    elementId: found.context.element.id,
    ruleId: rule.id,
    qualifier: found.qualifier,
    description: compiled.description.render(found.context),
    references: rule.references,
    likelihood: found.likelihood,
    impact: found.impact,
    ratedBy: 'rule',
    status: 'open',
    justification: '',
    mitigationIds: [],
    notes: '',
    stale: false,
    reviewed: false,
  };
}
