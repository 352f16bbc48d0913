/**
 * Which service an operation belongs to: its first tag, or the first meaningful segment of its
 * path when the spec has no tags. Tags written as a hierarchy ("Identity / Auth") group by their
 * first level when that gives a handful of services instead of a dozen.
 */
import type { ApiOperation } from '../../../model/types';

export type GroupBy = 'auto' | 'tag' | 'path';

const MAX_SERVICES_BEFORE_MERGING = 6;

export function groupOperations(
  operations: readonly ApiOperation[],
  groupBy: GroupBy,
): Map<string, ApiOperation[]> {
  const tagged = operations.filter((op) => op.tags.length > 0).length;
  const useTags = groupBy === 'tag' || (groupBy === 'auto' && tagged >= operations.length / 2);
  const keyOf = useTags ? tagKeyFor(operations) : pathPrefix;

  const groups = new Map<string, ApiOperation[]>();
  for (const operation of operations) {
    const key = keyOf(operation);
    const list = groups.get(key) ?? [];
    list.push(operation);
    groups.set(key, list);
  }
  return groups;
}

function tagKeyFor(operations: readonly ApiOperation[]): (op: ApiOperation) => string {
  const full = (op: ApiOperation): string => op.tags[0]?.trim() || 'General';
  const top = (op: ApiOperation): string =>
    full(op)
      .split(/\s*[/:>|]\s*/)[0]
      ?.trim() || full(op);
  const fullCount = new Set(operations.map(full)).size;
  const topCount = new Set(operations.map(top)).size;
  return fullCount > MAX_SERVICES_BEFORE_MERGING && topCount < fullCount ? top : full;
}

/** The first path segment that names something: not `api`, not a version, not a parameter. */
export function pathPrefix(operation: ApiOperation): string {
  for (const segment of operation.path.split('/')) {
    if (segment === '' || segment.startsWith('{')) continue;
    if (/^(api|apis|rest|v\d+(\.\d+)*|public|internal|external)$/i.test(segment)) continue;
    return segment;
  }
  return 'root';
}

/** "identity" → "Identity", "user-accounts" → "User accounts". */
export function displayName(key: string): string {
  const words = key.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
