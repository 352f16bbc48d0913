/**
 * Labelled form controls for the inspector. Each is named after the property it edits, so tests
 * and screen readers find the same thing. Text fields write through as the user types, inside a
 * history group, so a whole field's typing is one undo step.
 */
import { useId, useState, type ReactNode } from 'react';

import { labelOf } from '../../../shared/model/vocabulary';
import { beginHistoryGroup, endHistoryGroup } from '../../store/history';

interface FieldProps<T> {
  label: string;
  value: T;
  onChange(value: T): void;
  hint?: string;
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <span id={id} className="field__hint">
      {hint}
    </span>
  ) : null;
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  multiline = false,
  list,
}: FieldProps<string> & { multiline?: boolean; list?: string }) {
  const hintId = useId();
  const common = {
    value,
    onFocus: beginHistoryGroup,
    onBlur: endHistoryGroup,
    ...(hint ? { 'aria-describedby': hintId } : {}),
  };
  return (
    <div className="field">
      <label className="field__control">
        <span className="field__label">{label}</span>
        {multiline ? (
          <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input
            {...common}
            type="text"
            {...(list ? { list } : {})}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </label>
      <Hint id={hintId} hint={hint} />
    </div>
  );
}

export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  hint,
}: FieldProps<number> & { min: number; max: number }) {
  const hintId = useId();
  return (
    <div className="field">
      <label className="field__control">
        <span className="field__label">{label}</span>
        <input
          type="number"
          min={min}
          max={max}
          value={value}
          onFocus={beginHistoryGroup}
          onBlur={endHistoryGroup}
          {...(hint ? { 'aria-describedby': hintId } : {})}
          onChange={(event) => {
            const next = Number(event.target.value);
            if (event.target.value !== '' && Number.isFinite(next))
              onChange(Math.min(max, Math.max(min, Math.round(next))));
          }}
        />
      </label>
      <Hint id={hintId} hint={hint} />
    </div>
  );
}

export function CheckField({ label, value, onChange, hint }: FieldProps<boolean>) {
  const hintId = useId();
  return (
    <div className="field field--check">
      <label className="field__control">
        <input
          type="checkbox"
          checked={value}
          {...(hint ? { 'aria-describedby': hintId } : {})}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span className="field__label">{label}</span>
      </label>
      <Hint id={hintId} hint={hint} />
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  onChange,
  options,
  hint,
}: FieldProps<T> & { options: readonly T[] | ReadonlyArray<{ value: T; label: string }> }) {
  const hintId = useId();
  return (
    <div className="field">
      <label className="field__control">
        <span className="field__label">{label}</span>
        <select
          value={value}
          {...(hint ? { 'aria-describedby': hintId } : {})}
          onChange={(event) => onChange(event.target.value as T)}
        >
          {options.map((option) => {
            const item =
              typeof option === 'string' ? { value: option, label: labelOf(option) } : option;
            return (
              <option key={item.value} value={item.value}>
                {item.label}
              </option>
            );
          })}
        </select>
      </label>
      <Hint id={hintId} hint={hint} />
    </div>
  );
}

/** Comma-separated tags, applied when the field is left so a half-typed tag stays as typed. */
export function TagsField({ label, value, onChange }: FieldProps<readonly string[]>) {
  const joined = value.join(', ');
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        type="text"
        value={draft ?? joined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft === null) return;
          const tags = [
            ...new Set(
              draft
                .split(',')
                .map((tag) => tag.trim())
                .filter(Boolean),
            ),
          ];
          setDraft(null);
          if (tags.join(', ') !== joined) onChange(tags);
        }}
      />
    </label>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="inspector__section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
