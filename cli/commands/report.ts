/**
 * `gatehouse report MODEL --format md|html|csv|json|sarif|pdf [-o FILE] [--page-size A4|Letter]
 * [--date YYYY-MM-DD]`: the mitigation plan and threat register in one of the report formats.
 * Data goes to stdout unless `-o` names a file; PDF always needs `-o` and a Chromium.
 */
import path from 'node:path';

import { buildReport } from '../../shared/report/buildReport';
import { formatCsvReport } from '../../shared/report/formats/csvReport';
import { formatHtmlReport } from '../../shared/report/formats/htmlReport';
import { formatJsonReport } from '../../shared/report/formats/jsonReport';
import { formatMarkdownReport } from '../../shared/report/formats/markdownReport';
import { formatSarifReport } from '../../shared/report/formats/sarifReport';
import { parsePageSize, type PageSize } from '../../shared/report/print';
import { badInput, EXIT_OK, type Command } from '../command';
import type { CliIo } from '../io';
import { findChromium, NO_CHROMIUM_MESSAGE, printPdf } from '../pdf/printPdf';
import { readModelFile } from '../readModelFile';

export const REPORT_FORMATS = ['md', 'html', 'csv', 'json', 'sarif', 'pdf'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

const USAGE =
  'usage: gatehouse report MODEL --format md|html|csv|json|sarif|pdf [-o FILE] [--page-size A4|Letter] [--date YYYY-MM-DD]';

interface ReportArgs {
  file: string;
  format: ReportFormat;
  output: string | null;
  pageSize: PageSize;
  date: string | null;
}

/** Seams for tests: the clock, and the PDF printer (so tests need no browser). */
export interface ReportDeps {
  today(): string;
  findChromium(): Promise<string | null>;
  printPdf: typeof printPdf;
}

const defaultDeps: ReportDeps = {
  today: () => new Date().toISOString().slice(0, 10),
  findChromium: () => findChromium(),
  printPdf,
};

export function createReportCommand(deps: ReportDeps = defaultDeps): Command {
  return {
    name: 'report',
    usage: 'report MODEL --format md|html|csv|json|sarif|pdf [-o FILE]',
    summary: 'the mitigation plan and threat register as a report',
    run: (args, io) => runReport(args, io, deps),
  };
}

export const reportCommand = createReportCommand();

async function runReport(argv: string[], io: CliIo, deps: ReportDeps): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') return badInput(io, parsed);
  const { file, format, output, pageSize } = parsed;
  if (format === 'pdf' && output === null) {
    return badInput(io, 'a PDF is binary and is not written to the terminal; add `-o report.pdf`.');
  }

  const read = await readModelFile(io, file);
  if (!read.ok) return badInput(io, read.message);

  const date = parsed.date ?? deps.today();
  const withPictures =
    format === 'md' || format === 'html' || format === 'pdf' || format === 'json';
  const report = buildReport(read.model, { date, diagrams: withPictures });
  const summary = `${report.summary.threatCount} threats, ${report.summary.openThreatCount} open`;

  switch (format) {
    case 'pdf': {
      const chromium = await deps.findChromium();
      if (!chromium) return badInput(io, NO_CHROMIUM_MESSAGE);
      const printed = await deps.printPdf(
        formatHtmlReport(report, { pageSize }),
        pageSize,
        chromium,
      );
      if (!printed.ok) return badInput(io, printed.message);
      await io.writeBytes(output as string, printed.pdf);
      break;
    }
    case 'md': {
      const base = output ? path.basename(output).replace(/\.[^.]*$/, '') : '';
      const safeBase = base.replace(/[^A-Za-z0-9._-]+/g, '-') || 'report';
      const { markdown, files } = formatMarkdownReport(report, {
        diagramFileName: output ? (_diagram, i) => `${safeBase}-diagram-${i + 1}.svg` : () => null,
      });
      if (output) {
        for (const extra of files) {
          await io.writeText(path.join(path.dirname(output), extra.name), extra.text);
        }
      }
      await emit(io, output, markdown);
      if (!output && report.diagrams.length > 0) {
        io.stderr(`gatehouse: diagrams left out of Markdown on stdout; use -o FILE to get them.\n`);
      }
      break;
    }
    default:
      await emit(io, output, formatText(report, format, file, pageSize));
  }

  io.stderr(`${file}: ${format} report, ${summary}${output ? `, written to ${output}` : ''}\n`);
  return EXIT_OK;
}

function formatText(
  report: ReturnType<typeof buildReport>,
  format: Exclude<ReportFormat, 'pdf' | 'md'>,
  file: string,
  pageSize: PageSize,
): string {
  switch (format) {
    case 'html':
      return formatHtmlReport(report, { pageSize });
    case 'csv':
      return formatCsvReport(report);
    case 'json':
      return formatJsonReport(report);
    case 'sarif':
      return formatSarifReport(report, { artifactUri: file.split(path.sep).join('/') });
  }
}

async function emit(io: CliIo, output: string | null, text: string): Promise<void> {
  if (output) await io.writeText(output, text);
  else io.stdout(text);
}

function parseArgs(argv: string[]): ReportArgs | string {
  let file: string | undefined;
  let format: string | undefined;
  let output: string | null = null;
  let pageSize: PageSize = 'A4';
  let date: string | null = null;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = argv[i + 1];
    if (
      arg === '--format' ||
      arg === '-f' ||
      arg === '-o' ||
      arg === '--output' ||
      arg === '--page-size' ||
      arg === '--date'
    ) {
      if (value === undefined) return `${arg} needs a value. ${USAGE}`;
      i++;
      if (arg === '--format' || arg === '-f') format = value;
      else if (arg === '-o' || arg === '--output') output = value;
      else if (arg === '--page-size') {
        const size = parsePageSize(value);
        if (!size) return `unknown page size "${value}"; use A4 or Letter.`;
        pageSize = size;
      } else {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
          return `--date must be written YYYY-MM-DD, not "${value}".`;
        date = value;
      }
    } else if (arg.startsWith('-')) return `unknown option "${arg}". ${USAGE}`;
    else if (file === undefined) file = arg;
    else return `one model at a time; "${arg}" is extra. ${USAGE}`;
  }

  if (file === undefined) return USAGE;
  if (format === undefined) return `say which format with --format. ${USAGE}`;
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    return `unknown format "${format}"; use one of ${REPORT_FORMATS.join(', ')}.`;
  }
  return { file, format: format as ReportFormat, output, pageSize, date };
}
