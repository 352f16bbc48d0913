/**
 * The diff as Markdown for a pull-request comment: a heading, the summary, then one list per
 * section. Every user-written word is escaped, so a name cannot break the layout or ping anyone.
 */
import type { ModelDiff } from '../types';
import { describeDiff, summarizeDiff, type DiffLine } from './describe';
import { escapeMarkdown } from './escape';
import type { DiffStyle } from './values';

const VERBS: Readonly<Record<DiffLine['change'], string>> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  crossing: 'Crossing',
};

const MARKDOWN_STYLE: DiffStyle = {
  name: (text) => `**${escapeMarkdown(text)}**`,
  value: (text) => `“${escapeMarkdown(text)}”`,
  plain: escapeMarkdown,
};

export interface MarkdownOptions {
  /** The heading's text; defaults to "Threat model changes". */
  title?: string;
}

/** Renders a diff as Markdown; ends with a newline. */
export function formatDiffMarkdown(diff: ModelDiff, options: MarkdownOptions = {}): string {
  const out: string[] = [
    `## ${escapeMarkdown(options.title ?? 'Threat model changes')}`,
    '',
    escapeMarkdown(summarizeDiff(diff)),
  ];
  for (const section of describeDiff(diff, MARKDOWN_STYLE)) {
    out.push('', `### ${escapeMarkdown(section.title)}`, '');
    for (const line of section.lines) {
      out.push(`- *${VERBS[line.change]}:* ${line.text}`);
      for (const detail of line.details) out.push(`  - ${detail}`);
    }
  }
  return `${out.join('\n')}\n`;
}
