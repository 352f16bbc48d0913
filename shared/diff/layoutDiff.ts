/** Layout changes (positions, sizes, routes, viewports), compared only when a caller asks. */
import type { Layout } from '../model/types';
import { jsonEqual } from './json';
import type { LayoutChange, LayoutPart } from './types';

const PARTS: readonly LayoutPart[] = ['nodes', 'edges', 'viewports'];

/** Every layout entry added, removed or changed, part by part, in key order. */
export function diffLayout(before: Layout, after: Layout): LayoutChange[] {
  const out: LayoutChange[] = [];
  for (const part of PARTS) {
    const old: Record<string, LayoutChange['after']> = before[part];
    const now: Record<string, LayoutChange['after']> = after[part];
    for (const id of Object.keys(old)) {
      const then = old[id] ?? null;
      const next = Object.prototype.hasOwnProperty.call(now, id) ? (now[id] ?? null) : null;
      if (!jsonEqual(then, next)) out.push({ part, id, before: then, after: next });
    }
    for (const id of Object.keys(now)) {
      if (!Object.prototype.hasOwnProperty.call(old, id))
        out.push({ part, id, before: null, after: now[id] ?? null });
    }
  }
  return out;
}
