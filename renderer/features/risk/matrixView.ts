/** The risk matrix's data: the heat map of the threats that count, with a name for every cell. */
import type { ThreatModel } from '../../../shared/model/types';
import {
  bandLabel,
  heatMap,
  IMPACT_LABELS,
  LIKELIHOOD_LABELS,
  type HeatMap,
  type HeatMapCell,
  type RiskBasis,
} from '../../../shared/risk';
import { assessedThreatsOf } from '../threats/registerView';

const mapCache = new WeakMap<ThreatModel['threats'], Map<string, { key: object; map: HeatMap }>>();

/**
 * The heat map of a model's threats. Stale threats are left out: their rule no longer applies, so
 * they are not part of the system's risk until a person keeps them.
 */
export function matrixOf(
  model: Pick<ThreatModel, 'threats' | 'mitigations'>,
  basis: RiskBasis,
): HeatMap {
  let byBasis = mapCache.get(model.threats);
  if (!byBasis) {
    byBasis = new Map();
    mapCache.set(model.threats, byBasis);
  }
  const cached = byBasis.get(basis);
  if (cached && cached.key === model.mitigations) return cached.map;
  const live = assessedThreatsOf(model).filter((assessed) => !assessed.threat.stale);
  const map = heatMap(live, basis);
  byBasis.set(basis, { key: model.mitigations, map });
  return map;
}

/** What a screen reader says for a cell, such as "Likely × Severe: 3 threats, critical". */
export function cellName(cell: HeatMapCell): string {
  const count = `${cell.count} ${cell.count === 1 ? 'threat' : 'threats'}`;
  return `Likelihood ${cell.likelihood} ${LIKELIHOOD_LABELS[cell.likelihood]}, impact ${cell.impact} ${IMPACT_LABELS[cell.impact]}: ${count}, ${bandLabel(cell.band).toLowerCase()} risk`;
}
