/**
 * The threat views' one door to the document: read the model, and change it through the store so
 * every change is undoable and autosaved. Kept in one file so that the views do not depend on how
 * the store is put together.
 */
import type { ThreatModel } from '../../../shared/model/types';
import { useDocumentStore } from '../../store/documentStore';
import { changeModelQuietly } from '../../store/history';

/** The open model. */
export function useModel(): ThreatModel {
  return useDocumentStore((state) => state.model);
}

export function getModel(): ThreatModel {
  return useDocumentStore.getState().model;
}

/** Applies a pure edit to the open model; an edit that returns the same model changes nothing. */
export function editModel(edit: (model: ThreatModel) => ThreatModel): void {
  useDocumentStore.getState().changeModel(edit);
}

/**
 * Applies an edit that belongs to the previous one, such as the threats live mode regenerates
 * after a drawing edit: it amends the last undo step instead of adding its own.
 */
export function editModelQuietly(edit: (model: ThreatModel) => ThreatModel): void {
  changeModelQuietly(edit);
}

/** Calls `listener` whenever the open model changes; returns the unsubscribe function. */
export function subscribeToModel(listener: () => void): () => void {
  return useDocumentStore.subscribe((state, previous) => {
    if (state.model !== previous.model) listener();
  });
}

/** Shows a message in the shell's status bar. */
export function reportStatus(message: string): void {
  useDocumentStore.getState().setStatus(message);
}

/** Brings the threats panel to the front of the bottom panel area. */
export function showThreatsPanel(): void {
  const state = useDocumentStore.getState();
  state.showBottomPanel('threats');
  // The register needs room for more than a handful of rows.
  if (state.panelSizes.bottom < THREATS_PANEL_MIN_HEIGHT)
    state.setPanelSizes({ bottom: THREATS_PANEL_MIN_HEIGHT });
}

const THREATS_PANEL_MIN_HEIGHT = 360;
