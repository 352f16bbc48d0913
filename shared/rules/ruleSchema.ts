/**
 * What a rule and a rule pack are. Built-in packs and the packs people add are read through the
 * same schema, so a user pack can do exactly what a built-in one does and nothing more. A pack
 * that does not validate is refused whole, with one message per problem naming the rule and the
 * field.
 */
import { z } from 'zod';

import { EFFORTS, STRIDE } from '../model/vocabulary';
import { jsonPath, problem, type Problem } from '../result';
import { fail, ok, type Result } from '../result';
import { checkTemplate } from './compile';
import {
  checkCondition,
  NODE_RULE_KINDS,
  READABLE_PROPERTIES,
  RULE_ELEMENT_KINDS,
  type Condition,
  type ConditionScope,
  type RuleElementKind,
  type Subject,
} from './condition';

/** Rule ids: short, lower-case words joined by dots or dashes, such as `api.bola.operation`. */
export const RULE_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/;
export const PACK_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,39}$/;

/**
 * References a report can link: `CWE-319`, `CAPEC-94`, `API1:2023`, `ASVS V9.1.1`, `OAT-008`,
 * or an https address.
 */
export const REFERENCE_PATTERN =
  /^(CWE-\d{1,5}|CAPEC-\d{1,5}|API(10|[1-9]):2023|ASVS V\d{1,2}(\.\d{1,2}){0,2}|OAT-\d{3}|https:\/\/\S{1,400})$/;

const rating = z.int().min(1).max(5);

export const suggestedMitigationSchema = z.strictObject({
  title: z.string().min(1).max(200),
  description: z.string().max(4000).default(''),
  effort: z.enum(EFFORTS).default('M'),
  reduction: z
    .strictObject({
      likelihood: z.int().min(0).max(4).default(2),
      impact: z.int().min(0).max(4).default(0),
    })
    .prefault({}),
});

const conditionShape = z.custom<Condition>(() => true);

const adjustmentSchema = z.strictObject({
  when: conditionShape,
  likelihood: rating.optional(),
  impact: rating.optional(),
});

export const ruleSchema = z
  .strictObject({
    id: z.string().regex(RULE_ID_PATTERN, 'must be lower-case letters, digits, . _ or -'),
    category: z.enum(STRIDE),
    appliesTo: z
      .array(z.enum(RULE_ELEMENT_KINDS as [RuleElementKind, ...RuleElementKind[]]))
      .min(1, 'must name at least one element kind'),
    /** One threat per API operation of the process instead of one per element. */
    perOperation: z.boolean().default(false),
    condition: conditionShape.default({ all: [] }),
    title: z.string().min(1).max(300),
    description: z.string().max(4000).default(''),
    likelihood: rating,
    impact: rating,
    /** Ratings for particular situations; every matching entry applies, later ones win. */
    adjust: z.array(adjustmentSchema).max(20).default([]),
    mitigations: z.array(suggestedMitigationSchema).max(20).default([]),
    references: z
      .array(
        z
          .string()
          .regex(
            REFERENCE_PATTERN,
            'must look like CWE-319, CAPEC-94, API1:2023, ASVS V9.1.1, OAT-008 or an https address',
          ),
      )
      .max(50)
      .default([]),
  })
  .superRefine((rule, context) => {
    if (rule.perOperation && (rule.appliesTo.length !== 1 || rule.appliesTo[0] !== 'process')) {
      context.addIssue({
        code: 'custom',
        path: ['perOperation'],
        message: 'per-operation rules must apply to process only',
      });
    }
    const scope: ConditionScope = { elementKinds: rule.appliesTo, hasOperation: rule.perOperation };
    for (const issue of checkCondition(rule.condition, scope)) {
      context.addIssue({
        code: 'custom',
        path: ['condition', ...issue.path],
        message: issue.message,
      });
    }
    rule.adjust.forEach((adjustment, i) => {
      for (const issue of checkCondition(adjustment.when, scope)) {
        context.addIssue({
          code: 'custom',
          path: ['adjust', i, 'when', ...issue.path],
          message: issue.message,
        });
      }
    });

    const subjects = new Set<Subject>(['element']);
    if (rule.appliesTo.includes('dataFlow')) subjects.add('source').add('target');
    if (rule.perOperation) subjects.add('operation');
    const readable = (subject: Subject, prop: string): boolean => {
      if (subject === 'operation') return READABLE_PROPERTIES.operation.has(prop);
      const kinds = subject === 'element' ? rule.appliesTo : NODE_RULE_KINDS;
      return kinds.some((kind) => READABLE_PROPERTIES[kind].has(prop));
    };
    for (const field of ['title', 'description'] as const) {
      for (const issue of checkTemplate(rule[field], readable, subjects)) {
        context.addIssue({ code: 'custom', path: [field], message: issue.message });
      }
    }
  });

export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;
export type SuggestedMitigation = z.infer<typeof suggestedMitigationSchema>;

export const rulePackSchema = z
  .strictObject({
    id: z.string().regex(PACK_ID_PATTERN, 'must be lower-case letters, digits, . _ or -'),
    name: z.string().min(1).max(200),
    description: z.string().max(4000).default(''),
    version: z.string().max(40).default('1'),
    rules: z.array(ruleSchema).max(2000),
  })
  .superRefine((pack, context) => {
    const seen = new Set<string>();
    pack.rules.forEach((rule, i) => {
      if (seen.has(rule.id))
        context.addIssue({
          code: 'custom',
          path: ['rules', i, 'id'],
          message: `the rule id "${rule.id}" is used twice in this pack`,
        });
      seen.add(rule.id);
    });
  });

export type RulePack = z.infer<typeof rulePackSchema>;
export type RulePackInput = z.input<typeof rulePackSchema>;

/** Most problems reported for one pack. */
const MAX_PACK_PROBLEMS = 50;

/**
 * Validates a rule pack. Messages name the pack, the rule (by id where it has one) and the field:
 * `Rule pack "team": rule "team.no-waf" (rules[2]), condition.all[0].prop: unknown property …`.
 */
export function parseRulePack(value: unknown): Result<RulePack> {
  const parsed = rulePackSchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);

  const raw = (typeof value === 'object' && value !== null ? value : {}) as {
    id?: unknown;
    rules?: unknown;
  };
  const packName = typeof raw.id === 'string' ? `Rule pack "${raw.id}"` : 'Rule pack';
  const problems: Problem[] = parsed.error.issues.slice(0, MAX_PACK_PROBLEMS).map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = describePlace(path, raw.rules);
    const message = issue.message.replace(/^Invalid input: /, '');
    return problem('rules/invalid-pack', `${packName}: ${where}: ${message}`, jsonPath(path));
  });
  return fail(problems);
}

function describePlace(path: (string | number)[], rules: unknown): string {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return path.join('.') || 'the pack';
  const rule = Array.isArray(rules) ? (rules[path[1]] as { id?: unknown } | undefined) : undefined;
  const name =
    typeof rule?.id === 'string' ? `rule "${rule.id}" (rules[${path[1]}])` : `rules[${path[1]}]`;
  const field = path
    .slice(2)
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
  return field === '' ? name : `${name}, ${field}`;
}
