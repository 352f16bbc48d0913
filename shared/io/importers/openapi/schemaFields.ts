/**
 * Request and response bodies as flat lists of leaf fields (`address.city`, `items[].id`), which
 * is what the API rules look at: sensitive names in responses, privileged fields in writes.
 * Composition (allOf, oneOf, anyOf) is merged; recursion stops where a schema contains itself.
 */
import type { ApiField } from '../../../model/types';
import { arrayAt, field, isObject, keysOf, objectAt, stringAt } from '../read';
import type { RefResolver } from './refResolver';

const MAX_FIELDS = 500;
const MAX_DEPTH = 10;

export function flattenFields(schema: unknown, refs: RefResolver): ApiField[] {
  const out: ApiField[] = [];
  const seenPaths = new Set<string>();
  const onPath = new Set<object>();

  const visit = (node: unknown, prefix: string, depth: number): void => {
    refs.spend();
    const resolved = refs.deref(node);
    if (!isObject(resolved) || out.length >= MAX_FIELDS || depth > MAX_DEPTH) return;
    if (onPath.has(resolved)) return;
    onPath.add(resolved);

    for (const key of ['allOf', 'oneOf', 'anyOf']) {
      for (const part of arrayAt(resolved, key)) visit(part, prefix, depth + 1);
    }
    const type = typeOf(resolved);
    const properties = objectAt(resolved, 'properties');
    if (properties && keysOf(properties).length > 0) {
      for (const name of keysOf(properties)) {
        visit(field(properties, name), prefix === '' ? name : `${prefix}.${name}`, depth + 1);
      }
    } else if (type === 'array' || field(resolved, 'items') !== undefined) {
      visit(field(resolved, 'items'), `${prefix}[]`, depth + 1);
    } else if (!hasComposition(resolved)) {
      const path = prefix === '' ? '(body)' : prefix;
      if (!seenPaths.has(path)) {
        seenPaths.add(path);
        out.push({
          path: path.slice(0, 500),
          type: (type ?? 'string').slice(0, 40),
          format: (stringAt(resolved, 'format') ?? '').slice(0, 40),
        });
      }
    }
    onPath.delete(resolved);
  };

  visit(schema, '', 0);
  return out;
}

function hasComposition(schema: object): boolean {
  return ['allOf', 'oneOf', 'anyOf'].some((key) => arrayAt(schema, key).length > 0);
}

/** A schema's type; 3.1 allows a list such as ["string", "null"]. */
export function typeOf(schema: unknown): string | undefined {
  const type = field(schema, 'type');
  if (typeof type === 'string') return type;
  if (Array.isArray(type))
    return type.find((t): t is string => typeof t === 'string' && t !== 'null');
  if (objectAt(schema, 'properties')) return 'object';
  return undefined;
}
