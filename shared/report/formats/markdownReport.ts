/**
 * The report as GitHub-flavoured Markdown, for wikis and pull requests. Every piece of model text
 * is backslash-escaped, so none of it can become HTML, a link or a new table cell; links appear
 * only for http(s) addresses. Markdown cannot hold the SVG pictures, so each diagram is written as
 * an image file beside the document, or left out with a note when there is no file to write to.
 */
import { labelOf } from '../../model/vocabulary';
import { bandLabel, IMPACT_LABELS, LIKELIHOOD_LABELS } from '../../risk/matrix';
import { threatsById } from '../buildReport';
import { escapeMarkdown as md } from '../escape';
import { referenceUrl } from '../references';
import type { Report, ReportDiagram, ReportThreat } from '../reportSchema';

export interface MarkdownReportOptions {
  /**
   * The file name to reference each diagram by, such as `report-diagram-1.svg`; when absent (or
   * when it returns null), the diagram is left out with a note.
   */
  diagramFileName?: (diagram: ReportDiagram, index: number) => string | null;
}

export interface MarkdownReport {
  markdown: string;
  /** The SVG files the document refers to, to be written beside it. */
  files: Array<{ name: string; text: string }>;
}

export function formatMarkdownReport(
  report: Report,
  options: MarkdownReportOptions = {},
): MarkdownReport {
  const files: MarkdownReport['files'] = [];
  const byId = threatsById(report);
  const s = report.summary;
  const out: string[] = [];

  out.push(`# ${md(s.title)}: threat model report`, '');
  if (s.description) out.push(md(s.description), '');
  out.push(
    `- **Owner:** ${md(s.owner || 'Not set')}`,
    `- **Reviewers:** ${md(s.reviewers.join(', ') || 'None listed')}`,
    `- **Report date:** ${md(s.date)}`,
    `- **Model updated:** ${md(s.modelUpdatedAt)}`,
    '',
    '## Summary',
    '',
    `${s.elementCount} elements, ${s.threatCount} threats, ${s.openThreatCount} open.`,
    '',
    ...countTable('Open threats by residual risk', s.byBand),
    ...countTable('STRIDE category', s.byCategory),
    ...countTable('Status', s.byStatus),
  );

  if (report.diagrams.length > 0) {
    out.push('## Diagrams', '');
    report.diagrams.forEach((diagram, i) => {
      const name = options.diagramFileName?.(diagram, i) ?? null;
      const safeName = name && /^[A-Za-z0-9._-]+\.svg$/.test(name) ? name : null;
      if (safeName) {
        files.push({ name: safeName, text: diagram.svg });
        out.push(`![${md(diagram.name)}](${safeName})`, '');
      } else {
        out.push(
          `> The diagram "${md(diagram.name)}" is not included here: Markdown written to standard output cannot carry pictures. Write the report to a file (\`-o report.md\`) to get it as an SVG file beside the document, or use the HTML or PDF report.`,
          '',
        );
      }
    });
  }

  out.push(
    '## Risk matrix',
    '',
    'Open threats by residual risk: likelihood (rows) by impact (columns).',
    '',
  );
  out.push(
    `| Likelihood \\\\ Impact | ${([1, 2, 3, 4, 5] as const).map((i) => `${i} ${IMPACT_LABELS[i]}`).join(' | ')} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const likelihood of [5, 4, 3, 2, 1] as const) {
    const cells = report.matrix.cells
      .filter((cell) => cell.likelihood === likelihood)
      .sort((a, b) => a.impact - b.impact)
      .map((cell) => (cell.count > 0 ? `**${cell.count}** (${bandLabel(cell.band)})` : '0'));
    out.push(`| ${likelihood} ${LIKELIHOOD_LABELS[likelihood]} | ${cells.join(' | ')} |`);
  }
  out.push('');

  out.push('## Mitigation plan', '');
  if (report.plan.items.length === 0) out.push('No mitigations yet.', '');
  else {
    out.push(
      '| # | Mitigation | Status | Owner | Due | Effort | Threats | Risk removed |',
      '| ---: | --- | --- | --- | --- | --- | --- | ---: |',
    );
    for (const item of report.plan.items) {
      out.push(
        `| ${item.rank} | ${linkTo(item.title, item.ticket)} | ${md(item.statusLabel)} | ${md(item.owner || '—')} | ${md(item.dueDate ?? '—')} | ${md(item.effort)} | ${md(item.threatNumbers.join(', ') || '—')} | ${item.riskRemoved} |`,
      );
    }
    out.push('');
  }
  const undecided = report.plan.undecidedThreatIds.flatMap((id) => byId.get(id) ?? []);
  if (undecided.length > 0) {
    out.push('### Open threats nobody has decided on yet', '');
    for (const threat of undecided) {
      out.push(
        `- ${md(threat.number)} ${md(threat.title)} (${md(threat.elementName)}, ${threat.bandLabel}, residual risk ${threat.residualRisk})`,
      );
    }
    out.push('');
  }

  out.push('## Threat register', '');
  if (report.register.length === 0) out.push('No threats yet.', '');
  for (const group of report.register) {
    const kind = group.elementKind ? labelOf(group.elementKind) : 'Unknown element';
    out.push(`### ${md(group.elementName)} (${kind})`, '');
    out.push(
      '| ID | Threat | Category | L | I | Inherent | Residual | Band | Status | Mitigations | References |',
      '| --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- |',
    );
    for (const threat of group.threatIds.flatMap((id) => byId.get(id) ?? [])) {
      out.push(threatRow(threat));
    }
    out.push('');
  }

  const { appendix } = report;
  out.push('## Appendix', '', '### Out of scope', '');
  if (appendix.outOfScope.length === 0) out.push('Every element is in scope.', '');
  for (const e of appendix.outOfScope) {
    out.push(
      `- **${md(e.name || e.elementId)}** (${labelOf(e.kind)}): ${md(e.reason || 'No reason given.')}`,
    );
  }
  out.push('', '### Stale threats', '');
  const stale = appendix.staleThreatIds.flatMap((id) => byId.get(id) ?? []);
  if (stale.length === 0) out.push('No stale threats.');
  for (const threat of stale) {
    out.push(`- ${md(threat.number)} ${md(threat.title)} (${md(threat.elementName)})`);
  }
  out.push('', '### Assumptions', '');
  if (appendix.assumptions.length === 0) out.push('No recorded assumptions.');
  for (const a of appendix.assumptions) out.push(`- **${md(a.subject)}:** ${md(a.text)}`);
  out.push('');

  return { markdown: `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`, files };
}

function countTable(title: string, rows: Report['summary']['byBand']): string[] {
  return [
    `| ${title} | Threats |`,
    '| --- | ---: |',
    ...rows.map((row) => `| ${md(row.label)} | ${row.count} |`),
    '',
  ];
}

function threatRow(threat: ReportThreat): string {
  const status = threat.justification
    ? `${md(threat.statusLabel)}: ${md(threat.justification)}`
    : md(threat.statusLabel);
  const cells = [
    md(threat.number),
    md(threat.title),
    md(threat.categoryName),
    String(threat.likelihood),
    String(threat.impact),
    String(threat.inherentRisk),
    String(threat.residualRisk),
    md(threat.bandLabel),
    status,
    threat.mitigations.map((m) => md(m.title)).join('; '),
    threat.references.map((ref) => linkTo(ref, referenceUrl(ref))).join(', '),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** A Markdown link when the address is http(s); the destination in angle brackets. */
function linkTo(text: string, url: string | null): string {
  return url ? `[${md(text)}](<${url}>)` : md(text);
}
