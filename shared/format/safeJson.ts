/**
 * JSON parsing for files that come from other people. Model files are shared through git, mail
 * and other tools, so the parser assumes the worst: it refuses huge or deeply nested input before
 * parsing it, drops keys that could reach an object's prototype, and turns syntax errors into a
 * line and column a person can find.
 */
import { fail, ok, problem, type Result } from '../result';
import { locateJsonError } from './locateJsonError';

export interface JsonLimits {
  /** Largest input accepted, in UTF-16 code units (bytes for ASCII files). */
  maxChars: number;
  /** Deepest nesting of arrays and objects accepted. */
  maxDepth: number;
}

export const MODEL_FILE_LIMITS: JsonLimits = { maxChars: 50 * 1024 * 1024, maxDepth: 64 };

/** Keys that would let a file touch `Object.prototype` if anything ever assigned them blindly. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Parses JSON text under limits; never throws. */
export function parseJsonSafely(
  text: string,
  limits: JsonLimits = MODEL_FILE_LIMITS,
): Result<unknown> {
  if (text.length > limits.maxChars) {
    return fail([
      problem(
        'json/too-large',
        `The file is ${formatSize(text.length)}, over the ${formatSize(limits.maxChars)} limit. ` +
          'Split the model or remove embedded data, then open it again.',
      ),
    ]);
  }

  const depth = maxNestingDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) {
    return fail([
      problem(
        'json/too-deep',
        `The file nests arrays or objects more than ${limits.maxDepth} levels deep, which no model ` +
          'needs. It may be damaged or crafted; check where it came from.',
      ),
    ]);
  }

  try {
    const value: unknown = JSON.parse(stripByteOrderMark(text), dropForbiddenKeys);
    return ok(value);
  } catch {
    return fail([syntaxProblem(stripByteOrderMark(text))]);
  }
}

function dropForbiddenKeys(key: string, value: unknown): unknown {
  return FORBIDDEN_KEYS.has(key) ? undefined : value;
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The deepest nesting in the text, counted without parsing; stops counting once past `stopAt`
 * so a hostile file costs no more than a legitimate one.
 */
export function maxNestingDepth(text: string, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (code === 0x7d || code === 0x5d) depth--;
  }

  return deepest;
}

function syntaxProblem(text: string): ReturnType<typeof problem> {
  const offset = locateJsonError(text);
  if (offset >= text.length) {
    return problem(
      'json/syntax',
      'The file is not valid JSON: it ends too early. Check that it is complete.',
    );
  }

  const { line, column } = lineAndColumn(text, offset);
  return problem(
    'json/syntax',
    `The file is not valid JSON at line ${line}, column ${column}. Check that it is complete and ` +
      'was not changed by hand there.',
  );
}

/** The 1-based line and column of an offset in the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function formatSize(chars: number): string {
  if (chars < 1024) return `${chars} bytes`;
  if (chars < 1024 * 1024) return `${(chars / 1024).toFixed(1)} KB`;
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}
