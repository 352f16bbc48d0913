/**
 * The report's style sheet, inlined in the page. Screen and print share it; the print rules keep
 * a diagram on one page, repeat table headers on every page and number the pages.
 */
import { BAND_COLORS, BAND_TEXT_COLORS } from '../bandColors';
import { cssString } from '../escape';
import { RISK_BANDS } from '../../risk/matrix';

/** Paper sizes a report prints on. */
export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** Printable height of each paper size inside the page margins, for the tallest diagram. */
const DIAGRAM_MAX_HEIGHT: Readonly<Record<PageSize, string>> = { A4: '225mm', Letter: '205mm' };

export function reportStyles(pageSize: PageSize, footerTitle: string): string {
  const bands = RISK_BANDS.map(
    (band) => `.band-${band}{background:${BAND_COLORS[band]};color:${BAND_TEXT_COLORS[band]}}`,
  ).join('\n');

  return `
@page{size:${pageSize};margin:16mm 14mm 18mm 14mm;
  @bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt 'Liberation Sans',Arial,sans-serif;color:#6b7280}
  @bottom-left{content:${cssString(footerTitle)};font:9pt 'Liberation Sans',Arial,sans-serif;color:#6b7280}}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:1100px;padding:24px;font:10.5pt/1.45 'Liberation Sans','Helvetica Neue',Arial,sans-serif;color:#1f2937;background:#fff}
h1{font-size:22pt;margin:0 0 4px}
h2{font-size:15pt;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid #e5e7eb;break-after:avoid}
h3{font-size:12pt;margin:18px 0 6px;break-after:avoid}
p{margin:6px 0}
a{color:#1d4ed8;text-decoration:none}
.subtitle{color:#4b5563;margin:0 0 14px}
.muted{color:#6b7280}
.nowrap{white-space:nowrap}
.small{font-size:9pt}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:10px 0 16px}
dl.meta dt{font-weight:bold;color:#374151}
dl.meta dd{margin:0}
.kpis{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0 14px}
.kpi{border:1px solid #e5e7eb;border-radius:6px;padding:8px 12px;min-width:110px}
.kpi b{display:block;font-size:18pt}
.counts{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}
.counts table{width:auto;min-width:220px}
table{width:100%;border-collapse:collapse;margin:8px 0 14px;font-size:9.5pt}
thead{display:table-header-group}
tr{break-inside:avoid}
th,td{border:1px solid #d1d5db;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f3f4f6;font-weight:bold}
td.num,th.num{text-align:right;white-space:nowrap}
.chip{display:inline-block;border-radius:9px;padding:0 7px;font-size:8.5pt;font-weight:bold;white-space:nowrap}
${bands}
.status-open{font-weight:bold}
.desc{color:#4b5563;font-size:8.5pt;margin-top:2px}
figure.diagram{margin:10px 0 18px;break-inside:avoid;page-break-inside:avoid}
figure.diagram svg{display:block;width:100%;height:auto;max-height:${DIAGRAM_MAX_HEIGHT[pageSize]};border:1px solid #e5e7eb}
figcaption{font-size:9pt;color:#4b5563;margin-top:4px}
table.matrix{width:auto;break-inside:avoid}
table.matrix td{width:62px;height:40px;text-align:center;vertical-align:middle;font-weight:bold;font-size:11pt}
table.matrix td.empty{opacity:.35}
table.matrix th{font-size:8.5pt;text-align:center;vertical-align:middle}
section{break-inside:auto}
section.element{break-inside:auto}
div.refs{font-size:8pt;margin-top:3px;overflow-wrap:anywhere}
table.register{table-layout:fixed}
table.register td{overflow-wrap:break-word;font-size:9pt}
table.register td:first-child{white-space:nowrap}
table.register th{font-size:8.5pt}
.page-break{break-before:page}
@media print{body{max-width:none;padding:0}h2{break-after:avoid}}
`;
}
