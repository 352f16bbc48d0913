/**
 * What each element's badge on the diagram says: how many of its threats are still open and the
 * highest residual band among them. Worked out once per threats and mitigations array.
 */
import type { ThreatModel } from '../../../shared/model/types';
import { compareBands, type RiskBand } from '../../../shared/risk';
import { assessedThreatsOf } from './registerView';

export interface ElementBadge {
  open: number;
  /** The highest residual band of the open threats. */
  band: RiskBand;
}

const cache = new WeakMap<
  ThreatModel['threats'],
  { key: object; badges: Map<string, ElementBadge> }
>();

/** Badges by element id; elements without open threats have none. */
export function elementBadgesOf(
  model: Pick<ThreatModel, 'threats' | 'mitigations'>,
): ReadonlyMap<string, ElementBadge> {
  const cached = cache.get(model.threats);
  if (cached && cached.key === model.mitigations) return cached.badges;

  const badges = new Map<string, ElementBadge>();
  for (const { threat, residual } of assessedThreatsOf(model)) {
    if (threat.stale || threat.status !== 'open') continue;
    const badge = badges.get(threat.elementId);
    if (!badge) badges.set(threat.elementId, { open: 1, band: residual.band });
    else {
      badge.open++;
      if (compareBands(residual.band, badge.band) > 0) badge.band = residual.band;
    }
  }
  cache.set(model.threats, { key: model.mitigations, badges });
  return badges;
}
