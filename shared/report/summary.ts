/** The report's first page: who, when, and how many threats of each band, category and status. */
import type { ThreatModel } from '../model/types';
import { labelOf, STRIDE, STRIDE_NAMES, THREAT_STATUSES } from '../model/vocabulary';
import { bandLabel, RISK_BANDS } from '../risk/matrix';
import type { ReportCount, ReportSummary, ReportThreat } from './reportSchema';

export function buildSummary(
  model: ThreatModel,
  threats: readonly ReportThreat[],
  date: string,
): ReportSummary {
  const current = threats.filter((threat) => !threat.stale);
  const open = current.filter((threat) => threat.status === 'open');

  return {
    modelId: model.id,
    title: model.title,
    description: model.summary,
    owner: model.owner,
    reviewers: model.reviewers,
    date,
    modelUpdatedAt: model.updatedAt,
    elementCount: model.diagrams.reduce((sum, diagram) => sum + diagram.elements.length, 0),
    threatCount: current.length,
    openThreatCount: open.length,
    byBand: countBy(
      open,
      (t) => t.band,
      [...RISK_BANDS].reverse(),
      (band) => bandLabel(band),
    ),
    byCategory: countBy(
      current,
      (t) => t.category,
      STRIDE,
      (c) => STRIDE_NAMES[c],
    ),
    byStatus: countBy(current, (t) => t.status, THREAT_STATUSES, labelOf),
  };
}

function countBy<K extends string>(
  threats: readonly ReportThreat[],
  keyOf: (threat: ReportThreat) => K,
  keys: readonly K[],
  label: (key: K) => string,
): ReportCount[] {
  const counts = new Map<K, number>(keys.map((key) => [key, 0]));
  for (const threat of threats) {
    const key = keyOf(threat);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return keys.map((key) => ({ key, label: label(key), count: counts.get(key) ?? 0 }));
}
