/** The report model as JSON, in the shape `reportSchema` documents. */
import type { Report } from '../reportSchema';

/** Two-space indented JSON with a newline at the end; keys in the schema's order. */
export function formatJsonReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
