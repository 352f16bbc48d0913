/**
 * The rule engine: packs compiled once into predicates and templates, indexed by element kind,
 * and evaluated against elements to produce the threats their rules call for.
 */
import { stableHash, threatIdFor } from '../model/ids';
import type { ApiOperation, Element, ThreatModel } from '../model/types';
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
  /** Per element kind, the rules evaluated once per element. */
  elementRules: Readonly<Record<RuleElementKind, readonly CompiledRule[]>>;
  /** The rules evaluated once per API operation of a process. */
  operationRules: readonly CompiledRule[];
  /** Rules by id. */
  byId: ReadonlyMap<string, CompiledRule>;
}

/**
 * What a rule produces for one element (and operation): a threat before any merge. Its text is
 * not rendered yet; the merge renders it only for new threats and compares it in place for
 * existing ones, which is what keeps regeneration of a large model cheap.
 */
export interface ThreatCandidate {
  id: string;
  rule: CompiledRule;
  /** The element (and operation) the rule matched, for rendering the text. */
  context: EvalContext;
  qualifier: string;
  likelihood: number;
  impact: number;
}

function compileRule(rule: Rule, packId: string, order: number): CompiledRule {
  const kind = rule.appliesTo.length === 1 ? rule.appliesTo[0] : undefined;
  return {
    rule,
    packId,
    order,
    matches: compileCondition(rule.condition, kind),
    title: compileTemplate(rule.title, kind),
    description: compileTemplate(rule.description, kind),
    adjust: rule.adjust.map((entry) => ({
      when: compileCondition(entry.when, kind),
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

  const elementRules = {
    externalEntity: byKind.externalEntity,
    process: byKind.process.filter((compiled) => !compiled.rule.perOperation),
    dataStore: byKind.dataStore,
    dataFlow: byKind.dataFlow,
  };
  return ok({
    packs: packs.map((pack) => ({ id: pack.id, name: pack.name, ruleCount: pack.rules.length })),
    rules,
    byKind,
    elementRules,
    operationRules: byKind.process.filter((compiled) => compiled.rule.perOperation),
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

const qualifierHashes = new WeakMap<ApiOperation, string>();

/** threatIdFor with the operation as qualifier, hashing each operation id once. */
function operationThreatId(ruleId: string, elementId: string, operation: ApiOperation): string {
  let hash = qualifierHashes.get(operation);
  if (hash === undefined) {
    hash = stableHash(operation.id);
    qualifierHashes.set(operation, hash);
  }
  const id = `${ruleId}:${elementId}:${hash}`;
  return id.length > 200 ? id.slice(0, 200) : id;
}

function candidate(
  compiled: CompiledRule,
  context: EvalContext,
  qualifier: string,
): ThreatCandidate {
  let likelihood = compiled.rule.likelihood;
  let impact = compiled.rule.impact;
  for (const entry of compiled.adjust) {
    if (!entry.when(context)) continue;
    if (entry.likelihood !== undefined) likelihood = entry.likelihood;
    if (entry.impact !== undefined) impact = entry.impact;
  }
  return {
    id:
      context.operation === null
        ? threatIdFor(compiled.rule.id, context.element.id)
        : operationThreatId(compiled.rule.id, context.element.id, context.operation),
    rule: compiled,
    context,
    qualifier,
    likelihood,
    impact,
  };
}

/** Whether an element can have generated threats at all. */
export function isThreatBearing(element: Element): boolean {
  return element.kind !== 'trustBoundary' && !element.outOfScope;
}

/**
 * Appends the threats the engine's rules call for on one element: those of its element rules in
 * rule order, then, for each API operation in turn, those of the per-operation rules.
 */
export function evaluateElement(
  engine: RuleEngine,
  run: RunState,
  element: Element,
  out: ThreatCandidate[],
): void {
  if (element.kind === 'trustBoundary' || element.outOfScope) return;
  const context: EvalContext = { run, element, operation: null };
  for (const compiled of engine.elementRules[element.kind]) {
    if (compiled.matches(context)) out.push(candidate(compiled, context, ''));
  }

  if (element.kind !== 'process' || engine.operationRules.length === 0) return;
  for (const operation of element.properties.operations) {
    const operationContext: EvalContext = { run, element, operation };
    for (const compiled of engine.operationRules) {
      if (compiled.matches(operationContext))
        out.push(candidate(compiled, operationContext, operation.id));
    }
  }
}
