/**
 * The side list of a comparison: every change, one after another, with Previous and Next to walk
 * through them. The selected change's element is reported so the canvas can centre on it.
 */
import { useMemo, useState } from 'react';

import type { ModelDiff } from '../../../shared/diff/types';
import { changeEntries } from './compareHighlights';
import './compare.css';

export interface ChangeListProps {
  title: string;
  diff: ModelDiff;
  onSelectElement?: (elementId: string | null) => void;
}

const VERBS = { added: 'Added', removed: 'Removed', changed: 'Changed', crossing: 'Crossing' };

export function ChangeList({ title, diff, onSelectElement }: ChangeListProps) {
  const entries = useMemo(() => changeEntries(diff), [diff]);
  const [current, setCurrent] = useState(0);

  const select = (index: number) => {
    setCurrent(index);
    onSelectElement?.(entries[index]?.elementId ?? null);
  };

  if (entries.length === 0)
    return (
      <section className="change-list" aria-label={title}>
        <h3>{title}</h3>
        <p>No changes.</p>
      </section>
    );

  return (
    <section className="change-list" aria-label={title}>
      <h3>{title}</h3>
      <div className="change-nav">
        <button type="button" disabled={current === 0} onClick={() => select(current - 1)}>
          Previous change
        </button>
        <span>
          {current + 1} of {entries.length}
        </span>
        <button
          type="button"
          disabled={current >= entries.length - 1}
          onClick={() => select(current + 1)}
        >
          Next change
        </button>
      </div>
      <ul>
        {entries.map((entry, index) => (
          <li
            key={entry.key}
            className={`change change-${entry.line.change}`}
            aria-current={index === current ? 'true' : undefined}
          >
            <button type="button" className="change-item" onClick={() => select(index)}>
              <strong>{VERBS[entry.line.change]}:</strong> {entry.line.text}
            </button>
            {entry.line.details.length > 0 ? (
              <ul>
                {entry.line.details.map((detail, i) => (
                  <li key={i}>{detail}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
