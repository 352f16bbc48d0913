/** Small HTML pieces the report's sections share; every piece escapes what it is given. */
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
  const items = references.map((ref) => link(shortReference(ref), referenceUrl(ref)));
  return `<div class="refs">${items.join(' · ')}</div>`;
}

/** A reference as short link text: an address shows its host and the last part of its path. */
export function shortReference(reference: string): string {
  const match = /^https?:\/\/([^/?#]+)(?:.*\/([^/?#]+))?\/?(?:[?#].*)?$/i.exec(reference.trim());
  if (!match) return reference;
  const [, host = '', last] = match;
  return last ? `${host}/…/${last.length > 40 ? `${last.slice(0, 39)}…` : last}` : host;
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

/** The register's row cells for a threat: references sit under its description. */
export function threatCells(threat: ReportThreat): string[] {
  const description = threat.description ? `<div class="desc">${t(threat.description)}</div>` : '';
  return [
    `<span id="${anchorOf(threat.number)}">${t(threat.number)}</span>`,
    `${t(threat.title)}${description}${referenceList(threat.references)}`,
    t(threat.categoryName),
    String(threat.likelihood),
    String(threat.impact),
    `${threat.inherentRisk} → ${threat.residualRisk}`,
    bandChip(threat.band, threat.bandLabel),
    `<span class="status-${t(threat.status)}">${t(threat.statusLabel)}</span>${threat.justification ? `<div class="desc">${t(threat.justification)}</div>` : ''}`,
    threat.mitigations
      .map((m) => `${t(m.title)} <span class="muted small">(${t(labelOf(m.status))})</span>`)
      .join('<br>'),
  ];
}

/** The in-page anchor of a threat, from its number (unique, and only letters, digits and -). */
export function anchorOf(threatNumber: string): string {
  return `threat-${threatNumber.replace(/[^A-Za-z0-9-]/g, '')}`;
}
