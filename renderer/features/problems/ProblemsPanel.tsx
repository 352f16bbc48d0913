/**
 * The Problems panel: the model's lint findings, each a button that takes the user to the element.
 * Lint runs on a deferred copy of the model, so typing and dragging never wait for it.
 */
import { useDeferredValue, useMemo } from 'react';

import { lintModel, type LintFinding } from '../../../shared/lint/lintModel';
import { useAppStore } from '../../store/appStore';

const SEVERITY_LABEL: Record<LintFinding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** How many findings are listed; the count above the list is always complete. */
const MAX_LISTED = 500;

export function ProblemsPanel() {
  const model = useDeferredValue(useAppStore((state) => state.model));
  const findings = useMemo(() => lintModel(model), [model]);

  if (findings.length === 0) {
    return <p className="problems__empty">No problems found in this model.</p>;
  }
  return (
    <div className="problems">
      <p className="problems__count">
        {findings.length} {findings.length === 1 ? 'problem' : 'problems'}
        {findings.length > MAX_LISTED ? `; the first ${MAX_LISTED} are listed` : ''}.
      </p>
      <ul className="problems__list">
        {findings.slice(0, MAX_LISTED).map((finding, i) => (
          <li key={`${finding.elementId}-${finding.code}-${i}`}>
            <button
              type="button"
              className={`problems__item problems__item--${finding.severity}`}
              onClick={() => useAppStore.getState().revealElement(finding.elementId)}
            >
              <span className="problems__severity">{SEVERITY_LABEL[finding.severity]}</span>
              <span className="problems__message">{finding.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
