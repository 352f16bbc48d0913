/**
 * The mitigation plan: which controls to put in place first. Each mitigation is scored by the risk
 * it removes from the threats it covers, divided by its effort, so a cheap control that removes a
 * lot comes before an expensive one that removes a little. The plan ends with the open threats
 * nobody has decided on yet, highest risk first.
 */
import type { Mitigation, ThreatModel } from '../model/types';
import type { Effort, ThreatStatus } from '../model/vocabulary';
import { isMitigationEffective, residualRisk, type MitigationLookup } from '../risk/assess';
import { mitigationsById } from '../risk/assess';
import { rankThreats, type AssessedThreat } from '../risk/ranking';

/** Effort in units: a small control costs one, a large one three. */
export const EFFORT_UNITS: Readonly<Record<Effort, number>> = { S: 1, M: 2, L: 3 };

/** Threat statuses whose risk a control still lowers; accepted or transferred risk is settled. */
const STATUSES_WITH_RISK: ReadonlySet<ThreatStatus> = new Set(['open', 'mitigated']);

export interface PlanItem {
  /** 1 for the control to do first. */
  rank: number;
  mitigation: Mitigation;
  /** The current threats it covers, highest residual risk first. */
  threats: AssessedThreat[];
  /**
   * Risk points (sum of likelihood × impact) it removes from the threats it covers: what it
   * removes now when in place, what it would remove once in place otherwise.
   */
  riskRemoved: number;
  effortUnits: number;
  /** riskRemoved / effortUnits: the order of the plan. */
  value: number;
  /** Whether the control is implemented or verified already. */
  inPlace: boolean;
}

export interface MitigationPlan {
  /** Controls still worth tracking (all but rejected ones), best value first. */
  items: PlanItem[];
  /** Open, current threats with no control linked, highest risk first. */
  undecided: AssessedThreat[];
  /** Risk points of every current threat before and after the controls in place. */
  totals: { inherent: number; residual: number; removableByPlan: number };
}

/** Builds the plan of a model. Stale threats are left out: their rules no longer apply. */
export function buildMitigationPlan(
  model: Pick<ThreatModel, 'threats' | 'mitigations'>,
): MitigationPlan {
  const current = rankThreats(
    model.threats.filter((threat) => !threat.stale),
    model.mitigations,
  );
  const lookup = mitigationsById(model.mitigations);

  const covered = new Map<string, AssessedThreat[]>();
  for (const assessed of current) {
    for (const id of new Set(assessed.threat.mitigationIds)) {
      const list = covered.get(id);
      if (list) list.push(assessed);
      else covered.set(id, [assessed]);
    }
  }

  const items: PlanItem[] = model.mitigations
    .filter((mitigation) => mitigation.status !== 'rejected')
    .map((mitigation) => {
      const threats = covered.get(mitigation.id) ?? [];
      const riskRemoved = riskRemovedBy(mitigation, threats, lookup);
      const effortUnits = EFFORT_UNITS[mitigation.effort];
      return {
        rank: 0,
        mitigation,
        threats,
        riskRemoved,
        effortUnits,
        value: riskRemoved / effortUnits,
        inPlace: isMitigationEffective(mitigation),
      };
    })
    .sort(comparePlanItems);
  items.forEach((item, i) => (item.rank = i + 1));

  const linkedToLiveControl = (ids: readonly string[]): boolean =>
    ids.some((id) => {
      const mitigation = lookup.get(id);
      return mitigation !== undefined && mitigation.status !== 'rejected';
    });
  const undecided = current.filter(
    ({ threat }) => threat.status === 'open' && !linkedToLiveControl(threat.mitigationIds),
  );

  let inherent = 0;
  let residual = 0;
  for (const assessed of current) {
    inherent += assessed.inherent.score;
    residual += assessed.residual.score;
  }
  const removableByPlan = items
    .filter((item) => !item.inPlace)
    .reduce((sum, item) => sum + item.riskRemoved, 0);

  return { items, undecided, totals: { inherent, residual, removableByPlan } };
}

function comparePlanItems(a: PlanItem, b: PlanItem): number {
  return (
    b.value - a.value ||
    b.riskRemoved - a.riskRemoved ||
    (a.mitigation.dueDate ?? '9999-99-99').localeCompare(b.mitigation.dueDate ?? '9999-99-99') ||
    a.mitigation.title.localeCompare(b.mitigation.title) ||
    (a.mitigation.id < b.mitigation.id ? -1 : a.mitigation.id > b.mitigation.id ? 1 : 0)
  );
}

/**
 * The risk a control removes from the threats it covers: each threat's residual risk without the
 * control minus its residual risk with the control in place, other controls counted as they are.
 */
export function riskRemovedBy(
  mitigation: Mitigation,
  threats: readonly AssessedThreat[],
  lookup: MitigationLookup,
): number {
  // Views over the lookup rather than copies of it: the plan asks this once per mitigation, and
  // copying the whole map each time made large plans quadratic.
  const implemented: Mitigation = { ...mitigation, status: 'implemented' };
  const withIt: MitigationLookup = {
    get: (id) => (id === mitigation.id ? implemented : lookup.get(id)),
  };
  const withoutIt: MitigationLookup = {
    get: (id) => (id === mitigation.id ? undefined : lookup.get(id)),
  };

  let removed = 0;
  for (const { threat } of threats) {
    if (!STATUSES_WITH_RISK.has(threat.status)) continue;
    removed += residualRisk(threat, withoutIt).score - residualRisk(threat, withIt).score;
  }
  return removed;
}
