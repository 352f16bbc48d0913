/**
 * The one bound store of the app: document, diagram verbs, selection and window state, as slices.
 *
 * Extension points, for features that come later:
 * - Changing the document: call `useAppStore.getState().changeModel(recipe)` with a pure
 *   `(model) => model` function. It is one undo step; wrap several in `historyGroup()` (history.ts)
 *   to make them one. Never `setState({ model })` directly from a feature.
 * - State of your own (a filter, a sort order): add a slice file exporting `createXSlice`, add its
 *   type to `AppState` in storeTypes.ts and one line below. It is not undone unless it lives in
 *   the model: undo covers `model` only (see `partialize`).
 * - Reading: subscribe with small selectors (`useAppStore((s) => s.selectedIds)`), or the shared
 *   ones in selectors.ts; use `useShallow` for arrays built in the selector.
 * - Tests and benchmarks reach the store as `window.__gatehouse.store` (see testHook.ts).
 */
import { temporal } from 'zundo';
import { create } from 'zustand';

import { createDiagramSlice } from './diagramSlice';
import { createDocumentSlice } from './documentSlice';
import { createSelectionSlice } from './selectionSlice';
import type { AppState, TrackedState } from './storeTypes';
import { createUiSlice } from './uiSlice';

/** How many steps back undo can go. */
export const HISTORY_LIMIT = 200;

export const useAppStore = create<AppState>()(
  temporal(
    (...a) => ({
      ...createDocumentSlice(...(a as Parameters<typeof createDocumentSlice>)),
      ...createSelectionSlice(...(a as Parameters<typeof createSelectionSlice>)),
      ...createUiSlice(...(a as Parameters<typeof createUiSlice>)),
      ...createDiagramSlice(...(a as Parameters<typeof createDiagramSlice>)),
    }),
    {
      partialize: (state): TrackedState => ({ model: state.model }),
      // Only a different model is a step; selection, gestures and panels never are.
      equality: (past, current) => past.model === current.model,
      limit: HISTORY_LIMIT,
    },
  ),
);

// The first diagram is the one showing when the app starts.
useAppStore.setState({ activeDiagramId: useAppStore.getState().model.diagrams[0]?.id ?? '' });
useAppStore.temporal.getState().clear();
