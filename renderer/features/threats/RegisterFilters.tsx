/** The register's search box, filters and grouping. */
import { useMemo } from 'react';

import type { ThreatModel } from '../../../shared/model/types';
import { labelOf, STRIDE, STRIDE_NAMES, THREAT_STATUSES } from '../../../shared/model/vocabulary';
import { bandLabel, IMPACT_LABELS, LIKELIHOOD_LABELS, RISK_BANDS } from '../../../shared/risk';
import type { GroupBy, MarkerFilter, RegisterQuery } from './registerView';

export interface RegisterFiltersProps {
  query: RegisterQuery;
  elements: ReadonlyArray<{ id: string; name: string }>;
  onChange(patch: Partial<RegisterQuery>): void;
  onReset(): void;
}

export function RegisterFilters({ query, elements, onChange, onReset }: RegisterFiltersProps) {
  // A large model has hundreds of elements; building their options once keeps typing in the search
  // box from reconciling them on every key.
  const elementOptions = useMemo(
    () =>
      elements.map((element) => (
        <option key={element.id} value={element.id}>
          {element.name}
        </option>
      )),
    [elements],
  );

  return (
    <div className="register-filters" role="search" aria-label="Filter threats">
      <input
        type="search"
        aria-label="Search"
        value={query.search}
        placeholder="Search title, element, T-0042"
        onChange={(event) => onChange({ search: event.target.value })}
      />
      <select
        aria-label="Category"
        value={query.category}
        onChange={(event) =>
          onChange({ category: event.target.value as RegisterQuery['category'] })
        }
      >
        <option value="all">Any category</option>
        {STRIDE.map((letter) => (
          <option key={letter} value={letter}>
            {letter} · {STRIDE_NAMES[letter]}
          </option>
        ))}
      </select>
      <select
        aria-label="Status"
        value={query.status}
        onChange={(event) => onChange({ status: event.target.value as RegisterQuery['status'] })}
      >
        <option value="all">Any status</option>
        {THREAT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {labelOf(status)}
          </option>
        ))}
      </select>
      <select
        aria-label="Band"
        value={query.band}
        onChange={(event) => onChange({ band: event.target.value as RegisterQuery['band'] })}
      >
        <option value="all">Any band</option>
        {RISK_BANDS.map((band) => (
          <option key={band} value={band}>
            {bandLabel(band)}
          </option>
        ))}
      </select>
      <select
        aria-label="Element"
        value={query.elementId}
        onChange={(event) => onChange({ elementId: event.target.value })}
      >
        <option value="all">Any element</option>
        {elementOptions}
      </select>
      <select
        aria-label="Review"
        value={query.marker}
        onChange={(event) => onChange({ marker: event.target.value as MarkerFilter })}
      >
        <option value="all">New or not</option>
        <option value="unreviewed">New or stale</option>
        <option value="new">New</option>
        <option value="stale">Stale</option>
      </select>
      <select
        aria-label="Group by"
        value={query.groupBy}
        onChange={(event) => onChange({ groupBy: event.target.value as GroupBy })}
      >
        <option value="none">No grouping</option>
        <option value="element">Group by element</option>
        <option value="category">Group by category</option>
      </select>
      {query.cell ? (
        <button type="button" onClick={() => onChange({ cell: null })}>
          Clear cell: {LIKELIHOOD_LABELS[query.cell.likelihood]} ×{' '}
          {IMPACT_LABELS[query.cell.impact]} ({query.cell.basis})
        </button>
      ) : null}
      <button type="button" onClick={onReset}>
        Clear filters
      </button>
    </div>
  );
}

/** Elements threats can belong to, named, for pickers. */
export function threatElementsOf(model: ThreatModel): Array<{ id: string; name: string }> {
  const list: Array<{ id: string; name: string }> = [];
  for (const diagram of model.diagrams) {
    for (const element of diagram.elements) {
      if (element.kind === 'trustBoundary') continue;
      list.push({ id: element.id, name: element.name || labelOf(element.kind) });
    }
  }
  return list.sort((a, b) => a.name.localeCompare(b.name));
}
