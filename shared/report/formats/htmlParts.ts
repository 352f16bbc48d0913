/** Small HTML pieces the report's sections share; every piece escapes what it is given. */
import { stableHash } from '../../model/ids';
import { labelOf } from '../../model/vocabulary';
import { escapeHtml } from '../escape';
import { referenceUrl } from '../references';
import type { ReportThreat } from '../reportSchema';

/** Escaped text. */
export const t = escapeHtml;

/** A link when the address is http(s), else the text alone. */
export function link(text: string, url: string | null): string {
  if (!url) return t(text);
  return `<a href="${t(url)}" rel="noopener noreferrer">${t(text)}</a>`;
}

export function bandChip(band: string, label: string): string {
  return `<span class="chip band-${t(band)}">${t(label)}</span>`;
}

export function referenceList(references: readonly string[]): string {
  if (references.length === 0) return '';
  return `<ul class="refs">${references.map((ref) => `<li>${link(ref, referenceUrl(ref))}</li>`).join('')}</ul>`;
}

/** A table: header cells (with `num` for right-aligned columns) and pre-escaped row cells. */
export function table(
  headers: ReadonlyArray<string | { label: string; num: true }>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  className = '',
  widths: readonly string[] = [],
): string {
  const head = headers
    .map((h) => (typeof h === 'string' ? `<th>${t(h)}</th>` : `<th class="num">${t(h.label)}</th>`))
    .join('');
  const numeric = headers.map((h) => typeof h !== 'string');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (numeric[i] ? `<td class="num">${cell}</td>` : `<td>${cell}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  const cols =
    widths.length > 0
      ? `<colgroup>${widths.map((w) => `<col style="width:${t(w)}">`).join('')}</colgroup>`
      : '';
  return `<table${className ? ` class="${className}"` : ''}>${cols}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The register's row cells for a threat. */
export function threatCells(threat: ReportThreat): string[] {
  return [
    `<span id="${t(anchorOf(threat.id))}">${t(threat.number)}</span>`,
    `${t(threat.title)}${threat.description ? `<div class="desc">${t(threat.description)}</div>` : ''}`,
    t(threat.categoryName),
    String(threat.likelihood),
    String(threat.impact),
    String(threat.inherentRisk),
    String(threat.residualRisk),
    bandChip(threat.band, threat.bandLabel),
    `<span class="status-${t(threat.status)}">${t(threat.statusLabel)}</span>${threat.justification ? `<div class="desc">${t(threat.justification)}</div>` : ''}`,
    threat.mitigations
      .map((m) => `${t(m.title)} <span class="muted small">(${t(labelOf(m.status))})</span>`)
      .join('<br>'),
    referenceList(threat.references),
  ];
}

/** An element id usable as a fragment: threat ids may hold characters best kept out of one. */
export function anchorOf(threatId: string): string {
  return `threat-${threatId.replace(/[^A-Za-z0-9_-]/g, '_')}-${stableHash(threatId)}`;
}
