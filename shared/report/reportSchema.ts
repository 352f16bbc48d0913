/**
 * The report model: everything a report shows, worked out once from a threat model so that every
 * format (HTML, PDF, Markdown, CSV, JSON, SARIF) says the same thing. This zod schema is the one
 * definition of it; the TypeScript types are inferred from it, and `gatehouse report --format
 * json` writes exactly this shape, so programs reading that JSON can validate it with this schema
 * (or with `reportJsonSchema()`, its JSON Schema form).
 */
import { z } from 'zod';

import { RISK_BANDS } from '../risk/matrix';
import { ELEMENT_KINDS, MITIGATION_STATUSES, STRIDE, THREAT_STATUSES } from '../model/vocabulary';

/** Bumped when a field is renamed or removed; new fields do not bump it. */
export const REPORT_SCHEMA_VERSION = 1;

const band = z.enum(RISK_BANDS);
const rating = z.int().min(1).max(5);
const score = z.int().min(1).max(25);

export const reportCountSchema = z.object({
  /** The machine value: a band, a STRIDE letter or a status. */
  key: z.string(),
  label: z.string(),
  count: z.int().min(0),
});

export const reportSummarySchema = z.object({
  modelId: z.string(),
  title: z.string(),
  description: z.string(),
  owner: z.string(),
  reviewers: z.array(z.string()),
  /** The report's date, YYYY-MM-DD, as the caller gave it. */
  date: z.string(),
  modelUpdatedAt: z.string(),
  elementCount: z.int().min(0),
  threatCount: z.int().min(0),
  openThreatCount: z.int().min(0),
  /** Open, current threats by residual band, highest band first. */
  byBand: z.array(reportCountSchema),
  /** Current threats by STRIDE category, in STRIDE order. */
  byCategory: z.array(reportCountSchema),
  /** Current threats by status. */
  byStatus: z.array(reportCountSchema),
});

export const reportMitigationRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(MITIGATION_STATUSES),
});

export const reportThreatSchema = z.object({
  id: z.string(),
  /** The human number, `T-0042`. */
  number: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.enum(STRIDE),
  categoryName: z.string(),
  elementId: z.string(),
  elementName: z.string(),
  elementKind: z.enum(ELEMENT_KINDS).nullable(),
  diagramName: z.string(),
  likelihood: rating,
  impact: rating,
  inherentRisk: score,
  residualRisk: score,
  /** The band of the residual risk. */
  band: band,
  bandLabel: z.string(),
  status: z.enum(THREAT_STATUSES),
  statusLabel: z.string(),
  justification: z.string(),
  references: z.array(z.string()),
  mitigations: z.array(reportMitigationRefSchema),
  /** The rule that produced the threat, or null for one written by hand. */
  ruleId: z.string().nullable(),
  stale: z.boolean(),
});

export const reportDiagramSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** A standalone SVG document; all model text in it is escaped. */
  svg: z.string(),
  width: z.number(),
  height: z.number(),
});

export const reportMatrixCellSchema = z.object({
  likelihood: rating,
  impact: rating,
  score: score,
  band: band,
  /** Open, current threats placed by residual risk. */
  count: z.int().min(0),
});

export const reportMatrixSchema = z.object({
  basis: z.literal('residual'),
  /** 25 cells: likelihood 5 down to 1, each row impact 1 up to 5, as the matrix is drawn. */
  cells: z.array(reportMatrixCellSchema),
});

export const reportPlanItemSchema = z.object({
  rank: z.int().min(1),
  mitigationId: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(MITIGATION_STATUSES),
  statusLabel: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  /** A tracker link; only http(s) addresses are ever kept. */
  ticket: z.string().nullable(),
  effort: z.string(),
  /** Numbers (`T-0042`) of the current threats this control covers, highest risk first. */
  threatNumbers: z.array(z.string()),
  /** Risk points (sum over its threats) this control removes once it is in place. */
  riskRemoved: z.number().min(0),
});

export const reportPlanSchema = z.object({
  items: z.array(reportPlanItemSchema),
  /** Ids of open threats with no mitigation and no decision yet, highest risk first. */
  undecidedThreatIds: z.array(z.string()),
});

export const reportRegisterGroupSchema = z.object({
  elementId: z.string(),
  elementName: z.string(),
  elementKind: z.enum(ELEMENT_KINDS).nullable(),
  diagramName: z.string(),
  /** Ids of the element's current threats, highest risk first. */
  threatIds: z.array(z.string()),
});

export const reportAssumptionSchema = z.object({
  /** What the assumption is about: an element or threat name. */
  subject: z.string(),
  text: z.string(),
});

export const reportAppendixSchema = z.object({
  outOfScope: z.array(
    z.object({
      elementId: z.string(),
      name: z.string(),
      kind: z.enum(ELEMENT_KINDS),
      reason: z.string(),
    }),
  ),
  /** Ids of threats whose rule no longer applies, kept until a person removes them. */
  staleThreatIds: z.array(z.string()),
  assumptions: z.array(reportAssumptionSchema),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  summary: reportSummarySchema,
  diagrams: z.array(reportDiagramSchema),
  matrix: reportMatrixSchema,
  plan: reportPlanSchema,
  /** Every threat, current and stale, ranked: highest residual, then inherent risk, then number. */
  threats: z.array(reportThreatSchema),
  register: z.array(reportRegisterGroupSchema),
  appendix: reportAppendixSchema,
});

export type Report = z.infer<typeof reportSchema>;
export type ReportSummary = z.infer<typeof reportSummarySchema>;
export type ReportCount = z.infer<typeof reportCountSchema>;
export type ReportThreat = z.infer<typeof reportThreatSchema>;
export type ReportDiagram = z.infer<typeof reportDiagramSchema>;
export type ReportMatrix = z.infer<typeof reportMatrixSchema>;
export type ReportPlan = z.infer<typeof reportPlanSchema>;
export type ReportPlanItem = z.infer<typeof reportPlanItemSchema>;
export type ReportRegisterGroup = z.infer<typeof reportRegisterGroupSchema>;
export type ReportAppendix = z.infer<typeof reportAppendixSchema>;
export type ReportAssumption = z.infer<typeof reportAssumptionSchema>;

/** The report model's schema as a JSON Schema document (draft 2020-12), for other languages. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportSchema) as Record<string, unknown>;
}
