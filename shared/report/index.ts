/**
 * Reports: one report model built from a threat model, and every format written from it (HTML,
 * Markdown, CSV, JSON, SARIF; PDF is printed from the HTML by whoever has a browser).
 */
export { buildReport, threatsById, type BuildReportOptions } from './buildReport';
export * from './reportSchema';
export { formatHtmlReport, REPORT_CSP, type HtmlReportOptions } from './formats/htmlReport';
export {
  formatMarkdownReport,
  type MarkdownReport,
  type MarkdownReportOptions,
} from './formats/markdownReport';
export { formatCsvReport, CSV_COLUMNS } from './formats/csvReport';
export { formatJsonReport } from './formats/jsonReport';
export { formatSarifReport, FINGERPRINT_KEY, type SarifOptions } from './formats/sarifReport';
export { reportPrintSettings, parsePageSize, PAGE_SIZES, type PageSize } from './print';
export {
  renderDiagramSvg,
  type DiagramBadge,
  type DiagramPicture,
  type DiagramSvgOptions,
} from './svg/diagramSvg';
export { escapeHtml, escapeMarkdown, csvField, safeHttpUrl } from './escape';
