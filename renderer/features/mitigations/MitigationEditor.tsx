/** Every field of one mitigation, edited in place; each change is one undoable edit. */
import { useId, useState } from 'react';

import { formatThreatNumber } from '../../../shared/model/ids';
import type { Mitigation, Threat } from '../../../shared/model/types';
import { EFFORTS, labelOf, MITIGATION_STATUSES } from '../../../shared/model/vocabulary';
import type { MitigationPatch } from '../threats/threatEdits';
import { safeHttpUrl } from '../threats/references';
import { dueDateProblem, ticketProblem } from './mitigationFields';

/** How far a control in place lowers each rating: zero to four steps on the 1 to 5 scales. */
const REDUCTION_FIELDS = [
  { key: 'likelihood', label: 'Likelihood steps' },
  { key: 'impact', label: 'Impact steps' },
] as const;
const REDUCTION_STEPS = [0, 1, 2, 3, 4];

export interface MitigationEditorProps {
  mitigation: Mitigation;
  linkedThreats: readonly Threat[];
  /** Threats ticked in the register, offered for linking. */
  checkedCount: number;
  onChange(patch: MitigationPatch): void;
  onLinkChecked(): void;
  onLinkNumber(number: number): string | null;
  onUnlink(threatId: string): void;
  onOpenThreat(threatId: string): void;
  onDelete(): void;
}

export function MitigationEditor(props: MitigationEditorProps) {
  const { mitigation, onChange } = props;
  const prefix = useId();

  return (
    <form
      className="mitigation-editor"
      aria-label={`Mitigation ${mitigation.title}`}
      onSubmit={(event) => event.preventDefault()}
    >
      <CommitText
        label="Title"
        value={mitigation.title}
        onCommit={(title) => onChange({ title })}
      />
      <CommitText
        label="Description"
        multiline
        value={mitigation.description}
        onCommit={(description) => onChange({ description })}
      />
      <div className="field-row">
        <label className="field">
          Status
          <select
            value={mitigation.status}
            onChange={(event) => onChange({ status: event.target.value as Mitigation['status'] })}
          >
            {MITIGATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {labelOf(status)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Effort
          <select
            value={mitigation.effort}
            onChange={(event) => onChange({ effort: event.target.value as Mitigation['effort'] })}
          >
            {EFFORTS.map((effort) => (
              <option key={effort} value={effort}>
                {effort}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="field-row">
        <CommitText
          label="Owner"
          value={mitigation.owner}
          onCommit={(owner) => onChange({ owner })}
        />
        <CommitText
          label="Due date"
          type="date"
          value={mitigation.dueDate ?? ''}
          validate={dueDateProblem}
          onCommit={(value) => onChange({ dueDate: value === '' ? null : value })}
        />
      </div>
      <CommitText
        label="Ticket URL"
        type="url"
        value={mitigation.ticket}
        validate={ticketProblem}
        onCommit={(value) =>
          onChange({ ticket: value.trim() === '' ? '' : (safeHttpUrl(value) ?? '') })
        }
      />
      {mitigation.ticket && safeHttpUrl(mitigation.ticket) ? (
        <a
          href={safeHttpUrl(mitigation.ticket) ?? undefined}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open ticket
        </a>
      ) : null}
      <fieldset className="field-row">
        <legend>Reduction once in place</legend>
        {REDUCTION_FIELDS.map(({ key, label }) => (
          <label key={key} className="field">
            {label}
            <select
              value={mitigation.reduction[key]}
              onChange={(event) =>
                onChange({
                  reduction: { ...mitigation.reduction, [key]: Number(event.target.value) },
                })
              }
            >
              {REDUCTION_STEPS.map((step) => (
                <option key={step} value={step}>
                  {step}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <h3 id={`${prefix}-linked`}>Threats it covers ({props.linkedThreats.length})</h3>
      <ul aria-labelledby={`${prefix}-linked`} className="plain-list">
        {props.linkedThreats.map((threat) => (
          <li key={threat.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => props.onOpenThreat(threat.id)}
            >
              {formatThreatNumber(threat.number)} {threat.title}
            </button>{' '}
            <button
              type="button"
              aria-label={`Unlink ${formatThreatNumber(threat.number)}`}
              onClick={() => props.onUnlink(threat.id)}
            >
              Unlink
            </button>
          </li>
        ))}
      </ul>
      <LinkByNumber onLink={props.onLinkNumber} />
      <div className="field-row">
        <button type="button" disabled={props.checkedCount === 0} onClick={props.onLinkChecked}>
          Link {props.checkedCount} selected {props.checkedCount === 1 ? 'threat' : 'threats'}
        </button>
        <button type="button" className="danger" onClick={props.onDelete}>
          Delete mitigation
        </button>
      </div>
    </form>
  );
}

function LinkByNumber({ onLink }: { onLink(number: number): string | null }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = () => {
    const match = /^(?:T-?)?0*(\d{1,7})$/i.exec(text.trim());
    const problem = match ? onLink(Number(match[1])) : 'Enter a threat number such as T-0042.';
    setError(problem);
    if (!problem) setText('');
  };
  return (
    <div className="field-row">
      <label className="field">
        Link threat by number
        <input
          value={text}
          placeholder="T-0042"
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit();
          }}
        />
      </label>
      <button type="button" onClick={submit}>
        Link
      </button>
      {error ? (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface CommitTextProps {
  label: string;
  value: string;
  type?: 'text' | 'url' | 'date';
  multiline?: boolean;
  validate?(text: string): string | null;
  onCommit(value: string): void;
}

/**
 * A text field that writes to the document when it loses focus or Enter is pressed, not on every
 * key, so one edit is one undo step; an invalid value is shown with its problem and not written.
 */
export function CommitText(props: CommitTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const text = draft ?? props.value;

  const commit = () => {
    if (draft === null) return;
    const problem = props.validate?.(draft) ?? null;
    setError(problem);
    if (problem) return;
    if (draft !== props.value) props.onCommit(draft);
    setDraft(null);
  };
  const shared = {
    value: text,
    'aria-invalid': error !== null,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur: commit,
  };

  return (
    <label className="field">
      {props.label}
      {props.multiline ? (
        <textarea rows={3} {...shared} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input
          type={props.type ?? 'text'}
          {...shared}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
      {error ? (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}
