/**
 * The ranked mitigation plan as the report shows it: each control with its owner, due date,
 * status, the threats it covers and the risk it removes, then the open threats nobody has decided
 * on yet. The order and the figures come from the shared mitigation plan, so the app's plan view
 * and every report agree.
 */
import { formatThreatNumber } from '../model/ids';
import type { ThreatModel } from '../model/types';
import { labelOf } from '../model/vocabulary';
import { buildMitigationPlan } from '../plan/buildPlan';
import { safeHttpUrl } from './escape';
import type { ReportPlan, ReportPlanItem } from './reportSchema';

export function buildPlan(model: ThreatModel): ReportPlan {
  const plan = buildMitigationPlan(model);

  const items = plan.items.map(({ rank, mitigation, threats, riskRemoved }): ReportPlanItem => ({
    rank,
    mitigationId: mitigation.id,
    title: mitigation.title,
    description: mitigation.description,
    status: mitigation.status,
    statusLabel: labelOf(mitigation.status),
    owner: mitigation.owner,
    dueDate: mitigation.dueDate,
    ticket: safeHttpUrl(mitigation.ticket),
    effort: mitigation.effort,
    threatNumbers: threats.map(({ threat }) => formatThreatNumber(threat.number)),
    riskRemoved,
  }));

  return { items, undecidedThreatIds: plan.undecided.map(({ threat }) => threat.id) };
}
