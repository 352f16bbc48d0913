/** Budgets of the reports: each text format for 5,000 threats, and a 50-page PDF. */
import { buildReport } from '../../../shared/report/buildReport';
import { formatCsvReport } from '../../../shared/report/formats/csvReport';
import { formatHtmlReport } from '../../../shared/report/formats/htmlReport';
import { formatJsonReport } from '../../../shared/report/formats/jsonReport';
import { formatMarkdownReport } from '../../../shared/report/formats/markdownReport';
import { formatSarifReport } from '../../../shared/report/formats/sarifReport';
import type { ThreatModel } from '../../../shared/model/types';
import { syntheticModel } from '../../support/syntheticModel';
import { withSyntheticThreats } from '../../support/syntheticThreats';
import { medianMs, type BenchCase } from '../measure';

const DATE = '2026-03-01';
const large = withSyntheticThreats(syntheticModel(1000), 5000);

/** From model to finished text: the report model is part of every format's cost. */
const FORMATS: Array<[string, (model: ThreatModel) => string]> = [
  ['HTML', (m) => formatHtmlReport(buildReport(m, { date: DATE }))],
  ['Markdown', (m) => formatMarkdownReport(buildReport(m, { date: DATE })).markdown],
  ['CSV', (m) => formatCsvReport(buildReport(m, { date: DATE, diagrams: false }))],
  ['JSON', (m) => formatJsonReport(buildReport(m, { date: DATE }))],
  ['SARIF', (m) => formatSarifReport(buildReport(m, { date: DATE, diagrams: false }))],
];

const cases: BenchCase[] = FORMATS.map(([name, format]) => ({
  name: `${name} report, 5,000 threats`,
  budgetMs: 300,
  run: () => medianMs(() => format(large), 7, 3),
}));

if (!process.env.BENCH_SKIP_PDF)
  cases.push({
    name: 'PDF report, about 50 pages (headless Chromium)',
    budgetMs: 5000,
    run: async () => {
      const { findChromium, printPdf } = await import('../../../cli/pdf/printPdf');
      const chromium = await findChromium();
      if (!chromium) {
        process.stderr.write('bench: no Chromium found, PDF budget skipped (reported as 0 ms).\n');
        return 0;
      }
      const model = withSyntheticThreats(syntheticModel(80), 250);
      const html = formatHtmlReport(buildReport(model, { date: DATE }));
      let pages = 0;
      const ms = await medianMs(
        async () => {
          const printed = await printPdf(html, 'A4', chromium);
          if (!printed.ok) throw new Error(printed.message);
          pages = countPdfPages(printed.pdf);
        },
        3,
        1,
      );
      process.stderr.write(`bench: the PDF has ${pages} pages.\n`);
      return ms;
    },
  });

/** Page count of a PDF, read from its page objects. */
function countPdfPages(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  return (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export default cases;
