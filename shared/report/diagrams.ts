/** The report's pictures: each diagram with a badge on every element that has open threats. */
import type { ThreatModel } from '../model/types';
import { compareBands, type RiskBand } from '../risk/matrix';
import { bandLabel } from '../risk/matrix';
import { BAND_COLORS } from './bandColors';
import type { ReportDiagram, ReportThreat } from './reportSchema';
import { renderDiagramSvg, type DiagramBadge } from './svg/diagramSvg';

export function buildDiagrams(
  model: ThreatModel,
  threats: readonly ReportThreat[],
): ReportDiagram[] {
  const badges = openThreatBadges(threats);
  return model.diagrams.map((diagram, i) => {
    const picture = renderDiagramSvg(diagram, model.layout, { badges, idPrefix: `dfd${i + 1}` });
    return { id: diagram.id, name: diagram.name, ...picture };
  });
}

/** Per element: how many open threats it has, coloured by the highest band among them. */
export function openThreatBadges(threats: readonly ReportThreat[]): Map<string, DiagramBadge> {
  const tally = new Map<string, { count: number; highest: RiskBand }>();
  for (const threat of threats) {
    if (threat.stale || threat.status !== 'open') continue;
    const entry = tally.get(threat.elementId);
    if (!entry) tally.set(threat.elementId, { count: 1, highest: threat.band });
    else {
      entry.count++;
      if (compareBands(threat.band, entry.highest) > 0) entry.highest = threat.band;
    }
  }

  const badges = new Map<string, DiagramBadge>();
  for (const [elementId, { count, highest }] of tally) {
    badges.set(elementId, {
      count,
      color: BAND_COLORS[highest],
      label: `${count} open ${count === 1 ? 'threat' : 'threats'}, highest: ${bandLabel(highest)}`,
    });
  }
  return badges;
}
