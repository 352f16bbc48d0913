/**
 * The ranked mitigation plan as the report shows it: each control with its owner, due date,
 * status, the threats it covers and the risk it removes, then the open threats nobody has decided
 * on yet.
 *
 * TODO: take the ordering and the risk removed from the shared mitigation plan once it exists, so
 * the app's plan view and the reports cannot drift; until then this composes the risk module's own
 * residual-risk function and ranks by risk removed per unit of effort, as DESIGN.md describes.
 */
import { formatThreatNumber } from '../model/ids';
import type { Mitigation, ThreatModel } from '../model/types';
import { labelOf, type Effort } from '../model/vocabulary';
import { mitigationsById, residualRisk, type MitigationLookup } from '../risk/assess';
import type { AssessedThreat } from '../risk/ranking';
import { safeHttpUrl } from './escape';
import type { ReportPlan, ReportPlanItem } from './reportSchema';

const EFFORT_WEIGHT: Readonly<Record<Effort, number>> = { S: 1, M: 2, L: 3 };

export function buildPlan(model: ThreatModel, ranked: readonly AssessedThreat[]): ReportPlan {
  const current = ranked.filter(({ threat }) => !threat.stale);
  const byMitigation = new Map<string, AssessedThreat[]>();
  for (const assessed of current) {
    for (const id of new Set(assessed.threat.mitigationIds)) {
      const list = byMitigation.get(id);
      if (list) list.push(assessed);
      else byMitigation.set(id, [assessed]);
    }
  }

  const lookup = mitigationsById(model.mitigations);
  const scored = model.mitigations
    .filter((mitigation) => mitigation.status !== 'rejected')
    .map((mitigation) => {
      const covered = byMitigation.get(mitigation.id) ?? [];
      return { mitigation, covered, removed: riskRemovedBy(mitigation, covered, lookup) };
    })
    .sort(
      (a, b) =>
        b.removed / EFFORT_WEIGHT[b.mitigation.effort] -
          a.removed / EFFORT_WEIGHT[a.mitigation.effort] ||
        b.removed - a.removed ||
        (a.mitigation.dueDate ?? '9999').localeCompare(b.mitigation.dueDate ?? '9999') ||
        (a.mitigation.id < b.mitigation.id ? -1 : 1),
    );

  const items = scored.map(({ mitigation, covered, removed }, i): ReportPlanItem => ({
    rank: i + 1,
    mitigationId: mitigation.id,
    title: mitigation.title,
    description: mitigation.description,
    status: mitigation.status,
    statusLabel: labelOf(mitigation.status),
    owner: mitigation.owner,
    dueDate: mitigation.dueDate,
    ticket: safeHttpUrl(mitigation.ticket),
    effort: mitigation.effort,
    threatNumbers: covered.map(({ threat }) => formatThreatNumber(threat.number)),
    riskRemoved: removed,
  }));

  const undecidedThreatIds = current
    .filter(({ threat }) => threat.status === 'open' && threat.mitigationIds.length === 0)
    .map(({ threat }) => threat.id);

  return { items, undecidedThreatIds };
}

/**
 * Risk points the control removes from the open threats it covers: for one already in place, what
 * it removes now; for one still to do, what it would remove once in place.
 */
function riskRemovedBy(
  mitigation: Mitigation,
  covered: readonly AssessedThreat[],
  lookup: MitigationLookup,
): number {
  const withIt = overlay(lookup, mitigation.id, { ...mitigation, status: 'implemented' });
  const withoutIt = overlay(lookup, mitigation.id, undefined);

  let removed = 0;
  for (const { threat } of covered) {
    if (threat.status !== 'open' && threat.status !== 'mitigated') continue;
    removed += residualRisk(threat, withoutIt).score - residualRisk(threat, withIt).score;
  }
  return removed;
}

/**
 * The lookup with one mitigation replaced (or removed, for undefined), without copying it: the
 * plan asks this once per mitigation, and copying the whole lookup each time is quadratic.
 */
function overlay(
  lookup: MitigationLookup,
  id: string,
  replacement: Mitigation | undefined,
): MitigationLookup {
  const view: Pick<MitigationLookup, 'get' | 'has'> = {
    get: (key) => (key === id ? replacement : lookup.get(key)),
    has: (key) => (key === id ? replacement !== undefined : lookup.has(key)),
  };
  // residualRisk only looks mitigations up by id; the rest of the map interface is not needed.
  return view as MitigationLookup;
}
