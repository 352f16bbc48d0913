/**
 * Turning another tool's file into a plain value, under the limits every importer shares. JSON
 * goes through the same safe parser as model files; YAML is parsed with alias expansion capped and
 * then copied into plain objects with the dangerous keys dropped, so both arrive in the same shape.
 */
import { parse as parseYaml } from 'yaml';

import {
  FORBIDDEN_KEYS,
  formatSize,
  maxNestingDepth,
  parseJsonSafely,
  type JsonLimits,
} from '../../format/safeJson';
import { fail, ok, problem, type Problem, type Result } from '../../result';

/** Limits for imported files: larger than any real model we have seen, far below harmful. */
export const IMPORT_LIMITS: JsonLimits & { maxNodes: number } = {
  maxChars: 32 * 1024 * 1024,
  maxDepth: 128,
  maxNodes: 2_000_000,
};

/** The refusal for a file over the size limit, or null when it fits. */
export function sizeProblem(chars: number, limits: JsonLimits = IMPORT_LIMITS): Problem | null {
  if (chars <= limits.maxChars) return null;
  return problem(
    'import/too-large',
    `The file is ${formatSize(chars)}, over the ${formatSize(limits.maxChars)} import limit. ` +
      'Export a smaller part of the model from the other tool, or remove embedded images.',
  );
}

/** Whether the text looks like JSON rather than YAML (the first non-blank character). */
export function looksLikeJson(text: string): boolean {
  const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)?.[0];
  return first === '{' || first === '[';
}

/** Parses JSON or YAML text into a plain value under the import limits. Never throws. */
export function parseStructuredText(text: string): Result<unknown> {
  const tooLarge = sizeProblem(text.length);
  if (tooLarge) return fail([tooLarge]);
  if (looksLikeJson(text)) return parseJsonSafely(text, IMPORT_LIMITS);
  return parseYamlSafely(text);
}

function parseYamlSafely(text: string): Result<unknown> {
  // Flow-style nesting ([[[...]]]) is what can exhaust the parser's stack; count it first.
  if (maxNestingDepth(text, IMPORT_LIMITS.maxDepth) > IMPORT_LIMITS.maxDepth)
    return fail([tooDeep()]);

  let raw: unknown;
  try {
    // Aliases are the YAML form of an entity bomb; a real spec needs few of them.
    raw = parseYaml(text, {
      maxAliasCount: 1000,
      prettyErrors: true,
      uniqueKeys: false,
      logLevel: 'error',
    });
  } catch (error) {
    if (error instanceof RangeError) return fail([tooDeep()]);
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail([
      problem(
        'import/syntax',
        `The file is neither valid JSON nor valid YAML (${detail}). Check that it is complete.`,
      ),
    ]);
  }
  return copyPlain(raw);
}

/**
 * A deep copy of parsed data into plain objects and arrays: forbidden keys dropped, nesting and
 * size capped. Parsers other than JSON.parse may hand back class instances or prototype-touching
 * keys; after this step every importer sees only own, plain data.
 */
export function copyPlain(value: unknown, limits = IMPORT_LIMITS): Result<unknown> {
  let nodes = 0;
  let exceededDepth = false;

  const copy = (current: unknown, depth: number): unknown => {
    if (exceededDepth || ++nodes > limits.maxNodes) return null;
    if (depth > limits.maxDepth) {
      exceededDepth = true;
      return null;
    }
    if (Array.isArray(current)) return current.map((item) => copy(item, depth + 1));
    if (current instanceof Date) return current.toISOString();
    if (typeof current === 'object' && current !== null) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(current)) {
        if (FORBIDDEN_KEYS.has(key)) continue;
        out[key] = copy((current as Record<string, unknown>)[key], depth + 1);
      }
      return out;
    }
    if (typeof current === 'bigint') return Number(current);
    return current;
  };

  const result = copy(value, 0);
  if (exceededDepth) return fail([tooDeepProblem(limits.maxDepth)]);
  if (nodes > limits.maxNodes) {
    return fail([
      problem(
        'import/too-many-values',
        `The file holds more than ${limits.maxNodes.toLocaleString('en')} values after expanding ` +
          'its aliases. It may be crafted to exhaust memory; check where it came from.',
      ),
    ]);
  }
  return ok(result);
}

function tooDeep(): Problem {
  return tooDeepProblem(IMPORT_LIMITS.maxDepth);
}

function tooDeepProblem(maxDepth: number): Problem {
  return problem(
    'import/too-deep',
    `The file nests more than ${maxDepth} levels deep, which no model or spec needs. ` +
      'It may be damaged or crafted; check where it came from.',
  );
}
