/**
 * What the Export dialog produces for each format: the report built from the open model, written
 * in the chosen format, ready to hand to the host. Pure apart from the clock passed in, so it is
 * tested without a browser.
 */
import type { ExportFormat } from '../../../shared/host/contract';
import type { ThreatModel } from '../../../shared/model/types';
import { buildReport } from '../../../shared/report/buildReport';
import { formatCsvReport } from '../../../shared/report/formats/csvReport';
import { formatHtmlReport } from '../../../shared/report/formats/htmlReport';
import { formatJsonReport } from '../../../shared/report/formats/jsonReport';
import { formatMarkdownReport } from '../../../shared/report/formats/markdownReport';
import { formatSarifReport } from '../../../shared/report/formats/sarifReport';
import type { Report, ReportDiagram } from '../../../shared/report/reportSchema';
import type { PageSize } from '../../../shared/report/print';

export const EXPORT_CHOICES = [
  { id: 'pdf', label: 'PDF', hint: 'for management, printed from the HTML report' },
  { id: 'html', label: 'HTML', hint: 'one self-contained page, for a wiki or e-mail' },
  { id: 'md', label: 'Markdown', hint: 'for a wiki or pull request; diagrams left out' },
  { id: 'csv', label: 'CSV', hint: 'one row per threat, for Jira or Azure DevOps' },
  { id: 'json', label: 'JSON', hint: 'the report model, for other programs' },
  { id: 'sarif', label: 'SARIF', hint: 'open threats, for code scanning' },
  {
    id: 'png',
    label: 'Diagram as PNG',
    hint: 'the open diagram with its threat badges, for slides',
  },
] as const;
export type ExportChoice = (typeof EXPORT_CHOICES)[number]['id'];

export type ExportOutput =
  | { kind: 'file'; format: ExportFormat; suggestedName: string; text: string }
  | { kind: 'pdf'; suggestedName: string; html: string }
  | { kind: 'png'; suggestedName: string; picture: ReportDiagram };

/** The report of the model for a date; the slow step for large models, done once per dialog. */
export function reportOf(model: ThreatModel, date: string): Report {
  return buildReport(model, { date });
}

/** The report written in the chosen format; a PNG is of `diagramId`, or the first diagram. */
export function exportOutput(
  report: Report,
  choice: ExportChoice,
  pageSize: PageSize,
  diagramId?: string,
): ExportOutput {
  const base = `${fileBase(report.summary.title)}-report`;
  switch (choice) {
    case 'pdf':
      return {
        kind: 'pdf',
        suggestedName: `${base}.pdf`,
        html: formatHtmlReport(report, { pageSize }),
      };
    case 'html':
      return file('html', base, formatHtmlReport(report, { pageSize }));
    case 'md':
      return file('md', base, formatMarkdownReport(report).markdown);
    case 'csv':
      return file('csv', base, formatCsvReport(report));
    case 'json':
      return file('json', base, formatJsonReport(report));
    case 'sarif':
      return file('sarif', base, formatSarifReport(report));
    case 'png': {
      // A model always has a diagram (the schema asks for one).
      const picture = (report.diagrams.find((diagram) => diagram.id === diagramId) ??
        report.diagrams[0]) as ReportDiagram;
      const name = `${fileBase(report.summary.title)}-${fileBase(picture.name)}.png`;
      return { kind: 'png', suggestedName: name, picture };
    }
  }
}

function file(format: ExportFormat, base: string, text: string): ExportOutput {
  return { kind: 'file', format, suggestedName: `${base}.${format}`, text };
}

/** A plain file name from a model title: letters, digits and dashes only. */
export function fileBase(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\- ]+/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 80);
  return base || 'threat-model';
}

/** Today's date as YYYY-MM-DD in the user's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
