/** Selectors shared by the views; module-level so every subscriber compares the same function. */
import type { Diagram, Element } from '../../shared/model/types';
import type { AppState } from './storeTypes';

export const selectModel = (state: AppState) => state.model;

export const selectDirty = (state: AppState): boolean => state.model !== state.savedModel;

/** The diagram on screen; the first one when the active id no longer exists (after an undo). */
export const selectActiveDiagram = (state: AppState): Diagram =>
  state.model.diagrams.find((d) => d.id === state.activeDiagramId) ??
  (state.model.diagrams[0] as Diagram);

/** The one selected element, or null when none or several are selected. */
export const selectSingleSelected = (state: AppState): Element | null => {
  if (state.selectedIds.length !== 1) return null;
  const id = state.selectedIds[0];
  for (const diagram of state.model.diagrams) {
    const element = diagram.elements.find((e) => e.id === id);
    if (element) return element;
  }
  return null;
};
