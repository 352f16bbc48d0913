/**
 * Flows whose trust-boundary crossings changed. Crossings are computed from containment, so an
 * edit far from a flow (moving its target into another zone, nesting a zone) can make it cross a
 * boundary; this is the line a reviewer most needs to see, because new threats follow from it.
 */
import { crossesBoundary, flowCrossing } from '../model/boundaries';
import type { ModelIndex } from '../model/modelIndex';
import type { DataFlowElement } from '../model/types';
import type { CrossingChange, CrossingState } from './types';

function crossingState(index: ModelIndex, flow: DataFlowElement): CrossingState | null {
  // A flow with a missing end crosses nothing we can name; lint reports it as dangling.
  if (!index.elements.has(flow.sourceId) || !index.elements.has(flow.targetId)) return null;
  const crossing = flowCrossing(index, flow);
  if (!crossesBoundary(crossing)) return null;
  return {
    zoneIds: [...crossing.leaves, ...crossing.enters].map((zone) => zone.id),
    sourceTrust: crossing.sourceTrust,
    targetTrust: crossing.targetTrust,
  };
}

function sameZones(a: CrossingState, b: CrossingState): boolean {
  if (a.zoneIds.length !== b.zoneIds.length) return false;
  const set = new Set(a.zoneIds);
  return b.zoneIds.every((id) => set.has(id));
}

/** Flows of `after` that cross boundaries differently than they did in `before`. */
export function crossingChanges(before: ModelIndex, after: ModelIndex): CrossingChange[] {
  const out: CrossingChange[] = [];

  for (const flow of after.flows) {
    const now = crossingState(after, flow);
    const previous = before.elements.get(flow.id);
    const then = previous?.kind === 'dataFlow' ? crossingState(before, previous) : null;

    if (now && !then) out.push({ flowId: flow.id, status: 'nowCrosses', before: null, after: now });
    else if (!now && then)
      out.push({ flowId: flow.id, status: 'noLongerCrosses', before: then, after: null });
    else if (now && then && !sameZones(now, then))
      out.push({ flowId: flow.id, status: 'crossesDifferently', before: then, after: now });
  }

  return out;
}
