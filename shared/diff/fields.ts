/**
 * The granularity of diff and merge: a "field" is a top-level key of an element, threat or
 * mitigation, except for nested objects listed as split (an element's `properties`), whose keys
 * are fields of their own. So changing a flow's protocol on one branch and its data tags on
 * another merges cleanly, and a diff says `properties.protocol: HTTP → HTTPS`.
 */
import { jsonEqual } from './json';

type Entity = Record<string, unknown>;

/** Which nested objects are split into fields of their own, per kind of thing. */
export const ELEMENT_SPLIT: ReadonlySet<string> = new Set(['properties']);
export const NO_SPLIT: ReadonlySet<string> = new Set();

/** Keys that identify a thing rather than describe it; never reported or merged as fields. */
const IDENTITY_KEYS: ReadonlySet<string> = new Set(['id', 'kind']);

/** A field path such as `name` or `properties.protocol`, with the value at each side. */
export interface FieldDifference {
  path: string;
  before: unknown;
  after: unknown;
}

/** The fields that differ between two versions of one thing, in key order. */
export function fieldDifferences(
  before: Entity,
  after: Entity,
  split: ReadonlySet<string>,
): FieldDifference[] {
  const out: FieldDifference[] = [];
  for (const key of unionKeys(before, after)) {
    if (IDENTITY_KEYS.has(key)) continue;
    const left = before[key];
    const right = after[key];
    if (split.has(key) && isPlainObject(left) && isPlainObject(right)) {
      for (const inner of unionKeys(left, right)) {
        if (!jsonEqual(left[inner], right[inner]))
          out.push({ path: `${key}.${inner}`, before: left[inner], after: right[inner] });
      }
    } else if (!jsonEqual(left, right)) {
      out.push({ path: key, before: left, after: right });
    }
  }
  return out;
}

/** Every field path of a thing, as `fieldDifferences` would name them. */
export function fieldPaths(entity: Entity, split: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(entity)) {
    if (IDENTITY_KEYS.has(key)) continue;
    const value = entity[key];
    if (split.has(key) && isPlainObject(value))
      for (const inner of Object.keys(value)) out.push(`${key}.${inner}`);
    else out.push(key);
  }
  return out;
}

/** The value at a field path, or undefined. */
export function getField(entity: Entity, path: string): unknown {
  const dot = path.indexOf('.');
  if (dot < 0) return entity[path];
  const outer = entity[path.slice(0, dot)];
  return isPlainObject(outer) ? outer[path.slice(dot + 1)] : undefined;
}

/** Sets (or, with undefined, deletes) the value at a field path, in place. */
export function setField(entity: Entity, path: string, value: unknown): void {
  const dot = path.indexOf('.');
  if (dot < 0) {
    assign(entity, path, value);
    return;
  }
  const key = path.slice(0, dot);
  let outer = entity[key];
  if (!isPlainObject(outer)) {
    outer = {};
    entity[key] = outer;
  }
  assign(outer as Entity, path.slice(dot + 1), value);
}

function assign(target: Entity, key: string, value: unknown): void {
  // Paths come from files other people wrote (conflict records); never touch the prototype chain.
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
  if (value === undefined) delete target[key];
  else target[key] = value;
}

function unionKeys(a: Entity, b: Entity): string[] {
  const keys = Object.keys(a);
  for (const key of Object.keys(b))
    if (!Object.prototype.hasOwnProperty.call(a, key)) keys.push(key);
  return keys;
}

export function isPlainObject(value: unknown): value is Entity {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
