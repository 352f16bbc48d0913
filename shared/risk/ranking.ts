/**
 * Ranking threats for the register, the plan and the reports: highest residual risk first, then
 * highest inherent risk, then the lower threat number, so every view lists them in the same order.
 */
import type { Mitigation, Threat, ThreatModel } from '../model/types';
import { assessThreat, mitigationsById, type ThreatRisk } from './assess';

/** A threat with its risk worked out. */
export interface AssessedThreat extends ThreatRisk {
  threat: Threat;
}

/** The ranking order: negative when `a` comes before `b`. */
export function compareByRisk(a: AssessedThreat, b: AssessedThreat): number {
  return (
    b.residual.score - a.residual.score ||
    b.inherent.score - a.inherent.score ||
    a.threat.number - b.threat.number
  );
}

/** Every threat with its inherent and residual risk, in the order given. */
export function assessThreats(
  threats: readonly Threat[],
  mitigations: readonly Mitigation[],
): AssessedThreat[] {
  const lookup = mitigationsById(mitigations);
  return threats.map((threat) => ({ threat, ...assessThreat(threat, lookup) }));
}

/**
 * Threats ranked by residual risk (highest first), then inherent risk, then number.
 * @example rankThreats(model.threats, model.mitigations)[0] // the most urgent threat
 */
export function rankThreats(
  threats: readonly Threat[],
  mitigations: readonly Mitigation[],
): AssessedThreat[] {
  return assessThreats(threats, mitigations).sort(compareByRisk);
}

/** The ranked threats of a model, leaving out stale ones unless asked. */
export function rankModelThreats(
  model: Pick<ThreatModel, 'threats' | 'mitigations'>,
  options: { includeStale?: boolean } = {},
): AssessedThreat[] {
  const threats = options.includeStale
    ? model.threats
    : model.threats.filter((threat) => !threat.stale);
  return rankThreats(threats, model.mitigations);
}
