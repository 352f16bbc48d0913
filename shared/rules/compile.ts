/**
 * Turns checked conditions and text templates into plain functions once, so that evaluating a
 * rule against thousands of elements does no parsing. Nothing here evaluates text as code: each
 * node of the condition tree maps to one fixed closure.
 */
import type { ApiOperation, Element } from '../model/types';
import { labelOf } from '../model/vocabulary';
import type { Condition, CrossingTest, PropertyTest, Scalar, Subject } from './condition';
import { OPERATORS } from './condition';
import {
  crossingOf,
  DERIVED_PROPERTIES,
  OPERATION_DERIVED,
  operationLabel,
  type RunState,
} from './facts';

/** What a condition sees: the run, the element (a box or a flow) and, per operation, the operation. */
export interface EvalContext {
  run: RunState;
  element: Element;
  operation: ApiOperation | null;
}

export type Predicate = (context: EvalContext) => boolean;
type Read = (context: EvalContext) => unknown;

const ALWAYS: Predicate = () => true;

/**
 * Compiles a condition that checkCondition accepted. `kind` is the element kind the condition
 * will see, when only one is possible, so property reads can skip looking at the kind.
 */
export function compileCondition(condition: Condition, kind?: Element['kind']): Predicate {
  const compile = (inner: Condition): Predicate => compileCondition(inner, kind);
  if ('all' in condition) {
    const parts = condition.all.map(compile);
    if (parts.length === 0) return ALWAYS;
    if (parts.length === 1) return parts[0]!;
    return (context) => {
      for (const part of parts) if (!part(context)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compile);
    return (context) => {
      for (const part of parts) if (part(context)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compile(condition.not);
    return (context) => !inner(context);
  }
  if ('incoming' in condition || 'outgoing' in condition) {
    const incoming = 'incoming' in condition;
    const inner = compileCondition(incoming ? condition.incoming : condition.outgoing, 'dataFlow');
    return (context) => {
      const { index } = context.run;
      const flows = (incoming ? index.incoming : index.outgoing).get(context.element.id);
      if (!flows) return false;
      for (const flow of flows) {
        if (inner({ run: context.run, element: flow, operation: null })) return true;
      }
      return false;
    };
  }
  if ('anyOperation' in condition) {
    const inner = compileCondition(condition.anyOperation, 'process');
    return (context) => {
      const element = context.element;
      if (element.kind !== 'process') return false;
      for (const operation of element.properties.operations) {
        if (inner({ run: context.run, element, operation })) return true;
      }
      return false;
    };
  }
  if ('crosses' in condition) return compileCrossing(condition.crosses);
  if ('kind' in condition) {
    const kinds = new Set<string>(
      Array.isArray(condition.kind) ? condition.kind : [condition.kind],
    );
    const subject = subjectReader(condition.of ?? 'element');
    return (context) => {
      const element = subject(context) as Element | undefined;
      return element !== undefined && kinds.has(element.kind);
    };
  }
  if ('fact' in condition) {
    const read = propertyReader(condition.of ?? 'element', condition.fact, kind);
    return (context) => truthy(read(context));
  }
  return compileComparison(condition, kind);
}

function compileCrossing(test: CrossingTest): Predicate {
  return (context) => {
    const flow = context.element;
    if (flow.kind !== 'dataFlow') return false;
    const crossing = crossingOf(context.run, flow);
    const crosses = crossing.leaves.length > 0 || crossing.enters.length > 0;
    switch (test) {
      case 'any':
        return crosses;
      case 'none':
        return !crosses;
      case 'intoHigherTrust':
        return crosses && crossing.targetTrust > crossing.sourceTrust;
      case 'intoLowerTrust':
        return crosses && crossing.targetTrust < crossing.sourceTrust;
      case 'sameTrust':
        return crosses && crossing.targetTrust === crossing.sourceTrust;
    }
  };
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value === true || (typeof value === 'number' && value !== 0);
}

function normalize(value: unknown): unknown {
  return typeof value === 'string' ? value.trim().toLowerCase() : value;
}

/** Equality that ignores case and surrounding spaces, without allocating in the common case. */
function sameValue(value: unknown, expected: unknown): boolean {
  if (value === expected) return true;
  return typeof value === 'string' && normalize(value) === expected;
}

function compileComparison(test: PropertyTest, kind?: Element['kind']): Predicate {
  const read = propertyReader(test.of ?? 'element', test.prop, kind);
  const operator = OPERATORS.find((name) => name !== undefined && test[name] !== undefined);

  switch (operator) {
    case 'eq':
    case 'ne': {
      const expected = normalize(test[operator]);
      const negate = operator === 'ne';
      return (context) => sameValue(read(context), expected) !== negate;
    }
    case 'in':
    case 'notIn': {
      const allowed = new Set((test[operator] as Scalar[]).map(normalize));
      const negate = operator === 'notIn';
      return (context) => {
        const value = read(context);
        return (allowed.has(value) || allowed.has(normalize(value))) !== negate;
      };
    }
    case 'has':
    case 'hasAny': {
      const wanted = new Set(
        (operator === 'has' ? [test.has as string] : (test.hasAny as string[])).map(normalize),
      );
      return (context) => {
        const value = read(context);
        if (!Array.isArray(value)) return wanted.has(value) || wanted.has(normalize(value));
        for (const item of value) if (wanted.has(item) || wanted.has(normalize(item))) return true;
        return false;
      };
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const bound = test[operator] as number;
      const compare = {
        gt: (v: number) => v > bound,
        gte: (v: number) => v >= bound,
        lt: (v: number) => v < bound,
        lte: (v: number) => v <= bound,
      }[operator];
      return (context) => {
        const value = read(context);
        return typeof value === 'number' && compare(value);
      };
    }
    case 'contains': {
      const needle = normalize(test.contains) as string;
      return (context) => {
        const value = read(context);
        const items = Array.isArray(value) ? value : [value];
        return items.some(
          (item) => typeof item === 'string' && item.toLowerCase().includes(needle),
        );
      };
    }
    case 'empty': {
      const wantEmpty = test.empty === true;
      return (context) => isEmpty(read(context)) === wantEmpty;
    }
    case undefined:
      return () => false;
  }
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Reads the subject of a condition from the context; undefined when it has none. */
export function subjectReader(subject: Subject): Read {
  switch (subject) {
    case 'element':
      return (context) => context.element;
    case 'operation':
      return (context) => context.operation ?? undefined;
    case 'source':
    case 'target':
      return (context) => {
        const flow = context.element;
        if (flow.kind !== 'dataFlow') return undefined;
        return context.run.index.elements.get(subject === 'source' ? flow.sourceId : flow.targetId);
      };
  }
}

const TOP_LEVEL_FIELDS = new Set(['name', 'description', 'tags', 'kind']);

/**
 * Reads one property of a subject: derived facts first, then stored properties, then fields.
 * When the element's kind is known in advance, the reader is specialised to it.
 */
export function propertyReader(subject: Subject, prop: string, kind?: Element['kind']): Read {
  if (subject === 'operation') {
    const derived = OPERATION_DERIVED[prop];
    if (derived) {
      return (context) => (context.operation ? derived(context.operation) : undefined);
    }
    return (context) => (context.operation as Record<string, unknown> | null)?.[prop];
  }

  const topLevel = TOP_LEVEL_FIELDS.has(prop);
  if (subject === 'element' && kind !== undefined) {
    const derived = DERIVED_PROPERTIES[kind]?.[prop];
    if (derived) return (context) => derived(context.element as never, context.run);
    if (topLevel) return (context) => (context.element as unknown as Record<string, unknown>)[prop];
    return (context) => (context.element.properties as Record<string, unknown>)[prop];
  }

  const readSubject = subjectReader(subject);
  const derivedByKind: Record<string, ((element: never, run: RunState) => unknown) | undefined> =
    {};
  for (const [name, table] of Object.entries(DERIVED_PROPERTIES)) derivedByKind[name] = table[prop];

  return (context) => {
    const element = readSubject(context) as Element | undefined;
    if (element === undefined) return undefined;
    const derived = derivedByKind[element.kind];
    if (derived) return derived(element as never, context.run);
    if (topLevel) return (element as unknown as Record<string, unknown>)[prop];
    return (element.properties as Record<string, unknown>)[prop];
  };
}

// ---------------------------------------------------------------------------------------------
// Text templates: `{element}` names the element, `{source.protocol}` a property.

/** A compiled template: fixed text and placeholders. */
export interface Template {
  render(context: EvalContext): string;
  /** Whether rendering would give exactly `existing`, without building the text. */
  equals(context: EvalContext, existing: string): boolean;
}

export interface TemplateIssue {
  placeholder: string;
  message: string;
}

/** Fields written by people: shown as they are, never translated to a vocabulary label. */
const FREE_TEXT_FIELDS = new Set(['name', 'description', 'tags', 'path', 'operationId', 'summary']);

const PLACEHOLDER = /\{([A-Za-z]+)(?:\.([A-Za-z]+))?\}/g;

/** Names a subject for a reader: its name, or its kind and id when it has none. */
function nameOf(subject: Element | ApiOperation | undefined): string {
  if (subject === undefined) return 'an unknown element';
  if (!('kind' in subject)) return operationLabel(subject);
  const raw = subject.name;
  // Names are nearly always trimmed already; trimming only when needed keeps this allocation-free.
  const name =
    raw === '' || (raw.charCodeAt(0) > 32 && raw.charCodeAt(raw.length - 1) > 32)
      ? raw
      : raw.trim();
  return name !== '' ? name : `the unnamed ${labelOf(subject.kind).toLowerCase()} ${subject.id}`;
}

function display(value: unknown, stored: boolean): string {
  if (Array.isArray(value)) return value.map((item) => display(item, stored)).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return stored ? labelOf(value) : value;
  if (typeof value === 'number') return String(value);
  return '';
}

/** Checks the placeholders of a template against what the rule can read. */
export function checkTemplate(
  text: string,
  readable: (subject: Subject, prop: string) => boolean,
  subjects: ReadonlySet<Subject>,
): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const subject = match[1] as Subject;
    const prop = match[2];
    if (!subjects.has(subject)) {
      issues.push({
        placeholder: match[0],
        message: `unknown placeholder ${match[0]}; this rule can use ${[...subjects].map((s) => `{${s}}`).join(', ')}`,
      });
    } else if (prop !== undefined && !readable(subject, prop)) {
      issues.push({ placeholder: match[0], message: `unknown property in ${match[0]}` });
    }
  }
  return issues;
}

/** Compiles a template whose placeholders checkTemplate accepted; `kind` as for conditions. */
export function compileTemplate(text: string, kind?: Element['kind']): Template {
  const parts: Array<string | Read> = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const at = match.index;
    if (at > last) parts.push(text.slice(last, at));
    const subject = match[1] as Subject;
    const prop = match[2];
    if (prop === undefined) {
      const read = subjectReader(subject);
      parts.push((context) => nameOf(read(context) as Element | ApiOperation | undefined));
    } else {
      const read = propertyReader(subject, prop, kind);
      const stored =
        !FREE_TEXT_FIELDS.has(prop) &&
        !(subject === 'operation'
          ? prop in OPERATION_DERIVED
          : Object.values(DERIVED_PROPERTIES).some((table) => prop in table));
      parts.push((context) => display(read(context), stored));
    }
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));

  const render = (context: EvalContext): string => {
    let out = '';
    for (const part of parts) out += typeof part === 'string' ? part : (part(context) as string);
    return out;
  };
  // Regeneration mostly finds text unchanged; comparing piece by piece builds no new string.
  const equals = (context: EvalContext, existing: string): boolean => {
    let offset = 0;
    for (const part of parts) {
      const piece = typeof part === 'string' ? part : (part(context) as string);
      if (!existing.startsWith(piece, offset)) return false;
      offset += piece.length;
    }
    return offset === existing.length;
  };
  return { render, equals };
}
