/**
 * Adding a data flow without a mouse: pick the source and the target from lists of the diagram's
 * boxes. The current selection, when it is two boxes, fills both in (first picked is the source).
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';

import { labelOf } from '../../../shared/model/vocabulary';
import { useAppStore } from '../../store/appStore';
import { selectActiveDiagram } from '../../store/selectors';

interface FlowDialogProps {
  onClose(): void;
}

export function FlowDialog({ onClose }: FlowDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const diagram = useAppStore(selectActiveDiagram);
  const boxes = useMemo(
    // Flows run between things that exchange data; a zone only draws a line around them.
    () =>
      diagram.elements.filter(
        (element) => element.kind !== 'dataFlow' && element.kind !== 'trustBoundary',
      ),
    [diagram],
  );
  const [initialSource, initialTarget] = useMemo(() => {
    const picked = useAppStore
      .getState()
      .selectedIds.filter((id) => boxes.some((box) => box.id === id));
    const source = picked[0] ?? boxes[0]?.id ?? '';
    const target = picked[1] ?? boxes.find((box) => box.id !== source)?.id ?? '';
    return [source, target];
  }, [boxes]);
  const [sourceId, setSourceId] = useState(initialSource);
  const [targetId, setTargetId] = useState(initialTarget);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!sourceId || !targetId || sourceId === targetId) return;
    useAppStore.getState().connect(sourceId, targetId);
    onClose();
  };

  const options = boxes.map((box) => (
    <option key={box.id} value={box.id}>
      {box.name || '(unnamed)'} — {labelOf(box.kind)}
    </option>
  ));
  const invalid = !sourceId || !targetId || sourceId === targetId;

  return (
    <dialog
      ref={dialog}
      className="flow-dialog"
      aria-labelledby="flow-dialog-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <form onSubmit={submit}>
        <h2 id="flow-dialog-title">Add a data flow</h2>
        {boxes.length < 2 ? (
          <p>Add at least two elements first; a data flow connects two of them.</p>
        ) : (
          <>
            <label className="field">
              <span>Source</span>
              <select value={sourceId} onChange={(event) => setSourceId(event.target.value)}>
                {options}
              </select>
            </label>
            <label className="field">
              <span>Target</span>
              <select value={targetId} onChange={(event) => setTargetId(event.target.value)}>
                {options}
              </select>
            </label>
            {sourceId === targetId && <p role="alert">Pick two different elements.</p>}
          </>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={boxes.length < 2 || invalid}>
            Add flow
          </button>
        </div>
      </form>
    </dialog>
  );
}
