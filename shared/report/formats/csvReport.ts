/**
 * The threat register as CSV, one row per current threat. The columns and their order are a
 * contract that trackers (Jira, Azure DevOps) and scripts rely on: change them only with
 * DESIGN.md. Cells are quoted per RFC 4180 and formula characters are neutralised.
 */
import { labelOf } from '../../model/vocabulary';
import { csvField } from '../escape';
import type { Report, ReportThreat } from '../reportSchema';

/** The header row, exactly as DESIGN.md lists it. */
export const CSV_COLUMNS = [
  'ID',
  'Threat',
  'Element',
  'Element kind',
  'Category',
  'Likelihood',
  'Impact',
  'Inherent risk',
  'Residual risk',
  'Band',
  'Status',
  'Mitigations',
  'References',
  'Rule',
] as const;

/** Stale threats stay out: their rule no longer applies, so a tracker should not get them. */
export function formatCsvReport(report: Report): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const threat of report.threats) {
    if (!threat.stale) lines.push(csvRow(threat).map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function csvRow(threat: ReportThreat): Array<string | number> {
  return [
    threat.number,
    threat.title,
    threat.elementName,
    threat.elementKind ? labelOf(threat.elementKind) : '',
    threat.categoryName,
    threat.likelihood,
    threat.impact,
    threat.inherentRisk,
    threat.residualRisk,
    threat.bandLabel,
    threat.statusLabel,
    threat.mitigations.map((mitigation) => mitigation.title).join('; '),
    threat.references.join('; '),
    threat.ruleId ?? 'manual',
  ];
}
