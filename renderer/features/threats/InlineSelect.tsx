/**
 * A value that turns into a drop-down when someone wants to change it. The register shows dozens
 * of these per screen; a real <select> costs far more to create than text, so it exists only while
 * it is being edited, which keeps scrolling through thousands of threats smooth.
 */
import { useState } from 'react';

export interface InlineSelectProps<T extends string | number> {
  /** Names the control, such as "Status of T-0042". */
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T): void;
}

export function InlineSelect<T extends string | number>(props: InlineSelectProps<T>) {
  const [editing, setEditing] = useState(false);
  const current = props.options.find((option) => option.value === props.value);

  if (!editing)
    return (
      <button
        type="button"
        className="inline-value"
        aria-label={`${props.label}: ${current?.label ?? String(props.value)}`}
        onClick={() => setEditing(true)}
      >
        {current?.label ?? String(props.value)}
        <span aria-hidden="true" className="inline-caret">
          ▾
        </span>
      </button>
    );

  return (
    <select
      aria-label={props.label}
      value={String(props.value)}
      // The select replaces the button the user just activated, so focus follows it.
      autoFocus
      onBlur={() => setEditing(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setEditing(false);
      }}
      onChange={(event) => {
        const picked = props.options.find((option) => String(option.value) === event.target.value);
        setEditing(false);
        if (picked && picked.value !== props.value) props.onChange(picked.value);
      }}
    >
      {props.options.map((option) => (
        <option key={String(option.value)} value={String(option.value)}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
