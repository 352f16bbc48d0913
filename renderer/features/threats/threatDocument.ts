/**
 * The threat views' one door to the document: read the model, and change it through the store so
 * every change is undoable and autosaved. Kept in one file so that the views do not depend on how
 * the store is put together.
 */
import type { ThreatModel } from '../../../shared/model/types';
import { useDocumentStore } from '../../store/documentStore';

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
