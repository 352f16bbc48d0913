/**
 * Asks for the reason behind a decision that needs one (accepted, transferred, not applicable)
 * before it is made, for one threat or many.
 */
import { useEffect, useId, useRef, useState } from 'react';

import { labelOf, type ThreatStatus } from '../../../shared/model/vocabulary';
import { statusProblem } from './threatEdits';

export interface JustificationDialogProps {
  status: ThreatStatus;
  count: number;
  initial: string;
  onConfirm(justification: string): void;
  onCancel(): void;
}

export function JustificationDialog(props: JustificationDialogProps) {
  const [text, setText] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const confirm = () => {
    const problem = statusProblem(props.status, text);
    if (problem) setError(problem);
    else props.onConfirm(text.trim());
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={titleId}>
        {labelOf(props.status)}: why? ({props.count} {props.count === 1 ? 'threat' : 'threats'})
      </h2>
      <label className="field">
        Justification
        <textarea
          rows={4}
          value={text}
          aria-invalid={error !== null}
          aria-describedby={error ? `${titleId}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {error ? (
        <p id={`${titleId}-error`} className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={confirm}>
          Set {labelOf(props.status).toLowerCase()}
        </button>
      </div>
    </dialog>
  );
}
