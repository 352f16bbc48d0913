/**
 * Builds the report model from a threat model: the one place where what a report says is decided.
 * Every format only lays this out, so a PDF and a CSV of the same model never disagree.
 */
import { indexModel } from '../model/modelIndex';
import type { ThreatModel } from '../model/types';
import { heatMap } from '../risk/heatMap';
import { buildAppendix } from './appendix';
import { buildDiagrams } from './diagrams';
import { buildPlan } from './planSection';
import { buildRegister } from './register';
import { rankedReportThreats } from './reportThreats';
import { REPORT_SCHEMA_VERSION, type Report } from './reportSchema';
import { buildSummary } from './summary';

export interface BuildReportOptions {
  /** The report's date, YYYY-MM-DD. An input rather than the clock, so reports are reproducible. */
  date: string;
  /** Draws the diagram pictures; on by default. Formats without pictures can skip the work. */
  diagrams?: boolean;
}

/**
 * The report model of a threat model. Pure and deterministic: the same model and date always give
 * the same report.
 *
 * @example buildReport(model, { date: '2026-03-01' }).summary.openThreatCount
 */
export function buildReport(model: ThreatModel, options: BuildReportOptions): Report {
  const index = indexModel(model);
  const { assessed, threats } = rankedReportThreats(model);
  const openCurrent = assessed.filter(({ threat }) => !threat.stale && threat.status === 'open');
  const matrix = heatMap(openCurrent, 'residual');

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    summary: buildSummary(model, threats, options.date),
    diagrams: options.diagrams === false ? [] : buildDiagrams(model, threats),
    matrix: {
      basis: 'residual',
      cells: matrix.cells.map(({ likelihood, impact, score, band, count }) => ({
        likelihood,
        impact,
        score,
        band,
        count,
      })),
    },
    plan: buildPlan(model),
    threats,
    register: buildRegister(index, threats),
    appendix: buildAppendix(index, threats),
  };
}

/** A lookup of the report's threats by id, for formats that follow the register's references. */
export function threatsById(report: Report): Map<string, Report['threats'][number]> {
  return new Map(report.threats.map((threat) => [threat.id, threat]));
}
