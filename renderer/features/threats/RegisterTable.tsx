/**
 * The threat register's table. Rows are virtualised: only the ones in view are in the DOM, so the
 * table scrolls and filters as fast with 5,000 threats as with 50. It is an ARIA table (divs laid
 * out as a grid) because a real <table> cannot hold absolutely positioned rows.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';

import { formatThreatNumber } from '../../../shared/model/ids';
import {
  labelOf,
  STRIDE_NAMES,
  THREAT_STATUSES,
  type ThreatStatus,
} from '../../../shared/model/vocabulary';
import { RATINGS } from '../../../shared/risk';
import { BandChip } from '../risk/BandChip';
import { InlineSelect } from './InlineSelect';
import type { RegisterRow, RegisterQuery, SortKey, ThreatRow } from './registerView';

export const ROW_HEIGHT = 38;

const RATING_OPTIONS = RATINGS.map((rating) => ({
  value: rating as number,
  label: String(rating),
}));
const STATUS_OPTIONS = THREAT_STATUSES.map((status) => ({
  value: status as ThreatStatus,
  label: labelOf(status),
}));

const COLUMNS: ReadonlyArray<{ key: SortKey; label: string }> = [
  { key: 'number', label: 'ID' },
  { key: 'title', label: 'Threat' },
  { key: 'element', label: 'Element' },
  { key: 'category', label: 'Category' },
  { key: 'likelihood', label: 'Likelihood' },
  { key: 'impact', label: 'Impact' },
  { key: 'risk', label: 'Risk' },
  { key: 'status', label: 'Status' },
];

export interface RegisterTableProps {
  rows: readonly RegisterRow[];
  sort: RegisterQuery['sort'];
  selectedId: string | null;
  checked: ReadonlySet<string>;
  onSort(key: SortKey): void;
  onSelect(id: string): void;
  onToggleChecked(id: string, checked: boolean): void;
  onRate(id: string, rating: { likelihood?: number; impact?: number }): void;
  onStatus(id: string, status: ThreatStatus): void;
}

export function RegisterTable(props: RegisterTableProps) {
  const { rows, sort, selectedId } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    // Let React batch the rows of several scroll events into one render.
    useFlushSync: false,
    getItemKey: (index) => rows[index]?.key ?? index,
  });

  const selectedIndex = selectedId === null ? -1 : rows.findIndex((row) => row.key === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <div
      className="register-table"
      role="table"
      aria-label="Threat register"
      aria-rowcount={rows.length + 1}
    >
      <div role="rowgroup" className="register-head">
        <div role="row" aria-rowindex={1} className="register-row">
          {COLUMNS.map((column) => {
            const active = sort.key === column.key;
            return (
              <div
                key={column.key}
                role="columnheader"
                aria-sort={active ? sort.direction : 'none'}
                className="register-cell"
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => props.onSort(column.key)}
                >
                  {column.label}
                  <span aria-hidden="true" className="sort-arrow">
                    {active ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scrollRef} className="register-body" role="rowgroup" tabIndex={-1}>
        {rows.length === 0 ? (
          <div role="row" aria-rowindex={2} className="register-empty">
            <div role="cell">No threats match. Clear the filters or generate threats.</div>
          </div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return row.kind === 'group' ? (
                <div
                  key={row.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className="register-row register-group"
                  style={{ top: item.start, height: ROW_HEIGHT }}
                >
                  <div role="cell" className="register-cell" aria-colspan={COLUMNS.length}>
                    {row.label} <span className="muted">({row.count})</span>
                  </div>
                </div>
              ) : (
                <ThreatRowView
                  key={row.key}
                  row={row}
                  rowIndex={item.index + 2}
                  start={item.start}
                  selected={row.key === selectedId}
                  checked={props.checked.has(row.key)}
                  onSelect={props.onSelect}
                  onToggleChecked={props.onToggleChecked}
                  onRate={props.onRate}
                  onStatus={props.onStatus}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

interface ThreatRowViewProps extends Pick<
  RegisterTableProps,
  'onSelect' | 'onToggleChecked' | 'onRate' | 'onStatus'
> {
  row: ThreatRow;
  rowIndex: number;
  /** Offset of the row from the top of the list, in pixels. */
  start: number;
  selected: boolean;
  checked: boolean;
}

const ThreatRowView = memo(function ThreatRowView(props: ThreatRowViewProps) {
  const { row, selected, checked } = props;
  const { threat, inherent, residual } = row.assessed;
  const number = formatThreatNumber(threat.number);
  const id = threat.id;

  return (
    <div
      role="row"
      aria-rowindex={props.rowIndex}
      aria-selected={selected}
      data-threat-id={id}
      className={`register-row${selected ? ' is-selected' : ''}${threat.stale ? ' is-stale' : ''}`}
      style={{ top: props.start, height: ROW_HEIGHT }}
    >
      <div role="cell" className="register-cell cell-id">
        <input
          type="checkbox"
          aria-label={`Select ${number}`}
          checked={checked}
          onChange={(event) => props.onToggleChecked(id, event.target.checked)}
        />
        <span>{number}</span>
        {row.marker ? (
          <span className={`marker marker-${row.marker}`}>
            {row.marker === 'new' ? 'New' : 'Stale'}
          </span>
        ) : null}
      </div>
      <div role="cell" className="register-cell cell-title">
        <button
          type="button"
          className="link-button"
          onClick={() => props.onSelect(id)}
          title={threat.title}
        >
          {threat.title}
        </button>
      </div>
      <div role="cell" className="register-cell cell-text" title={row.elementName}>
        {row.elementName}
      </div>
      <div role="cell" className="register-cell">
        <abbr title={STRIDE_NAMES[threat.category]}>{threat.category}</abbr>
      </div>
      <div role="cell" className="register-cell">
        <InlineSelect
          label={`Likelihood of ${number}`}
          value={threat.likelihood}
          options={RATING_OPTIONS}
          onChange={(likelihood) => props.onRate(id, { likelihood })}
        />
      </div>
      <div role="cell" className="register-cell">
        <InlineSelect
          label={`Impact of ${number}`}
          value={threat.impact}
          options={RATING_OPTIONS}
          onChange={(impact) => props.onRate(id, { impact })}
        />
      </div>
      <div
        role="cell"
        className="register-cell"
        title={`Inherent ${inherent.score}, residual ${residual.score}`}
      >
        {residual.score !== inherent.score ? (
          <span className="muted strike">{inherent.score}→</span>
        ) : null}
        <BandChip rating={residual} />
      </div>
      <div role="cell" className="register-cell">
        <InlineSelect
          label={`Status of ${number}`}
          value={threat.status}
          options={STATUS_OPTIONS}
          onChange={(status) => props.onStatus(id, status)}
        />
      </div>
    </div>
  );
});
