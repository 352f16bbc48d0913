/**
 * Trust boundaries and what crosses them. Containment is semantic (each element names the zone it
 * sits in), so which flows cross which boundaries is computed, never drawn, and a moved box cannot
 * silently change the threats.
 */
import type { ModelIndex } from './modelIndex';
import type { DataFlowElement, TrustBoundaryElement } from './types';

/** Trust of the space outside every zone: the open internet. */
export const OUTSIDE_TRUST_LEVEL = 0;

/**
 * The zones around an element, innermost first. Stops at a cycle or a missing zone, which lint
 * reports, rather than looping.
 */
export function zoneChain(index: ModelIndex, elementId: string): TrustBoundaryElement[] {
  const chain: TrustBoundaryElement[] = [];
  const seen = new Set<string>([elementId]);
  let current = index.elements.get(elementId);

  while (current && current.kind !== 'dataFlow' && current.boundaryId !== null) {
    const zone = index.elements.get(current.boundaryId);
    if (!zone || zone.kind !== 'trustBoundary' || seen.has(zone.id)) break;
    chain.push(zone);
    seen.add(zone.id);
    current = zone;
  }

  return chain;
}

/** The trust level an element lives at: that of its innermost zone, or the outside's. */
export function trustLevelOf(index: ModelIndex, elementId: string): number {
  return zoneChain(index, elementId)[0]?.properties.trustLevel ?? OUTSIDE_TRUST_LEVEL;
}

export interface BoundaryCrossing {
  /** Zones the flow leaves, innermost first. */
  leaves: TrustBoundaryElement[];
  /** Zones the flow enters, outermost first. */
  enters: TrustBoundaryElement[];
  sourceTrust: number;
  targetTrust: number;
}

/**
 * The zones a flow passes through on its way from source to target. A flow between two elements in
 * the same zone crosses nothing; one from the internet into a nested zone enters both zones.
 */
export function flowCrossing(index: ModelIndex, flow: DataFlowElement): BoundaryCrossing {
  const sourceChain = zoneChain(index, flow.sourceId);
  const targetChain = zoneChain(index, flow.targetId);
  const shared = new Set(
    sourceChain.map((zone) => zone.id).filter((id) => targetChain.some((z) => z.id === id)),
  );

  return {
    leaves: sourceChain.filter((zone) => !shared.has(zone.id)),
    enters: targetChain.filter((zone) => !shared.has(zone.id)).reverse(),
    sourceTrust: sourceChain[0]?.properties.trustLevel ?? OUTSIDE_TRUST_LEVEL,
    targetTrust: targetChain[0]?.properties.trustLevel ?? OUTSIDE_TRUST_LEVEL,
  };
}

/** Whether the flow crosses at least one trust boundary. */
export function crossesBoundary(crossing: BoundaryCrossing): boolean {
  return crossing.leaves.length > 0 || crossing.enters.length > 0;
}
