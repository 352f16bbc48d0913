/**
 * New and stale markers. A threat is new when generation added it and nobody has reviewed it yet,
 * stale when its rule no longer applies; either marker stays until someone reviews the threat.
 */
import type { Threat } from '../../../shared/model/types';

export type ThreatMarker = 'new' | 'stale' | null;

export function markerOf(threat: Pick<Threat, 'stale' | 'reviewed'>): ThreatMarker {
  if (threat.stale) return threat.reviewed ? null : 'stale';
  return threat.reviewed ? null : 'new';
}

export interface ReviewCounts {
  newCount: number;
  staleCount: number;
}

/** How many threats wait for review, as new and as stale. */
export function countUnreviewed(threats: readonly Threat[]): ReviewCounts {
  let newCount = 0;
  let staleCount = 0;
  for (const threat of threats) {
    const marker = markerOf(threat);
    if (marker === 'new') newCount++;
    else if (marker === 'stale') staleCount++;
  }
  return { newCount, staleCount };
}

/** "12 new, 3 stale", or "Nothing to review" when both are zero. */
export function reviewSummary({ newCount, staleCount }: ReviewCounts): string {
  if (newCount === 0 && staleCount === 0) return 'Nothing to review';
  return `${newCount} new, ${staleCount} stale`;
}
