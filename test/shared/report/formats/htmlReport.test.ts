import { describe, expect, it } from 'vitest';

import { buildReport } from '../../../../shared/report/buildReport';
import { formatHtmlReport, REPORT_CSP } from '../../../../shared/report/formats/htmlReport';
import { hostileModel } from '../../../support/hostileModel';
import { unsafeMarkup } from '../../../support/markupScan';
import { paymentsModel } from '../../../support/paymentsModel';

const HTML_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'header',
  'h1',
  'h2',
  'h3',
  'p',
  'dl',
  'dt',
  'dd',
  'div',
  'b',
  'section',
  'table',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
  'a',
  'ul',
  'li',
  'br',
  'figure',
  'figcaption',
  'svg',
  'defs',
  'marker',
  'path',
  'rect',
  'text',
  'g',
  'polyline',
  'circle',
]);

describe('report/formats/htmlReport', () => {
  describe('formatHtmlReport()', () => {
    const html = formatHtmlReport(buildReport(paymentsModel(), { date: '2026-03-01' }));

    it('is one self-contained page with a CSP and no script', () => {
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP.replace(/'/g, '&#39;')}">`,
      );
      expect(REPORT_CSP).toContain("default-src 'none'");
      expect(html).not.toMatch(/<script|<link|<iframe|@import|url\((?!#)/i);
    });

    it('holds every section with the diagram inline', () => {
      for (const id of ['summary', 'diagrams', 'matrix', 'plan', 'register', 'appendix']) {
        expect(html).toContain(`<section id="${id}"`);
      }
      expect(html).toMatch(/<figure class="diagram"><svg /);
      expect(html).toContain('Move the refund path to HTTPS');
      expect(html).toContain('href="https://cwe.mitre.org/data/definitions/287.html"');
    });

    it('carries print rules: paper size, unsplit diagrams, repeated headers, page numbers', () => {
      expect(html).toContain('@page{size:A4');
      expect(html).toMatch(/figure\.diagram\{[^}]*break-inside:avoid/);
      expect(html).toContain('thead{display:table-header-group}');
      expect(html).toContain('counter(page)');
      expect(
        formatHtmlReport(buildReport(paymentsModel(), { date: '2026-03-01' }), {
          pageSize: 'Letter',
        }),
      ).toContain('@page{size:Letter');
    });

    it('escapes every text of a hostile model and links only to http(s)', () => {
      const hostile = formatHtmlReport(buildReport(hostileModel(), { date: '2026-03-01' }));
      expect(unsafeMarkup(hostile, HTML_TAGS)).toEqual([]);
      expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(hostile).not.toContain('</script>');
      expect(hostile.match(/<\/style>/g)).toHaveLength(1);
      expect(hostile).not.toMatch(/href="(?!https?:|#)/);
      expect(hostile).not.toContain('\u202e');
    });
  });
});
