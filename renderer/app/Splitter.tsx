/** A draggable, keyboard-operable divider that sets a panel's size. */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  orientation: 'vertical' | 'horizontal';
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right or down makes the panel bigger, -1 when it makes it smaller. */
  direction: 1 | -1;
  onChange(value: number): void;
}

export function Splitter({
  label,
  orientation,
  value,
  min,
  max,
  direction,
  onChange,
}: SplitterProps) {
  const start = useRef<{ pointer: number; value: number } | null>(null);
  const clamp = (next: number) => Math.round(Math.min(max, Math.max(min, next)));
  const axis = (event: PointerEvent) =>
    orientation === 'vertical' ? event.clientX : event.clientY;

  const onKeyDown = (event: KeyboardEvent) => {
    const grow =
      orientation === 'vertical' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
    const index = grow.indexOf(event.key);
    if (index < 0) return;
    event.preventDefault();
    const sign = (index === 0 ? -1 : 1) * direction;
    onChange(clamp(value + sign * (event.shiftKey ? 64 : 16)));
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`splitter splitter--${orientation}`}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        start.current = { pointer: axis(event), value };
      }}
      onPointerMove={(event) => {
        if (!start.current) return;
        onChange(clamp(start.current.value + direction * (axis(event) - start.current.pointer)));
      }}
      onPointerUp={() => {
        start.current = null;
      }}
    />
  );
}
