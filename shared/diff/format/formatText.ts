/** The diff for a terminal: a summary line, then one indented block per section. */
import type { ModelDiff } from '../types';
import { describeDiff, summarizeDiff, type DiffLine } from './describe';
import { escapeTerminal } from './escape';
import type { DiffStyle } from './values';

const MARKERS: Readonly<Record<DiffLine['change'], string>> = {
  added: '+',
  removed: '-',
  changed: '~',
  crossing: '!',
};

const TEXT_STYLE: DiffStyle = {
  name: (text) => `"${escapeTerminal(text)}"`,
  value: (text) => `"${escapeTerminal(text)}"`,
  plain: escapeTerminal,
};

/** Renders a diff as plain text lines for a terminal; ends with a newline. */
export function formatDiffText(diff: ModelDiff): string {
  const out: string[] = [summarizeDiff(diff)];
  for (const section of describeDiff(diff, TEXT_STYLE)) {
    out.push('', section.title);
    for (const line of section.lines) {
      out.push(`  ${MARKERS[line.change]} ${line.text}`);
      for (const detail of line.details) out.push(`      ${detail}`);
    }
  }
  return `${out.join('\n')}\n`;
}
