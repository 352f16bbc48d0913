/**
 * Typed reads from parsed input of unknown shape. Files from other tools are untrusted, so every
 * read checks the type it expects and looks only at the object's own properties: a missing or
 * mistyped value becomes `undefined`, never an exception or a value inherited from a prototype.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object's own property, or undefined. */
export function field(value: unknown, key: string): unknown {
  if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  return value[key];
}

export function objectAt(value: unknown, key: string): JsonObject | undefined {
  const found = field(value, key);
  return isObject(found) ? found : undefined;
}

export function arrayAt(value: unknown, key: string): unknown[] {
  const found = field(value, key);
  return Array.isArray(found) ? found : [];
}

/** A string, or a number or boolean written as text; anything else is undefined. */
export function stringAt(value: unknown, key: string): string | undefined {
  return asString(field(value, key));
}

export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

export function numberAt(value: unknown, key: string): number | undefined {
  return asNumber(field(value, key));
}

export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  return undefined;
}

/** True for `true` and the strings "true"/"yes"; false otherwise. */
export function booleanAt(value: unknown, key: string): boolean {
  const found = field(value, key);
  if (typeof found === 'boolean') return found;
  if (typeof found === 'string') return /^(true|yes)$/i.test(found.trim());
  return false;
}

/** Own keys of an object, or none. */
export function keysOf(value: unknown): string[] {
  return isObject(value) ? Object.keys(value) : [];
}
