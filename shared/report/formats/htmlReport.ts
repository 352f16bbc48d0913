/**
 * The report as one self-contained HTML page: inline styles, the diagrams as inline SVG, no script
 * of any kind, and a Content-Security-Policy that forbids scripts, remote loads and forms even if
 * some text escaped our escaping. The same page is what the PDF is printed from.
 */
import { labelOf } from '../../model/vocabulary';
import { IMPACT_LABELS, LIKELIHOOD_LABELS, RISK_BANDS } from '../../risk/matrix';
import { bandLabel } from '../../risk/matrix';
import { threatsById } from '../buildReport';
import type { Report, ReportThreat } from '../reportSchema';

type ThreatLookup = ReadonlyMap<string, ReportThreat>;
import { reportStyles, type PageSize } from './htmlStyles';
import { bandChip, link, t, table, threatCells, anchorOf } from './htmlParts';

/** The policy every exported page carries: nothing runs, nothing loads from anywhere. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

export interface HtmlReportOptions {
  /** The paper size the page prints on; A4 unless said. */
  pageSize?: PageSize;
}

/** The report as a complete HTML document. */
export function formatHtmlReport(report: Report, options: HtmlReportOptions = {}): string {
  const pageSize = options.pageSize ?? 'A4';
  const { summary } = report;
  const byId = threatsById(report);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${t(REPORT_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t(`${summary.title} — threat model report`)}</title>`,
    `<style>${reportStyles(pageSize, `${summary.title} · ${summary.date}`)}</style>`,
    '</head>',
    '<body>',
    summarySection(report),
    diagramsSection(report),
    matrixSection(report),
    planSection(report, byId),
    registerSection(report, byId),
    appendixSection(report, byId),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function summarySection(report: Report): string {
  const s = report.summary;
  const counts = (title: string, rows: Report['summary']['byBand'], chips = false) =>
    table(
      [title, { label: 'Threats', num: true }],
      rows.map((row) => [chips ? bandChip(row.key, row.label) : t(row.label), String(row.count)]),
    );
  return `<header>
<h1>${t(s.title)}</h1>
<p class="subtitle">Threat model report · ${t(s.date)}</p>
${s.description ? `<p>${t(s.description)}</p>` : ''}
<dl class="meta">
<dt>Owner</dt><dd>${t(s.owner || 'Not set')}</dd>
<dt>Reviewers</dt><dd>${t(s.reviewers.join(', ') || 'None listed')}</dd>
<dt>Report date</dt><dd>${t(s.date)}</dd>
<dt>Model updated</dt><dd>${t(s.modelUpdatedAt)}</dd>
<dt>Model id</dt><dd>${t(s.modelId)}</dd>
</dl>
</header>
<section id="summary"><h2>Summary</h2>
<div class="kpis">
<div class="kpi"><b>${s.elementCount}</b>elements</div>
<div class="kpi"><b>${s.threatCount}</b>threats</div>
<div class="kpi"><b>${s.openThreatCount}</b>open threats</div>
<div class="kpi"><b>${report.plan.items.length}</b>mitigations planned or done</div>
</div>
<div class="counts">
${counts('Open threats by residual risk', s.byBand, true)}
${counts('Threats by STRIDE category', s.byCategory)}
${counts('Threats by status', s.byStatus)}
</div>
</section>`;
}

function diagramsSection(report: Report): string {
  if (report.diagrams.length === 0) return '';
  const figures = report.diagrams.map(
    (diagram, i) =>
      `<figure class="diagram">${diagram.svg}<figcaption>Figure ${i + 1}. ${t(diagram.name)}. Badges count each element's open threats, coloured by the highest residual risk.</figcaption></figure>`,
  );
  return `<section id="diagrams" class="page-break"><h2>Diagrams</h2>\n${figures.join('\n')}\n</section>`;
}

function matrixSection(report: Report): string {
  const rows: string[] = [];
  for (const likelihood of [5, 4, 3, 2, 1] as const) {
    const cells = report.matrix.cells
      .filter((cell) => cell.likelihood === likelihood)
      .sort((a, b) => a.impact - b.impact)
      .map(
        (cell) =>
          `<td class="band-${cell.band}${cell.count === 0 ? ' empty' : ''}" title="${t(`${cell.count} open threats, likelihood ${cell.likelihood}, impact ${cell.impact}, ${bandLabel(cell.band)}`)}">${cell.count}</td>`,
      )
      .join('');
    rows.push(`<tr><th>${likelihood} ${t(LIKELIHOOD_LABELS[likelihood])}</th>${cells}</tr>`);
  }
  const impacts = ([1, 2, 3, 4, 5] as const)
    .map((impact) => `<th>${impact} ${t(IMPACT_LABELS[impact])}</th>`)
    .join('');
  const legend = [...RISK_BANDS]
    .reverse()
    .map((band) => bandChip(band, bandLabel(band)))
    .join(' ');
  return `<section id="matrix"><h2>Risk matrix</h2>
<p>Open threats placed by residual risk: likelihood (rows) by impact (columns).</p>
<table class="matrix"><thead><tr><th>Likelihood \\ Impact</th>${impacts}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
<p class="small">${legend}</p>
</section>`;
}

function planSection(report: Report, byId: ThreatLookup): string {
  const rows = report.plan.items.map((item) => [
    String(item.rank),
    `${link(item.title, item.ticket)}${item.description && item.description !== `${item.title}.` ? `<div class="desc">${t(item.description)}</div>` : ''}`,
    t(item.statusLabel),
    t(item.owner || '—'),
    `<span class="nowrap">${t(item.dueDate ?? '—')}</span>`,
    t(item.effort),
    t(item.threatNumbers.join(', ') || '—'),
    String(item.riskRemoved),
  ]);
  const undecided = report.plan.undecidedThreatIds.flatMap((id) => {
    const threat = byId.get(id);
    return threat ? [threat] : [];
  });
  const undecidedPart =
    undecided.length === 0
      ? '<p>Every open threat has a mitigation or a decision.</p>'
      : `<h3>Open threats nobody has decided on yet</h3>
${table(
  ['ID', 'Threat', 'Element', 'Band', { label: 'Residual risk', num: true }],
  undecided.map((threat) => [
    `<a href="#${anchorOf(threat.number)}">${t(threat.number)}</a>`,
    t(threat.title),
    t(threat.elementName),
    bandChip(threat.band, threat.bandLabel),
    String(threat.residualRisk),
  ]),
)}`;
  return `<section id="plan" class="page-break"><h2>Mitigation plan</h2>
<p>Ranked by the risk each control removes per unit of effort. Risk removed is in risk points (likelihood × impact) over the open threats it covers.</p>
${
  rows.length === 0
    ? '<p>No mitigations yet.</p>'
    : table(
        [
          { label: '#', num: true },
          'Mitigation',
          'Status',
          'Owner',
          'Due',
          'Effort',
          'Threats',
          { label: 'Risk removed', num: true },
        ],
        rows,
      )
}
${undecidedPart}
</section>`;
}

const REGISTER_HEADERS = [
  'ID',
  'Threat and references',
  'Category',
  { label: 'L', num: true },
  { label: 'I', num: true },
  { label: 'Risk', num: true },
  'Band',
  'Status',
  'Mitigations',
] as const;

const REGISTER_WIDTHS = ['8.5%', '30%', '13%', '4%', '4%', '8.5%', '10%', '11%', '11%'];

function registerSection(report: Report, byId: ThreatLookup): string {
  const groups = report.register.map((group) => {
    const threats = group.threatIds.flatMap((id) => byId.get(id) ?? []);
    const kind = group.elementKind ? labelOf(group.elementKind) : 'Unknown element';
    return `<section class="element"><h3>${t(group.elementName)} <span class="muted small">${t(kind)}${group.diagramName ? ` · ${t(group.diagramName)}` : ''}</span></h3>
${table(REGISTER_HEADERS, threats.map(threatCells), 'register', REGISTER_WIDTHS)}</section>`;
  });
  return `<section id="register" class="page-break"><h2>Threat register</h2>
<p>Current threats by element, highest residual risk first. L and I are likelihood and impact (1 to 5); risk is their product, before → after the mitigations in place.</p>
${groups.length === 0 ? '<p>No threats yet.</p>' : groups.join('\n')}
</section>`;
}

function appendixSection(report: Report, byId: ThreatLookup): string {
  const { appendix } = report;
  const stale = appendix.staleThreatIds.flatMap((id) => byId.get(id) ?? []);
  const outOfScope =
    appendix.outOfScope.length === 0
      ? '<p>Every element is in scope.</p>'
      : table(
          ['Element', 'Kind', 'Reason'],
          appendix.outOfScope.map((e) => [
            t(e.name || e.elementId),
            t(labelOf(e.kind)),
            t(e.reason || 'No reason given.'),
          ]),
        );
  const staleTable =
    stale.length === 0
      ? '<p>No stale threats.</p>'
      : table(
          ['ID', 'Threat', 'Element', 'Status'],
          stale.map((s) => [t(s.number), t(s.title), t(s.elementName), t(s.statusLabel)]),
        );
  const assumptions =
    appendix.assumptions.length === 0
      ? '<p>No recorded assumptions.</p>'
      : table(
          ['About', 'Assumption'],
          appendix.assumptions.map((a) => [t(a.subject), t(a.text)]),
        );
  return `<section id="appendix" class="page-break"><h2>Appendix</h2>
<h3>Out of scope</h3>
${outOfScope}
<h3>Stale threats</h3>
<p>Threats whose rule no longer applies to the model. They keep every decision until someone removes them.</p>
${staleTable}
<h3>Assumptions</h3>
${assumptions}
<p class="muted small">Generated by Gatehouse from model ${t(report.summary.modelId)} on ${t(report.summary.date)}.</p>
</section>`;
}
