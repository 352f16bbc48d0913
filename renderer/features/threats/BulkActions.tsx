/** Changes to many threats at once: tick rows, then set a status or mark them reviewed. */
import { useState } from 'react';

import { labelOf, THREAT_STATUSES, type ThreatStatus } from '../../../shared/model/vocabulary';

export interface BulkActionsProps {
  shownIds: readonly string[];
  checked: ReadonlySet<string>;
  onCheck(ids: ReadonlySet<string>): void;
  onStatus(ids: string[], status: ThreatStatus): void;
  onReview(ids: string[]): void;
}

export function BulkActions({ shownIds, checked, onCheck, onStatus, onReview }: BulkActionsProps) {
  const [status, setStatus] = useState<ThreatStatus>('mitigated');
  const allShown = shownIds.length > 0 && shownIds.every((id) => checked.has(id));
  const ids = [...checked];

  return (
    <div className="bulk-actions" role="group" aria-label="Change selected threats">
      <label className="inline">
        <input
          type="checkbox"
          checked={allShown}
          onChange={(event) => onCheck(event.target.checked ? new Set(shownIds) : new Set())}
        />
        Select all shown
      </label>
      <span className="muted" aria-live="polite">
        {checked.size} selected
      </span>
      <label className="inline">
        Set status
        <select value={status} onChange={(event) => setStatus(event.target.value as ThreatStatus)}>
          {THREAT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {labelOf(value)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={checked.size === 0} onClick={() => onStatus(ids, status)}>
        Apply to selected
      </button>
      <button type="button" disabled={checked.size === 0} onClick={() => onReview(ids)}>
        Mark reviewed
      </button>
    </div>
  );
}
