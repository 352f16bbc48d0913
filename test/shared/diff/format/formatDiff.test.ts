import { describe, expect, it } from 'vitest';

import { diffModels } from '../../../../shared/diff/diffModels';
import { escapeMarkdown, escapeTerminal } from '../../../../shared/diff/format/escape';
import { formatDiffJson } from '../../../../shared/diff/format/formatJson';
import { formatDiffMarkdown } from '../../../../shared/diff/format/formatMarkdown';
import { formatDiffText } from '../../../../shared/diff/format/formatText';
import { edited, elementOf, smallModel } from '../../../support/modelEdits';

function reviewDiff() {
  const before = smallModel();
  const after = edited(before, (m) => {
    const gateway = elementOf(m, 'proc_gateway');
    if (gateway.kind === 'process') gateway.properties.authentication = 'oauth2';
    const store = elementOf(m, 'store_orders');
    if (store.kind !== 'dataFlow') store.boundaryId = null;
    m.threats[0]!.likelihood = 5;
    m.threats[0]!.status = 'accepted';
  });
  return diffModels(before, after);
}

describe('shared/diff/format', () => {
  describe('formatDiffText()', () => {
    it('names elements by name and shows old and new values', () => {
      const text = formatDiffText(reviewDiff());
      expect(text).toContain('~ Process "Gateway"');
      expect(text).toContain('authentication: None → OAuth 2');
      expect(text).toContain('moved out of "Internal" to outside every zone');
      expect(text).toContain('! Flow "Query" now crosses "Internal" (trust 60 → 0)');
      expect(text).toContain('re-rated: likelihood 3 → 5, impact 3 → 3, risk 9 → 15');
      expect(text).toContain('status: Open → Accepted');
    });

    it('says so when nothing changed', () => {
      const model = smallModel();
      expect(formatDiffText(diffModels(model, model))).toBe('No changes.\n');
    });

    it('strips terminal control sequences from names', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        elementOf(m, 'proc_gateway').name = 'Gate\u001b[31mway\u202e';
      });
      const text = formatDiffText(diffModels(before, after));
      expect(text).not.toContain('\u001b');
      expect(text).not.toContain('\u202e');
      expect(text).toContain('"Gate[31mway"');
    });
  });

  describe('formatDiffMarkdown()', () => {
    it('writes sections and bold names', () => {
      const md = formatDiffMarkdown(reviewDiff());
      expect(md).toMatch(/^## Threat model changes\n/);
      expect(md).toContain('### Elements \\(2 changed\\)');
      expect(md).toContain('- *Changed:* Process **Gateway**');
    });

    it('escapes Markdown, HTML and mentions in names', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        elementOf(m, 'proc_gateway').name = '[x](http://evil) <img> **b** @team';
      });
      const md = formatDiffMarkdown(diffModels(before, after));
      expect(md).toContain('\\[x\\]\\(http\\://evil\\) \\<img\\> \\*\\*b\\*\\* @\u200bteam');
      expect(md).not.toContain('<img>');
    });
  });

  describe('formatDiffJson()', () => {
    it('prints the diff value itself', () => {
      const diff = reviewDiff();
      expect(JSON.parse(formatDiffJson(diff))).toEqual(JSON.parse(JSON.stringify(diff)));
    });
  });

  describe('escapeTerminal() and escapeMarkdown()', () => {
    it('turns line breaks into spaces so a name stays on its line', () => {
      expect(escapeTerminal('a\nb')).toBe('a b');
      expect(escapeMarkdown('a\n# b')).toBe('a \\# b');
    });

    it('stops & from starting an entity', () => {
      expect(escapeMarkdown('&lt;')).toBe('&amp;lt;');
    });
  });
});
