/**
 * The model's diagrams as tabs: switch, add, rename (double-click or the Rename button), reorder
 * (drag a tab, or Alt+Left/Right on a tab) and delete (not the last one).
 */
import { useState, type KeyboardEvent } from 'react';

import { autoLayout } from '../../../shared/io/layout/autoLayout';
import { useAppStore } from '../../store/appStore';
import { selectActiveDiagram } from '../../store/selectors';

/**
 * Lays the active diagram out with the same layout the importers use (boxes sized to their names,
 * room between columns for flow labels), as one undo step.
 */
async function autoLayoutActiveDiagram(): Promise<void> {
  const state = useAppStore.getState();
  const diagram = selectActiveDiagram(state);
  const { model: laidOut, warnings } = await autoLayout(state.model, [diagram.id]);
  if (warnings.length > 0) {
    useAppStore.getState().setStatus(warnings[0]?.message ?? 'Auto layout failed.', 'error');
    return;
  }

  const boxes = Object.fromEntries(
    diagram.elements.flatMap((element) => {
      const box = laidOut.layout.nodes[element.id];
      return box ? [[element.id, box]] : [];
    }),
  );
  useAppStore.getState().changeModel((model) => ({
    ...model,
    layout: { ...model.layout, nodes: { ...model.layout.nodes, ...boxes } },
  }));
  useAppStore.getState().requestFitView();
  useAppStore.getState().setStatus(`Laid out “${diagram.name}”; Undo puts it back.`);
}

export function DiagramTabs() {
  const diagrams = useAppStore((state) => state.model.diagrams);
  const active = useAppStore(selectActiveDiagram);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const store = useAppStore.getState;

  const onTabKey = (event: KeyboardEvent, id: string, index: number): void => {
    if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      store().moveDiagram(id, index + (event.key === 'ArrowLeft' ? -1 : 1));
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const next =
        diagrams[
          (index + (event.key === 'ArrowLeft' ? -1 : 1) + diagrams.length) % diagrams.length
        ];
      if (next) {
        store().setActiveDiagram(next.id);
        document.getElementById(`diagram-tab-${next.id}`)?.focus();
      }
    }
    if (event.key === 'F2') setRenaming(id);
  };

  return (
    <div className="diagram-tabs">
      <div role="tablist" aria-label="Diagrams" className="diagram-tabs__list">
        {diagrams.map((diagram, index) =>
          renaming === diagram.id ? (
            <input
              key={diagram.id}
              className="diagram-tabs__rename"
              aria-label="Diagram name"
              defaultValue={diagram.name}
              autoFocus
              onBlur={(event) => {
                store().renameDiagram(diagram.id, event.target.value.trim() || diagram.name);
                setRenaming(null);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') event.currentTarget.blur();
                if (event.key === 'Escape') setRenaming(null);
              }}
            />
          ) : (
            <button
              key={diagram.id}
              id={`diagram-tab-${diagram.id}`}
              type="button"
              role="tab"
              aria-selected={diagram.id === active.id}
              tabIndex={diagram.id === active.id ? 0 : -1}
              className="diagram-tabs__tab"
              draggable
              onClick={() => store().setActiveDiagram(diagram.id)}
              onDoubleClick={() => setRenaming(diagram.id)}
              onKeyDown={(event) => onTabKey(event, diagram.id, index)}
              onDragStart={() => setDragged(diagram.id)}
              onDragOver={(event) => dragged && event.preventDefault()}
              onDrop={() => {
                if (dragged) store().moveDiagram(dragged, index);
                setDragged(null);
              }}
            >
              {diagram.name}
            </button>
          ),
        )}
      </div>
      <button type="button" onClick={() => void autoLayoutActiveDiagram()}>
        Auto layout
      </button>
      <button type="button" onClick={() => store().addDiagram()}>
        Add diagram
      </button>
      <button type="button" onClick={() => setRenaming(active.id)}>
        Rename diagram
      </button>
      <button
        type="button"
        disabled={diagrams.length <= 1}
        onClick={() => {
          const count = active.elements.length;
          if (count > 0 && !window.confirm(`Delete "${active.name}" and its ${count} elements?`))
            return;
          store().deleteDiagram(active.id);
        }}
      >
        Delete diagram
      </button>
    </div>
  );
}
