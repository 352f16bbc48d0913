/**
 * The rule engine: packs compiled once into predicates and templates, indexed by element kind,
 * and evaluated against elements to produce the threats their rules call for.
 */
import { threatIdFor } from '../model/ids';
import type { Element, ThreatModel } from '../model/types';
import { fail, ok, problem, type Problem, type Result } from '../result';
import {
  compileCondition,
  compileTemplate,
  type EvalContext,
  type Predicate,
  type Template,
} from './compile';
import type { RuleElementKind } from './condition';
import type { RunState } from './facts';
import { BUILT_IN_PACKS } from './packs';
import { parseRulePack, type Rule, type RulePack } from './ruleSchema';

/** A rule ready to run. */
export interface CompiledRule {
  rule: Rule;
  packId: string;
  /** Position in the engine, used to order new threats deterministically. */
  order: number;
  matches: Predicate;
  title: Template;
  description: Template;
  adjust: Array<{ when: Predicate; likelihood: number | undefined; impact: number | undefined }>;
}

export interface RuleEngine {
  packs: ReadonlyArray<{ id: string; name: string; ruleCount: number }>;
  rules: readonly CompiledRule[];
  /** Rules per element kind, in engine order. */
  byKind: Readonly<Record<RuleElementKind, readonly CompiledRule[]>>;
  /** Rules by id. */
  byId: ReadonlyMap<string, CompiledRule>;
}

/** What a rule produces for one element (and operation): a threat before any merge. */
export interface ThreatCandidate {
  id: string;
  rule: CompiledRule;
  elementId: string;
  qualifier: string;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  /** Position of the operation within its process, for ordering; 0 for element rules. */
  position: number;
}

function compileRule(rule: Rule, packId: string, order: number): CompiledRule {
  return {
    rule,
    packId,
    order,
    matches: compileCondition(rule.condition),
    title: compileTemplate(rule.title),
    description: compileTemplate(rule.description),
    adjust: rule.adjust.map((entry) => ({
      when: compileCondition(entry.when),
      likelihood: entry.likelihood,
      impact: entry.impact,
    })),
  };
}

/**
 * Compiles validated packs into an engine. Rule ids must be unique across packs; a later pack
 * that reuses an id is refused with a message naming both packs.
 */
export function buildRuleEngine(packs: readonly RulePack[]): Result<RuleEngine> {
  const rules: CompiledRule[] = [];
  const byId = new Map<string, CompiledRule>();
  const errors: Problem[] = [];

  for (const pack of packs) {
    for (const rule of pack.rules) {
      const existing = byId.get(rule.id);
      if (existing) {
        errors.push(
          problem(
            'rules/duplicate-rule',
            `Rule pack "${pack.id}": rule "${rule.id}" is already defined by pack "${existing.packId}"; give it another id.`,
          ),
        );
        continue;
      }
      const compiled = compileRule(rule, pack.id, rules.length);
      rules.push(compiled);
      byId.set(rule.id, compiled);
    }
  }
  if (errors.length > 0) return fail(errors);

  const byKind: Record<RuleElementKind, CompiledRule[]> = {
    externalEntity: [],
    process: [],
    dataStore: [],
    dataFlow: [],
  };
  for (const compiled of rules)
    for (const kind of compiled.rule.appliesTo) byKind[kind].push(compiled);

  return ok({
    packs: packs.map((pack) => ({ id: pack.id, name: pack.name, ruleCount: pack.rules.length })),
    rules,
    byKind,
    byId,
  });
}

let builtInPacks: RulePack[] | null = null;

/** The built-in packs, validated once. Throws if a built-in pack is broken: that is a bug. */
export function builtInRulePacks(): readonly RulePack[] {
  if (builtInPacks) return builtInPacks;
  builtInPacks = BUILT_IN_PACKS.map((input) => {
    const parsed = parseRulePack(input);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    return parsed.value;
  });
  return builtInPacks;
}

/** Options for choosing the rules a model is generated with. */
export interface EngineOptions {
  /** Extra packs for this run only, such as `gatehouse generate --rules PACK.json`. */
  extraPacks?: readonly unknown[];
}

const engineCache = new WeakMap<ThreatModel['rulePacks'], Result<RuleEngine>>();

/**
 * The engine for a model: the built-in packs minus those the model turns off, plus the model's
 * own packs, plus any extra packs. Refuses when a custom pack does not validate, so that a typo
 * in one pack cannot quietly mark every threat of that pack stale.
 */
export function engineForModel(
  model: Pick<ThreatModel, 'rulePacks'>,
  options: EngineOptions = {},
): Result<RuleEngine> {
  const cacheable = (options.extraPacks ?? []).length === 0;
  if (cacheable) {
    const cached = engineCache.get(model.rulePacks);
    if (cached) return cached;
  }

  const disabled = new Set(model.rulePacks.disabled);
  const packs: RulePack[] = builtInRulePacks().filter((pack) => !disabled.has(pack.id));
  const errors: Problem[] = [];
  for (const raw of [...model.rulePacks.custom, ...(options.extraPacks ?? [])]) {
    const parsed = parseRulePack(raw);
    if (!parsed.ok) errors.push(...parsed.errors);
    else if (packs.some((pack) => pack.id === parsed.value.id))
      errors.push(
        problem(
          'rules/duplicate-pack',
          `Rule pack "${parsed.value.id}" is loaded twice; rename one of them.`,
        ),
      );
    else if (!disabled.has(parsed.value.id)) packs.push(parsed.value);
  }

  const result = errors.length > 0 ? fail(errors) : buildRuleEngine(packs);
  if (cacheable) engineCache.set(model.rulePacks, result);
  return result;
}

function rate(
  compiled: CompiledRule,
  context: EvalContext,
): { likelihood: number; impact: number } {
  let likelihood = compiled.rule.likelihood;
  let impact = compiled.rule.impact;
  for (const entry of compiled.adjust) {
    if (!entry.when(context)) continue;
    if (entry.likelihood !== undefined) likelihood = entry.likelihood;
    if (entry.impact !== undefined) impact = entry.impact;
  }
  return { likelihood, impact };
}

function candidate(
  compiled: CompiledRule,
  context: EvalContext,
  qualifier: string,
  position: number,
): ThreatCandidate {
  const { likelihood, impact } = rate(compiled, context);
  return {
    id: threatIdFor(compiled.rule.id, context.element.id, qualifier),
    rule: compiled,
    elementId: context.element.id,
    qualifier,
    title: compiled.title(context),
    description: compiled.description(context),
    likelihood,
    impact,
    position,
  };
}

/** Whether an element can have generated threats at all. */
export function isThreatBearing(element: Element): boolean {
  return element.kind !== 'trustBoundary' && !element.outOfScope;
}

/** Appends the threats the engine's rules call for on one element. */
export function evaluateElement(
  engine: RuleEngine,
  run: RunState,
  element: Element,
  out: ThreatCandidate[],
): void {
  if (element.kind === 'trustBoundary' || element.outOfScope) return;
  const rules = engine.byKind[element.kind];
  const context: EvalContext = { run, element, operation: null };

  for (const compiled of rules) {
    if (!compiled.rule.perOperation) {
      if (compiled.matches(context)) out.push(candidate(compiled, context, '', 0));
      continue;
    }
    if (element.kind !== 'process') continue;
    const operations = element.properties.operations;
    for (let i = 0; i < operations.length; i++) {
      const operation = operations[i]!;
      const operationContext: EvalContext = { run, element, operation };
      if (compiled.matches(operationContext))
        out.push(candidate(compiled, operationContext, operation.id, i));
    }
  }
}
