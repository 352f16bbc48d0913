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
  const candidates: ThreatCandidate[] = [];
  for (const diagram of model.diagrams) {
    for (const element of diagram.elements) evaluateElement(engine, run, element, candidates);
  }
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
  const index = indexModel(model);
  const run = newRunState(index);
  const candidates: ThreatCandidate[] = [];
  for (const id of affected) {
    const element = index.elements.get(id);
    if (element) evaluateElement(engine.value, run, element, candidates);
  }
  return ok(merge(model, candidates, affected));
}

/**
 * The elements whose threats can change when `changedIds` change: the elements themselves, the
 * flows into and out of them, and the nodes at the other end of those flows (rules on a node read
 * its flows, and rules on a flow read both ends). A changed zone affects everything inside it.
 */
export function affectedElementIds(
  model: ThreatModel,
  changedIds: Iterable<string>,
  previous?: ThreatModel,
): Set<string> {
  const indexes = previous ? [indexModel(model), indexModel(previous)] : [indexModel(model)];
  const seeds = new Set<string>();
  const queue = [...changedIds];

  // Zones: everything nested in a changed zone counts as changed.
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seeds.has(id)) continue;
    seeds.add(id);
    for (const index of indexes) {
      if (index.elements.get(id)?.kind !== 'trustBoundary') continue;
      for (const node of index.nodes) if (node.boundaryId === id) queue.push(node.id);
    }
  }

  const affected = new Set<string>(seeds);
  for (const id of seeds) {
    for (const index of indexes) {
      const element = index.elements.get(id);
      if (element?.kind === 'dataFlow') {
        affected.add(element.sourceId);
        affected.add(element.targetId);
        // The ends' other flows do not read this flow, but the ends themselves do.
        continue;
      }
      for (const flows of [index.incoming.get(id), index.outgoing.get(id)]) {
        for (const flow of flows ?? []) {
          affected.add(flow.id);
          affected.add(flow.sourceId);
          affected.add(flow.targetId);
        }
      }
    }
  }
  return affected;
}

/** Orders new threats so that numbering does not depend on how they were found. */
function compareCandidates(a: ThreatCandidate, b: ThreatCandidate): number {
  if (a.elementId !== b.elementId) return a.elementId < b.elementId ? -1 : 1;
  return a.rule.order - b.rule.order || a.position - b.position;
}

function merge(
  model: ThreatModel,
  candidates: ThreatCandidate[],
  scope: ReadonlySet<string> | null,
): GenerationResult {
  const summary: GenerationSummary = { added: 0, stale: 0, revived: 0, updated: 0, unchanged: 0 };
  const byId = new Map<string, ThreatCandidate>();
  for (const found of candidates) byId.set(found.id, found);

  const threats: Threat[] = [];
  let counter = model.threatCounter;
  let changed = false;

  for (const threat of model.threats) {
    if (threat.number > counter) counter = threat.number;
    const inScope = scope === null || scope.has(threat.elementId);
    if (threat.ruleId === null || !inScope) {
      // A hand-written threat, or one whose element this run did not look at.
      if (threat.ruleId === null) byId.delete(threat.id);
      threats.push(threat);
      continue;
    }

    const found = byId.get(threat.id);
    if (!found) {
      if (threat.stale) threats.push(threat);
      else {
        threats.push({ ...threat, stale: true, reviewed: false });
        summary.stale++;
        changed = true;
      }
      continue;
    }

    byId.delete(threat.id);
    const next = applyCandidate(threat, found);
    if (threat.stale) summary.revived++;
    else if (next !== threat) summary.updated++;
    else summary.unchanged++;
    if (next !== threat) changed = true;
    threats.push(next);
  }

  const fresh = [...byId.values()].sort(compareCandidates);
  for (const found of fresh) {
    counter++;
    threats.push(newThreat(found, counter));
  }
  summary.added = fresh.length;

  if (!changed && fresh.length === 0 && counter === model.threatCounter) {
    return { model, summary };
  }
  threats.sort((a, b) => a.number - b.number);
  return { model: { ...model, threatCounter: counter, threats }, summary };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The threat brought up to date with its rule, or the same object when nothing differs. */
function applyCandidate(threat: Threat, found: ThreatCandidate): Threat {
  const rule = found.rule.rule;
  const followRatings = threat.ratedBy === 'rule';
  const likelihood = followRatings ? found.likelihood : threat.likelihood;
  const impact = followRatings ? found.impact : threat.impact;

  if (
    !threat.stale &&
    threat.title === found.title &&
    threat.description === found.description &&
    threat.category === rule.category &&
    threat.likelihood === likelihood &&
    threat.impact === impact &&
    threat.qualifier === found.qualifier &&
    sameList(threat.references, rule.references)
  ) {
    return threat;
  }

  return {
    ...threat,
    title: found.title,
    category: rule.category,
    qualifier: found.qualifier,
    description: found.description,
    references: rule.references,
    likelihood,
    impact,
    stale: false,
    // A threat that comes back needs a fresh look; a reworded one keeps its review.
    reviewed: threat.stale ? false : threat.reviewed,
  };
}

function newThreat(found: ThreatCandidate, number: number): Threat {
  const rule = found.rule.rule;
  return {
    id: found.id,
    number,
    title: found.title,
    category: rule.category,
    elementId: found.elementId,
    ruleId: rule.id,
    qualifier: found.qualifier,
    description: found.description,
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
