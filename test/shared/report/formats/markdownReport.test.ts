import { describe, expect, it } from 'vitest';

import { buildReport } from '../../../../shared/report/buildReport';
import { formatMarkdownReport } from '../../../../shared/report/formats/markdownReport';
import { ATTACKS, hostileModel } from '../../../support/hostileModel';
import { paymentsModel } from '../../../support/paymentsModel';

const report = buildReport(paymentsModel(), { date: '2026-03-01' });

describe('report/formats/markdownReport', () => {
  describe('formatMarkdownReport()', () => {
    it('writes GFM tables for the plan and the register', () => {
      const { markdown } = formatMarkdownReport(report);
      expect(markdown).toContain(
        '| # | Mitigation | Status | Owner | Due | Effort | Threats | Risk removed |',
      );
      expect(markdown).toContain('### API gateway (Process)');
      expect(markdown).toContain('[CWE-287](<https://cwe.mitre.org/data/definitions/287.html>)');
      expect(markdown.endsWith('\n')).toBe(true);
    });

    it('leaves the diagram out with a note when there is no file to write it to', () => {
      const { markdown, files } = formatMarkdownReport(report);
      expect(files).toEqual([]);
      expect(markdown).toContain('is not included here');
    });

    it('refers to the diagram as an SVG file beside the document when given a name', () => {
      const { markdown, files } = formatMarkdownReport(report, {
        diagramFileName: (_d, i) => `report-diagram-${i + 1}.svg`,
      });
      expect(files).toEqual([{ name: 'report-diagram-1.svg', text: report.diagrams[0]!.svg }]);
      expect(markdown).toContain('![Checkout and refunds](report-diagram-1.svg)');
    });

    it('refuses a diagram file name that could be a path or a link', () => {
      const { files } = formatMarkdownReport(report, { diagramFileName: () => '../x.svg' });
      expect(files).toEqual([]);
    });

    it('keeps every hostile text inert: no raw HTML, no script links, no broken rows', () => {
      const { markdown } = formatMarkdownReport(
        buildReport(hostileModel(), { date: '2026-03-01' }),
      );
      const withoutLinks = markdown.replace(/\]\(<https?:\/\/[^>\s]+>\)/g, '](link)');
      expect(withoutLinks).not.toMatch(/(^|[^\\])</m);
      expect(markdown).not.toMatch(/\]\((?!<https?:)/);
      expect(markdown).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
      for (const line of markdown.split('\n').filter((l) => l.startsWith('| T-'))) {
        const cells = line.replace(/\\\|/g, '').split('|').length - 2;
        expect(cells).toBe(11);
      }
      expect(ATTACKS.length).toBeGreaterThan(10);
    });
  });
});
