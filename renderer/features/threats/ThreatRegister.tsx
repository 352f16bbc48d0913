/** The threat register: filters, bulk actions and the virtualised table, over the open model. */
import { useCallback, useDeferredValue, useMemo } from 'react';

import type { ThreatStatus } from '../../../shared/model/vocabulary';
import { AddThreatForm } from './AddThreatForm';
import { BulkActions } from './BulkActions';
import { RegisterFilters, threatElementsOf } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { registerView, type SortKey } from './registerView';
import { rate, requestStatus, reviewThreats } from './threatActions';
import { useModel } from './threatDocument';
import { useThreatsUi } from './threatsUiStore';

export function ThreatRegister() {
  // An edit to the diagram reaches the register a frame later, so the edit itself never waits for
  // thousands of rows to be sorted and filtered again.
  const model = useDeferredValue(useModel());
  const query = useThreatsUi((state) => state.query);
  const selectedId = useThreatsUi((state) => state.selectedThreatId);
  const checked = useThreatsUi((state) => state.checkedThreatIds);
  const setQuery = useThreatsUi((state) => state.setQuery);
  const resetQuery = useThreatsUi((state) => state.resetQuery);
  const selectThreat = useThreatsUi((state) => state.selectThreat);
  const setChecked = useThreatsUi((state) => state.setChecked);

  // Typing in the search box stays responsive: the table catches up a frame later.
  const deferredQuery = useDeferredValue(query);
  const view = useMemo(() => registerView(model, deferredQuery), [model, deferredQuery]);
  const elements = useMemo(() => threatElementsOf(model), [model]);
  const shownIds = useMemo(
    () => view.rows.flatMap((row) => (row.kind === 'threat' ? [row.key] : [])),
    [view],
  );

  const onSort = useCallback(
    (key: SortKey) => {
      const current = useThreatsUi.getState().query.sort;
      const direction =
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending';
      setQuery({ sort: { key, direction } });
    },
    [setQuery],
  );
  const onToggleChecked = useCallback(
    (id: string, on: boolean) => {
      const next = new Set(useThreatsUi.getState().checkedThreatIds);
      if (on) next.add(id);
      else next.delete(id);
      setChecked(next);
    },
    [setChecked],
  );
  const onStatus = useCallback(
    (id: string, status: ThreatStatus) => requestStatus([id], status),
    [],
  );

  return (
    <section className="threat-register" aria-labelledby="register-title">
      <div className="panel-heading">
        <h2 id="register-title">Threat register</h2>
        <span className="muted" aria-live="polite">
          {view.shown === view.total
            ? `${view.total} threats`
            : `${view.shown} of ${view.total} threats shown`}
        </span>
      </div>
      <RegisterFilters query={query} elements={elements} onChange={setQuery} onReset={resetQuery} />
      <BulkActions
        shownIds={shownIds}
        checked={checked}
        onCheck={setChecked}
        onStatus={requestStatus}
        onReview={reviewThreats}
      />
      <AddThreatForm />
      <RegisterTable
        rows={view.rows}
        sort={query.sort}
        selectedId={selectedId}
        checked={checked}
        onSort={onSort}
        onSelect={selectThreat}
        onToggleChecked={onToggleChecked}
        onRate={rate}
        onStatus={onStatus}
      />
    </section>
  );
}
