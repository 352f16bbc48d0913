/**
 * Inherent and residual risk of a threat. Inherent risk is the threat's own rating; residual risk
 * applies the reductions of the mitigations that are actually in place (implemented or verified).
 * A proposed or planned control removes nothing yet.
 */
import type { Mitigation, Threat } from '../model/types';
import type { MitigationStatus } from '../model/vocabulary';
import { bandOf, clampRating, type Rating, type RiskBand } from './matrix';

/** A likelihood and impact pair with its score and band. */
export interface RiskRating {
  likelihood: Rating;
  impact: Rating;
  /** likelihood × impact, 1 to 25. */
  score: number;
  band: RiskBand;
}

/** The risk of one threat, before and after the mitigations in place. */
export interface ThreatRisk {
  inherent: RiskRating;
  residual: RiskRating;
}

/** Mitigations by id, as `mitigationsById` builds them. */
/** Finds a mitigation by id; a Map of the model's mitigations is the usual one. */
export type MitigationLookup = Pick<ReadonlyMap<string, Mitigation>, 'get'>;

/** Mitigation statuses whose reduction counts towards residual risk. */
export const EFFECTIVE_MITIGATION_STATUSES: ReadonlySet<MitigationStatus> = new Set([
  'implemented',
  'verified',
]);

/** Whether a mitigation is in place, so that its reduction counts. */
export function isMitigationEffective(mitigation: Pick<Mitigation, 'status'>): boolean {
  return EFFECTIVE_MITIGATION_STATUSES.has(mitigation.status);
}

/** A lookup of mitigations by id. */
export function mitigationsById(mitigations: readonly Mitigation[]): MitigationLookup {
  return new Map(mitigations.map((mitigation) => [mitigation.id, mitigation]));
}

/**
 * A rating built from a likelihood and an impact, each held on the 1 to 5 scale.
 * @example rateRisk(4, 5) // { likelihood: 4, impact: 5, score: 20, band: 'critical' }
 */
export function rateRisk(likelihood: number, impact: number): RiskRating {
  const l = clampRating(likelihood);
  const i = clampRating(impact);
  const score = l * i;
  return { likelihood: l, impact: i, score, band: bandOf(score) };
}

/** The inherent risk of a threat: its likelihood times its impact. */
export function inherentRisk(threat: Pick<Threat, 'likelihood' | 'impact'>): RiskRating {
  return rateRisk(threat.likelihood, threat.impact);
}

/**
 * The residual risk of a threat. Each linked mitigation that is implemented or verified lowers
 * likelihood and impact by its `reduction`; reductions add up (controls are layers), and neither
 * rating goes below 1, so residual risk is never below 1. Links to unknown mitigations are ignored.
 */
export function residualRisk(
  threat: Pick<Threat, 'likelihood' | 'impact' | 'mitigationIds'>,
  mitigations: MitigationLookup,
): RiskRating {
  let likelihood = threat.likelihood;
  let impact = threat.impact;

  // A threat linked twice to one control gets its reduction once.
  const counted = new Set<string>();
  for (const id of threat.mitigationIds) {
    const mitigation = mitigations.get(id);
    if (!mitigation || counted.has(id) || !isMitigationEffective(mitigation)) continue;
    counted.add(id);
    likelihood -= mitigation.reduction.likelihood;
    impact -= mitigation.reduction.impact;
  }

  return rateRisk(likelihood, impact);
}

/** Inherent and residual risk of one threat. */
export function assessThreat(
  threat: Pick<Threat, 'likelihood' | 'impact' | 'mitigationIds'>,
  mitigations: MitigationLookup,
): ThreatRisk {
  return { inherent: inherentRisk(threat), residual: residualRisk(threat, mitigations) };
}
