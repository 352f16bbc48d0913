/**
 * The undo policy. Every document edit is a step, except inside a group: a group (typing in one
 * field, a multi-step command) records the document as it was when the group opened and becomes a
 * single step when it closes, however many edits happened in between.
 */
import { useStore } from 'zustand';

import { HISTORY_LIMIT, useAppStore } from './appStore';
import type { TrackedState } from './storeTypes';

let depth = 0;
let before: TrackedState | null = null;

const temporal = () => useAppStore.temporal;

/** Opens a group; edits until the matching `endHistoryGroup` become one undo step. */
export function beginHistoryGroup(): void {
  depth += 1;
  if (depth > 1) return;
  before = { model: useAppStore.getState().model };
  temporal().getState().pause();
}

/** Closes a group, recording one step if the document changed while it was open. */
export function endHistoryGroup(): void {
  if (depth === 0) return;
  depth -= 1;
  if (depth > 0) return;
  const start = before;
  before = null;
  temporal().getState().resume();
  if (!start || start.model === useAppStore.getState().model) return;
  temporal().setState((history) => ({
    pastStates: [...history.pastStates, start].slice(-HISTORY_LIMIT),
    futureStates: [],
  }));
}

/** Runs `fn` as one undo step. */
export function historyGroup<T>(fn: () => T): T {
  beginHistoryGroup();
  try {
    return fn();
  } finally {
    endHistoryGroup();
  }
}

/**
 * Applies an edit that belongs to the previous step (such as threats regenerated after a drawing
 * edit) without a step of its own: undo takes both back together.
 */
export function changeModelQuietly(
  recipe: (model: TrackedState['model']) => TrackedState['model'],
): void {
  if (depth > 0) {
    useAppStore.getState().changeModel(recipe);
    return;
  }
  temporal().getState().pause();
  try {
    useAppStore.getState().changeModel(recipe);
  } finally {
    temporal().getState().resume();
  }
}

export function undo(): void {
  endOpenGroup();
  temporal().getState().undo();
}

export function redo(): void {
  endOpenGroup();
  temporal().getState().redo();
}

/** Undo and redo close whatever group is open first, so a half-typed field is one step. */
function endOpenGroup(): void {
  while (depth > 0) endHistoryGroup();
}

/** Whether undo and redo have anything to do, for the toolbar. */
export function useHistoryState(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useStore(temporal(), (history) => history.pastStates.length > 0);
  const canRedo = useStore(temporal(), (history) => history.futureStates.length > 0);
  return { canUndo, canRedo };
}
