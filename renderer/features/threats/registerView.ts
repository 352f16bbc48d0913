/**
 * The register's view of the threats: filtered, searched, sorted and grouped, as flat rows that a
 * virtualised table can draw. Pure, so it is tested without a DOM and stays fast for 5,000 threats.
 */
import { indexModel } from '../../../shared/model/modelIndex';
import type { ThreatModel } from '../../../shared/model/types';
import {
  labelOf,
  STRIDE,
  STRIDE_NAMES,
  THREAT_STATUSES,
  type StrideCategory,
  type ThreatStatus,
} from '../../../shared/model/vocabulary';
import {
  assessThreats,
  compareByRisk,
  type AssessedThreat,
  type Rating,
  type RiskBand,
  type RiskBasis,
} from '../../../shared/risk';
import { markerOf, type ThreatMarker } from './threatMarkers';

export type SortKey =
  | 'rank'
  | 'number'
  | 'title'
  | 'element'
  | 'category'
  | 'likelihood'
  | 'impact'
  | 'risk'
  | 'status';
export type SortDirection = 'ascending' | 'descending';
export type GroupBy = 'none' | 'element' | 'category';
export type MarkerFilter = 'all' | 'new' | 'stale' | 'unreviewed';

/** One cell of the risk matrix the register is narrowed to. */
export interface CellFilter {
  basis: RiskBasis;
  likelihood: Rating;
  impact: Rating;
}

export interface RegisterQuery {
  search: string;
  category: StrideCategory | 'all';
  status: ThreatStatus | 'all';
  band: RiskBand | 'all';
  elementId: string | 'all';
  marker: MarkerFilter;
  cell: CellFilter | null;
  sort: { key: SortKey; direction: SortDirection };
  groupBy: GroupBy;
}

export const DEFAULT_QUERY: RegisterQuery = {
  search: '',
  category: 'all',
  status: 'all',
  band: 'all',
  elementId: 'all',
  marker: 'all',
  cell: null,
  sort: { key: 'rank', direction: 'ascending' },
  groupBy: 'none',
};

export interface ThreatRow {
  kind: 'threat';
  key: string;
  assessed: AssessedThreat;
  elementName: string;
  marker: ThreatMarker;
}

export interface GroupRow {
  kind: 'group';
  key: string;
  label: string;
  count: number;
}

export type RegisterRow = ThreatRow | GroupRow;

export interface RegisterView {
  rows: RegisterRow[];
  /** Threats shown (group headings not counted). */
  shown: number;
  total: number;
}

const assessedCache = new WeakMap<ThreatModel['threats'], WeakMap<object, AssessedThreat[]>>();

/** Every threat with its risk, cached per threats and mitigations array. */
export function assessedThreatsOf(
  model: Pick<ThreatModel, 'threats' | 'mitigations'>,
): AssessedThreat[] {
  let byMitigations = assessedCache.get(model.threats);
  if (!byMitigations) {
    byMitigations = new WeakMap();
    assessedCache.set(model.threats, byMitigations);
  }
  let assessed = byMitigations.get(model.mitigations);
  if (!assessed) {
    assessed = assessThreats(model.threats, model.mitigations);
    byMitigations.set(model.mitigations, assessed);
  }
  return assessed;
}

/** The name an element is shown under, or its id when it is gone. */
export function elementNameOf(model: ThreatModel, elementId: string): string {
  const element = indexModel(model).elements.get(elementId);
  return element ? element.name || labelOf(element.kind) : `(removed) ${elementId}`;
}

function matches(row: ThreatRow, query: RegisterQuery, needle: string): boolean {
  const { threat, residual } = row.assessed;
  if (query.category !== 'all' && threat.category !== query.category) return false;
  if (query.status !== 'all' && threat.status !== query.status) return false;
  if (query.band !== 'all' && residual.band !== query.band) return false;
  if (query.elementId !== 'all' && threat.elementId !== query.elementId) return false;
  if (query.marker === 'new' && row.marker !== 'new') return false;
  if (query.marker === 'stale' && row.marker !== 'stale') return false;
  if (query.marker === 'unreviewed' && row.marker === null) return false;
  if (query.cell) {
    // The matrix leaves stale threats out, so the register narrowed to a cell does too.
    if (threat.stale) return false;
    const rating = row.assessed[query.cell.basis];
    if (rating.likelihood !== query.cell.likelihood || rating.impact !== query.cell.impact)
      return false;
  }
  if (needle === '') return true;
  return (
    threat.title.toLowerCase().includes(needle) ||
    row.elementName.toLowerCase().includes(needle) ||
    threat.description.toLowerCase().includes(needle) ||
    `t-${String(threat.number).padStart(4, '0')}`.includes(needle)
  );
}

function comparer(key: SortKey): (a: ThreatRow, b: ThreatRow) => number {
  const byNumber = (a: ThreatRow, b: ThreatRow) =>
    a.assessed.threat.number - b.assessed.threat.number;
  switch (key) {
    case 'rank':
      return (a, b) => compareByRisk(a.assessed, b.assessed);
    case 'number':
      return byNumber;
    case 'title':
      return (a, b) =>
        a.assessed.threat.title.localeCompare(b.assessed.threat.title) || byNumber(a, b);
    case 'element':
      return (a, b) => a.elementName.localeCompare(b.elementName) || byNumber(a, b);
    case 'category':
      return (a, b) =>
        STRIDE.indexOf(a.assessed.threat.category) - STRIDE.indexOf(b.assessed.threat.category) ||
        byNumber(a, b);
    case 'likelihood':
      return (a, b) =>
        a.assessed.threat.likelihood - b.assessed.threat.likelihood || byNumber(a, b);
    case 'impact':
      return (a, b) => a.assessed.threat.impact - b.assessed.threat.impact || byNumber(a, b);
    case 'risk':
      return (a, b) =>
        a.assessed.residual.score - b.assessed.residual.score ||
        a.assessed.inherent.score - b.assessed.inherent.score ||
        byNumber(a, b);
    case 'status':
      return (a, b) =>
        THREAT_STATUSES.indexOf(a.assessed.threat.status) -
          THREAT_STATUSES.indexOf(b.assessed.threat.status) || byNumber(a, b);
  }
}

function groupKeyOf(row: ThreatRow, groupBy: GroupBy): { key: string; label: string } {
  if (groupBy === 'category') {
    const category = row.assessed.threat.category;
    return { key: `category:${category}`, label: `${category} · ${STRIDE_NAMES[category]}` };
  }
  return { key: `element:${row.assessed.threat.elementId}`, label: row.elementName };
}

/** The rows of the register for a query. */
export function registerView(model: ThreatModel, query: RegisterQuery): RegisterView {
  const assessed = assessedThreatsOf(model);
  const needle = query.search.trim().toLowerCase();
  const names = new Map<string, string>();
  const nameOf = (id: string) => {
    let name = names.get(id);
    if (name === undefined) {
      name = elementNameOf(model, id);
      names.set(id, name);
    }
    return name;
  };

  const rows: ThreatRow[] = [];
  for (const item of assessed) {
    const row: ThreatRow = {
      kind: 'threat',
      key: item.threat.id,
      assessed: item,
      elementName: nameOf(item.threat.elementId),
      marker: markerOf(item.threat),
    };
    if (matches(row, query, needle)) rows.push(row);
  }

  const compare = comparer(query.sort.key);
  const sign = query.sort.direction === 'ascending' ? 1 : -1;
  rows.sort((a, b) => sign * compare(a, b));

  if (query.groupBy === 'none') return { rows, shown: rows.length, total: assessed.length };

  const groups = new Map<string, { label: string; rows: ThreatRow[] }>();
  for (const row of rows) {
    const { key, label } = groupKeyOf(row, query.groupBy);
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { label, rows: [row] });
  }
  const ordered = [...groups.entries()].sort(([a, ga], [b, gb]) =>
    query.groupBy === 'category'
      ? STRIDE.indexOf(a.slice('category:'.length) as StrideCategory) -
        STRIDE.indexOf(b.slice('category:'.length) as StrideCategory)
      : ga.label.localeCompare(gb.label),
  );
  const grouped: RegisterRow[] = [];
  for (const [key, group] of ordered) {
    grouped.push({ kind: 'group', key, label: group.label, count: group.rows.length });
    grouped.push(...group.rows);
  }
  return { rows: grouped, shown: rows.length, total: assessed.length };
}
