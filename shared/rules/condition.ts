/**
 * The condition language of rules: a small JSON tree, checked here and compiled in compile.ts.
 *
 * - `{ "all": [...] }`, `{ "any": [...] }`, `{ "not": {...} }` combine conditions.
 * - `{ "prop": "exposure", "eq": "internet" }` compares a property of the element; `"of"` picks
 *   another subject: `"source"` or `"target"` of a flow, or `"operation"` in per-operation rules.
 *   Operators: eq, ne, in, notIn, has, hasAny, gt, gte, lt, lte, contains, empty.
 * - `{ "fact": "idPathParameter", "of": "operation" }` holds when a derived fact is true or a
 *   derived list is not empty.
 * - `{ "kind": "externalEntity", "of": "source" }` tests the kind of a subject.
 * - `{ "crosses": "intoHigherTrust" }`: a flow crosses a boundary (any, none, intoHigherTrust,
 *   intoLowerTrust, sameTrust), judged from the trust levels of the zones on both sides.
 * - `{ "incoming": {...} }`, `{ "outgoing": {...} }`: some flow into or out of the element meets
 *   the inner condition, evaluated with that flow as the element.
 * - `{ "anyOperation": {...} }`: some API operation of the process meets the inner condition.
 */
import {
  apiOperationSchema,
  dataFlowPropertiesSchema,
  dataStorePropertiesSchema,
  externalEntityPropertiesSchema,
  processPropertiesSchema,
} from '../model/schema';
import { DERIVED_PROPERTIES, OPERATION_DERIVED } from './facts';

export type Scalar = string | number | boolean;
export type Subject = 'element' | 'source' | 'target' | 'operation';
export type RuleElementKind = 'externalEntity' | 'process' | 'dataStore' | 'dataFlow';
export type CrossingTest = 'any' | 'none' | 'intoHigherTrust' | 'intoLowerTrust' | 'sameTrust';

export interface PropertyTest {
  prop: string;
  of?: Subject;
  eq?: Scalar;
  ne?: Scalar;
  in?: Scalar[];
  notIn?: Scalar[];
  has?: string;
  hasAny?: string[];
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  contains?: string;
  empty?: boolean;
}

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | PropertyTest
  | { fact: string; of?: Subject }
  | { kind: RuleElementKind | RuleElementKind[]; of?: Subject }
  | { crosses: CrossingTest }
  | { incoming: Condition }
  | { outgoing: Condition }
  | { anyOperation: Condition };

export const RULE_ELEMENT_KINDS: readonly RuleElementKind[] = [
  'externalEntity',
  'process',
  'dataStore',
  'dataFlow',
];
export const NODE_RULE_KINDS: readonly RuleElementKind[] = [
  'externalEntity',
  'process',
  'dataStore',
];
export const CROSSING_TESTS: readonly CrossingTest[] = [
  'any',
  'none',
  'intoHigherTrust',
  'intoLowerTrust',
  'sameTrust',
];
export const OPERATORS = [
  'eq',
  'ne',
  'in',
  'notIn',
  'has',
  'hasAny',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'empty',
] as const;
export type Operator = (typeof OPERATORS)[number];

const SUBJECTS: readonly Subject[] = ['element', 'source', 'target', 'operation'];
const COMMON_FIELDS = ['name', 'description', 'tags', 'kind'];

function fieldsOf(kind: RuleElementKind): Set<string> {
  const stored = {
    externalEntity: externalEntityPropertiesSchema,
    process: processPropertiesSchema,
    dataStore: dataStorePropertiesSchema,
    dataFlow: dataFlowPropertiesSchema,
  }[kind];
  return new Set([
    ...Object.keys(stored.shape),
    ...Object.keys(DERIVED_PROPERTIES[kind] ?? {}),
    ...COMMON_FIELDS,
  ]);
}

/** The properties a rule may read, per element kind and for operations. */
export const READABLE_PROPERTIES: Readonly<Record<RuleElementKind | 'operation', Set<string>>> = {
  externalEntity: fieldsOf('externalEntity'),
  process: fieldsOf('process'),
  dataStore: fieldsOf('dataStore'),
  dataFlow: fieldsOf('dataFlow'),
  operation: new Set([...Object.keys(apiOperationSchema.shape), ...Object.keys(OPERATION_DERIVED)]),
};

/** Where a condition is evaluated: which kinds the element can be, and whether an operation is. */
export interface ConditionScope {
  elementKinds: readonly RuleElementKind[];
  hasOperation: boolean;
}

export interface ConditionIssue {
  path: (string | number)[];
  message: string;
}

const MAX_DEPTH = 24;

/** Checks a condition tree; returns every problem found, each with its path inside the tree. */
export function checkCondition(value: unknown, scope: ConditionScope): ConditionIssue[] {
  const issues: ConditionIssue[] = [];
  visit(value, scope, [], 0, issues);
  return issues;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(values: Iterable<string>): string {
  return [...values].join(', ');
}

function visit(
  value: unknown,
  scope: ConditionScope,
  path: (string | number)[],
  depth: number,
  issues: ConditionIssue[],
): void {
  const report = (message: string, at: (string | number)[] = path): void => {
    issues.push({ path: at, message });
  };

  if (depth > MAX_DEPTH) return report(`is nested more than ${MAX_DEPTH} levels deep`);
  if (!isRecord(value))
    return report('must be an object such as {"prop": "exposure", "eq": "internet"}');

  const keys = Object.keys(value);
  const children = (key: 'all' | 'any'): void => {
    const items = value[key];
    if (!Array.isArray(items)) return report('must be a list of conditions', [...path, key]);
    if (keys.length !== 1) return report(`"${key}" cannot be combined with other keys`);
    items.forEach((item, i) => visit(item, scope, [...path, key, i], depth + 1, issues));
  };

  if ('all' in value) return children('all');
  if ('any' in value) return children('any');
  if ('not' in value) {
    if (keys.length !== 1) return report('"not" cannot be combined with other keys');
    return visit(value.not, scope, [...path, 'not'], depth + 1, issues);
  }
  if ('incoming' in value || 'outgoing' in value) {
    const key = 'incoming' in value ? 'incoming' : 'outgoing';
    if (keys.length !== 1) return report(`"${key}" cannot be combined with other keys`);
    if (!scope.elementKinds.some((kind) => kind !== 'dataFlow'))
      return report(`"${key}" applies to boxes, not to data flows`, [...path, key]);
    const flowScope: ConditionScope = { elementKinds: ['dataFlow'], hasOperation: false };
    return visit(value[key], flowScope, [...path, key], depth + 1, issues);
  }
  if ('anyOperation' in value) {
    if (keys.length !== 1) return report('"anyOperation" cannot be combined with other keys');
    if (!scope.elementKinds.includes('process'))
      return report('"anyOperation" applies to processes only', [...path, 'anyOperation']);
    const operationScope: ConditionScope = { elementKinds: ['process'], hasOperation: true };
    return visit(value.anyOperation, operationScope, [...path, 'anyOperation'], depth + 1, issues);
  }
  if ('crosses' in value) {
    if (keys.length !== 1) return report('"crosses" cannot be combined with other keys');
    if (!CROSSING_TESTS.includes(value.crosses as CrossingTest))
      return report(`must be one of ${list(CROSSING_TESTS)}`, [...path, 'crosses']);
    if (!scope.elementKinds.includes('dataFlow'))
      report('"crosses" applies to data flows; use "incoming" or "outgoing" around it', [
        ...path,
        'crosses',
      ]);
    return;
  }

  const subjectKinds = checkSubject(value, scope, path, report);
  if (subjectKinds === null) return;

  if ('kind' in value) {
    const kinds = Array.isArray(value.kind) ? value.kind : [value.kind];
    if (kinds.length === 0 || kinds.some((k) => !RULE_ELEMENT_KINDS.includes(k as RuleElementKind)))
      report(`must be one or more of ${list(RULE_ELEMENT_KINDS)}`, [...path, 'kind']);
    const extra = keys.filter((key) => key !== 'kind' && key !== 'of');
    if (extra.length > 0) report(`unknown key "${extra[0]}" next to "kind"`, [...path, extra[0]!]);
    return;
  }

  const readable = (name: string): boolean =>
    subjectKinds === 'operation'
      ? READABLE_PROPERTIES.operation.has(name)
      : subjectKinds.some((kind) => READABLE_PROPERTIES[kind].has(name));
  const known = (): string =>
    subjectKinds === 'operation'
      ? list(READABLE_PROPERTIES.operation)
      : list(new Set(subjectKinds.flatMap((kind) => [...READABLE_PROPERTIES[kind]])));

  if ('fact' in value) {
    if (typeof value.fact !== 'string' || !readable(value.fact))
      report(`unknown fact ${JSON.stringify(value.fact)}; known: ${known()}`, [...path, 'fact']);
    const extra = keys.filter((key) => key !== 'fact' && key !== 'of');
    if (extra.length > 0) report(`unknown key "${extra[0]}" next to "fact"`, [...path, extra[0]!]);
    return;
  }

  if ('prop' in value) {
    if (typeof value.prop !== 'string' || !readable(value.prop))
      report(`unknown property ${JSON.stringify(value.prop)}; known: ${known()}`, [
        ...path,
        'prop',
      ]);
    const operators = keys.filter((key) => key !== 'prop' && key !== 'of');
    if (operators.length !== 1)
      return report(`needs exactly one operator next to "prop" (${list(OPERATORS)})`);
    const operator = operators[0] as Operator;
    if (!OPERATORS.includes(operator))
      return report(`unknown operator "${operator}"; use one of ${list(OPERATORS)}`, [
        ...path,
        operator,
      ]);
    const problem = operandProblem(operator, value[operator]);
    if (problem) report(problem, [...path, operator]);
    return;
  }

  report(
    `is not a condition: expected one of all, any, not, prop, fact, kind, crosses, incoming, outgoing, anyOperation (found ${list(keys) || 'nothing'})`,
  );
}

/** The kinds the condition's subject can be, "operation", or null after reporting a problem. */
function checkSubject(
  value: Record<string, unknown>,
  scope: ConditionScope,
  path: (string | number)[],
  report: (message: string, at?: (string | number)[]) => void,
): readonly RuleElementKind[] | 'operation' | null {
  const of = value.of ?? 'element';
  if (!SUBJECTS.includes(of as Subject)) {
    report(`must be one of ${list(SUBJECTS)}`, [...path, 'of']);
    return null;
  }
  if (of === 'operation') {
    if (!scope.hasOperation) {
      report('"of": "operation" needs a per-operation rule or an "anyOperation" around it', [
        ...path,
        'of',
      ]);
      return null;
    }
    if ('kind' in value) {
      report('"kind" cannot test an operation', [...path, 'of']);
      return null;
    }
    return 'operation';
  }
  if (of === 'source' || of === 'target') {
    if (!scope.elementKinds.includes('dataFlow')) {
      report(`"of": "${of}" needs a data flow; use "incoming" or "outgoing" around it`, [
        ...path,
        'of',
      ]);
      return null;
    }
    return NODE_RULE_KINDS;
  }
  return scope.elementKinds;
}

function operandProblem(operator: Operator, operand: unknown): string | null {
  const scalar = (v: unknown): boolean =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  switch (operator) {
    case 'eq':
    case 'ne':
      return scalar(operand) ? null : 'must be a string, number or boolean';
    case 'in':
    case 'notIn':
      return Array.isArray(operand) && operand.length <= 200 && operand.every(scalar)
        ? null
        : 'must be a list of strings, numbers or booleans';
    case 'has':
    case 'contains':
      return typeof operand === 'string' ? null : 'must be a string';
    case 'hasAny':
      return Array.isArray(operand) &&
        operand.length <= 200 &&
        operand.every((v) => typeof v === 'string')
        ? null
        : 'must be a list of strings';
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return typeof operand === 'number' && Number.isFinite(operand) ? null : 'must be a number';
    case 'empty':
      return typeof operand === 'boolean' ? null : 'must be true or false';
  }
}
