/**
 * The shape of the one bound store, as the union of its slices. A feature that needs state of its
 * own adds a slice type here and its creator in appStore.ts; nothing else changes.
 */
import type { StateCreator } from 'zustand';

import type { DiagramSlice } from './diagramSlice';
import type { DocumentSlice } from './documentSlice';
import type { SelectionSlice } from './selectionSlice';
import type { UiSlice } from './uiSlice';

export type AppState = DocumentSlice & DiagramSlice & SelectionSlice & UiSlice;

/** What undo and redo cover: the document, nothing else. */
export interface TrackedState {
  model: AppState['model'];
}

/** A slice creator of the bound store, with the temporal (undo) middleware in its mutators. */
export type AppSlice<T> = StateCreator<AppState, [['temporal', unknown]], [], T>;
