/** The report's view of each threat: its risk, its element and its controls, ranked. */
import { indexModel } from '../model/modelIndex';
import { formatThreatNumber } from '../model/ids';
import type { ThreatModel } from '../model/types';
import { labelOf, STRIDE_NAMES } from '../model/vocabulary';
import { bandLabel } from '../risk/matrix';
import { rankThreats, type AssessedThreat } from '../risk/ranking';
import type { ReportThreat } from './reportSchema';

/** Every threat of the model, stale ones included, in rank order, with its risk worked out. */
export function rankedReportThreats(model: ThreatModel): {
  assessed: AssessedThreat[];
  threats: ReportThreat[];
} {
  const index = indexModel(model);
  const mitigations = new Map(model.mitigations.map((m) => [m.id, m]));
  const assessed = rankThreats(model.threats, model.mitigations);

  const threats = assessed.map(({ threat, inherent, residual }): ReportThreat => {
    const element = index.elements.get(threat.elementId);
    return {
      id: threat.id,
      number: formatThreatNumber(threat.number),
      title: threat.title,
      description: threat.description,
      category: threat.category,
      categoryName: STRIDE_NAMES[threat.category],
      elementId: threat.elementId,
      elementName: element?.name || threat.elementId,
      elementKind: element?.kind ?? null,
      diagramName: index.diagramOf.get(threat.elementId)?.name ?? '',
      likelihood: inherent.likelihood,
      impact: inherent.impact,
      inherentRisk: inherent.score,
      residualRisk: residual.score,
      band: residual.band,
      bandLabel: bandLabel(residual.band),
      status: threat.status,
      statusLabel: labelOf(threat.status),
      justification: threat.justification,
      references: threat.references,
      mitigations: threat.mitigationIds.flatMap((id) => {
        const mitigation = mitigations.get(id);
        return mitigation ? [{ id, title: mitigation.title, status: mitigation.status }] : [];
      }),
      ruleId: threat.ruleId,
      stale: threat.stale,
    };
  });

  return { assessed, threats };
}
