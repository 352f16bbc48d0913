/** Adds a threat written by hand to an element: the register offers every element, the inspector its own. */
import { useId, useState } from 'react';

import { STRIDE, STRIDE_NAMES, type StrideCategory } from '../../../shared/model/vocabulary';
import { threatElementsOf } from './RegisterFilters';
import { addThreatByHand } from './threatActions';
import { showThreatsPanel, useModel } from './threatDocument';

export function AddThreatForm({ elementId }: { elementId?: string }) {
  const model = useModel();
  const elements = elementId ? [] : threatElementsOf(model);
  const [target, setTarget] = useState(elementId ?? '');
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<StrideCategory>('S');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const add = () => {
    const element = elementId ?? target;
    if (element === '') return setError('Pick the element the threat belongs to.');
    if (title.trim() === '')
      return setError('Give the threat a title that says what could go wrong.');
    setError(null);
    addThreatByHand(element, { title: title.trim(), category });
    setTitle('');
    showThreatsPanel();
  };

  return (
    <details className="add-threat">
      <summary>Add a threat by hand</summary>
      <div className="field-row">
        {elementId ? null : (
          <label className="field">
            Element
            <select value={target} onChange={(event) => setTarget(event.target.value)}>
              <option value="">Choose…</option>
              {elements.map((element) => (
                <option key={element.id} value={element.id}>
                  {element.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field grow">
          Threat title
          <input
            value={title}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add();
            }}
          />
        </label>
        <label className="field">
          STRIDE category
          <select
            value={category}
            onChange={(event) => setCategory(event.target.value as StrideCategory)}
          >
            {STRIDE.map((letter) => (
              <option key={letter} value={letter}>
                {letter} · {STRIDE_NAMES[letter]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={add}>
          Add threat
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      ) : null}
    </details>
  );
}
