import { describe, expect, it } from 'vitest';

import { createReportCommand, type ReportDeps } from '../../../cli/commands/report';
import type { CliIo } from '../../../cli/io';
import { writeModel } from '../../../shared/format/writeModel';
import { paymentsModel } from '../../support/paymentsModel';

function memoryIo(files: Record<string, string> = {}) {
  const written = new Map<string, string | Uint8Array>();
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readText: async (file) => {
      const text = files[file];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    writeText: async (file, text) => void written.set(file, text),
    writeBytes: async (file, bytes) => void written.set(file, bytes),
    fileSize: async (file) => files[file]?.length ?? 0,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  };
  return { io, written, out: () => stdout, err: () => stderr };
}

const deps = (overrides: Partial<ReportDeps> = {}): ReportDeps => ({
  today: () => '2026-03-01',
  findChromium: async () => '/fake/chromium',
  printPdf: async () => ({ ok: true, pdf: new Uint8Array([37, 80, 68, 70]) }),
  ...overrides,
});

const MODEL = { 'm.gatehouse': writeModel(paymentsModel()) };

describe('cli/commands/report', () => {
  describe('run()', () => {
    it('writes CSV to stdout and a summary to stderr', async () => {
      const { io, out, err } = memoryIo(MODEL);
      const code = await createReportCommand(deps()).run(['m.gatehouse', '--format', 'csv'], io);
      expect(code).toBe(0);
      expect(out().startsWith('ID,Threat,Element,')).toBe(true);
      expect(err()).toContain('13 threats, 9 open');
    });

    it('writes each text format to the -o file', async () => {
      for (const format of ['html', 'json', 'sarif', 'csv']) {
        const { io, written, out } = memoryIo(MODEL);
        const code = await createReportCommand(deps()).run(
          ['m.gatehouse', '--format', format, '-o', `out/r.${format}`],
          io,
        );
        expect(code).toBe(0);
        expect(out()).toBe('');
        expect(String(written.get(`out/r.${format}`)).length).toBeGreaterThan(100);
      }
    });

    it('writes Markdown with its diagram as an SVG file beside it', async () => {
      const { io, written } = memoryIo(MODEL);
      await createReportCommand(deps()).run(
        ['m.gatehouse', '--format', 'md', '-o', 'doc/r.md'],
        io,
      );
      expect([...written.keys()].sort()).toEqual(['doc/r-diagram-1.svg', 'doc/r.md']);
      expect(String(written.get('doc/r.md'))).toContain('![Checkout and refunds](r-diagram-1.svg)');
    });

    it('leaves the diagram out of Markdown on stdout and says so', async () => {
      const { io, out, err } = memoryIo(MODEL);
      await createReportCommand(deps()).run(['m.gatehouse', '--format', 'md'], io);
      expect(out()).toContain('is not included here');
      expect(err()).toContain('diagrams left out');
    });

    it('uses the date given on the command line', async () => {
      const { io, out } = memoryIo(MODEL);
      await createReportCommand(deps()).run(
        ['m.gatehouse', '--format', 'json', '--date', '2030-12-31'],
        io,
      );
      expect(JSON.parse(out()).summary.date).toBe('2030-12-31');
    });

    it('prints a PDF through the printer with the chosen page size', async () => {
      const { io, written } = memoryIo(MODEL);
      let asked = '';
      const code = await createReportCommand(
        deps({
          printPdf: async (html, size) => {
            asked = size;
            expect(html).toContain('@page{size:Letter');
            return { ok: true, pdf: new Uint8Array([1, 2]) };
          },
        }),
      ).run(['m.gatehouse', '--format', 'pdf', '-o', 'r.pdf', '--page-size', 'letter'], io);
      expect(code).toBe(0);
      expect(asked).toBe('Letter');
      expect(written.get('r.pdf')).toEqual(new Uint8Array([1, 2]));
    });

    it('exits 2 with advice when no Chromium is found for a PDF', async () => {
      const { io, err, written } = memoryIo(MODEL);
      const code = await createReportCommand(deps({ findChromium: async () => null })).run(
        ['m.gatehouse', '--format', 'pdf', '-o', 'r.pdf'],
        io,
      );
      expect(code).toBe(2);
      expect(err()).toMatch(/PDF needs a Chromium.*CHROMIUM_PATH/);
      expect(err().trim().split('\n')).toHaveLength(1);
      expect(written.size).toBe(0);
    });

    it('exits 2 with one line for bad usage and unreadable files', async () => {
      const cases = [
        [],
        ['m.gatehouse'],
        ['m.gatehouse', '--format', 'docx'],
        ['m.gatehouse', '--format', 'pdf'],
        ['m.gatehouse', '--format', 'csv', '--page-size', 'A3'],
        ['m.gatehouse', '--format', 'csv', '--date', 'tomorrow'],
        ['missing.gatehouse', '--format', 'csv'],
        ['m.gatehouse', '--format', 'csv', '--bogus'],
      ];
      for (const args of cases) {
        const { io, err } = memoryIo(MODEL);
        expect(await createReportCommand(deps()).run(args, io)).toBe(2);
        expect(err().trim().split('\n')).toHaveLength(1);
      }
    });
  });
});
