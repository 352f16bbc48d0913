import { describe, expect, it } from 'vitest';

import {
  cssString,
  csvField,
  escapeHtml,
  escapeMarkdown,
  safeHttpUrl,
} from '../../../shared/report/escape';
import { referenceUrl } from '../../../shared/report/references';

describe('report/escape', () => {
  describe('escapeHtml()', () => {
    it('escapes the five markup characters when given a tag', () => {
      expect(escapeHtml(`<img src="x" onerror='a'>&`)).toBe(
        '&lt;img src=&quot;x&quot; onerror=&#39;a&#39;&gt;&amp;',
      );
    });

    it('drops control and bidi-override characters when present', () => {
      expect(escapeHtml('a\u0000b\u202ec\u0007')).toBe('abc');
    });
  });

  describe('safeHttpUrl()', () => {
    it('keeps an http or https address', () => {
      expect(safeHttpUrl(' https://example.com/a?b=1 ')).toBe('https://example.com/a?b=1');
      expect(safeHttpUrl('HTTP://x.org')).toBe('HTTP://x.org');
    });

    it('refuses script, data and relative links and addresses with quotes', () => {
      for (const bad of [
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'data:text/html,x',
        '//evil.com',
        '/relative',
        'https://x.com/"onmouseover=1',
        'https://x.com/a b',
        'vbscript:x',
      ]) {
        expect(safeHttpUrl(bad)).toBeNull();
      }
    });
  });

  describe('referenceUrl()', () => {
    it('links CWE and CAPEC ids to their pages', () => {
      expect(referenceUrl('CWE-639')).toBe('https://cwe.mitre.org/data/definitions/639.html');
      expect(referenceUrl('capec-94')).toBe('https://capec.mitre.org/data/definitions/94.html');
    });

    it('gives no link for free text or script links', () => {
      expect(referenceUrl('ASVS 4.0 V2.1')).toBeNull();
      expect(referenceUrl('javascript:alert(1)')).toBeNull();
    });
  });

  describe('escapeMarkdown()', () => {
    it('escapes characters that would open markup, links or cells', () => {
      expect(escapeMarkdown('[a](javascript:x) <b> | *c*')).toBe(
        '\\[a\\]\\(javascript:x\\) \\<b\\> \\| \\*c\\*',
      );
    });

    it('flattens line breaks so a value cannot leave its table row', () => {
      expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
    });
  });

  describe('csvField()', () => {
    it('neutralises each formula-starting character with an apostrophe', () => {
      for (const lead of ['=', '+', '-', '@', '\t', '\r', '\u0000']) {
        expect(csvField(`${lead}1+1`).replace(/^"/, '')).toMatch(/^'/);
      }
    });

    it('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
      expect(csvField('a,b')).toBe('"a,b"');
      expect(csvField('say "hi"')).toBe('"say ""hi"""');
      expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
      expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    });

    it('leaves numbers and plain text alone, negative numbers included', () => {
      expect(csvField(12)).toBe('12');
      expect(csvField('Spoofing')).toBe('Spoofing');
    });
  });

  describe('cssString()', () => {
    it('cannot end the string or the style element whatever the text', () => {
      const css = cssString('a"b\\</style><script>');
      expect(css).not.toMatch(/<|"b|\\\\</);
      expect(css.startsWith('"') && css.endsWith('"')).toBe(true);
      expect(css.slice(1, -1)).not.toContain('"');
    });
  });
});
