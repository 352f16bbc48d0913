/**
 * Expected failures travel as values. A `Result` is either the value or the problems that stopped
 * us from producing it; code that can fail for reasons the user can fix returns one of these
 * instead of throwing, so every caller has to decide what the user sees.
 */
export type Result<T, E = Problem> =
  { ok: true; value: T; warnings: Problem[] } | { ok: false; errors: E[]; warnings: Problem[] };

/** One thing that went wrong or looks wrong, with the place it concerns and what to do. */
export interface Problem {
  /** A stable machine-readable code, such as `format/too-large`. */
  code: string;
  /** A sentence for a person: what is wrong and what to do about it. */
  message: string;
  /** Where in the input: a JSON path such as `$.diagrams[0].elements[2].name`, or empty. */
  path: string;
}

export function ok<T>(value: T, warnings: Problem[] = []): Result<T, never> {
  return { ok: true, value, warnings };
}

export function fail<E = Problem>(errors: E[], warnings: Problem[] = []): Result<never, E> {
  return { ok: false, errors, warnings };
}

export function problem(code: string, message: string, path = ''): Problem {
  return { code, message, path };
}

/** Renders a path of keys and indices as `$.a[0].b`, the form every message uses. */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}
