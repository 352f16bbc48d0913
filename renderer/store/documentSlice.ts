/**
 * The document: the model being edited, the file it belongs to, and the one entry point through
 * which every edit passes (`changeModel`). Because every edit goes through it, undo sees every
 * edit, autosave sees every edit, and "unsaved changes" is simply "not the model last saved".
 */
import { readModel } from '../../shared/format/readModel';
import { MODEL_FILE_EXTENSION, writeModel } from '../../shared/format/writeModel';
import { createModel } from '../../shared/model/factories';
import type { ThreatModel } from '../../shared/model/types';
import type { Problem } from '../../shared/result';
import type { AppSlice } from './storeTypes';

export interface DocumentSlice {
  model: ThreatModel;
  /** The model as last opened from or saved to a file; `model !== savedModel` means unsaved. */
  savedModel: ThreatModel;
  /** The host's handle of the file this model was opened from or saved to, if any. */
  handle: string | null;
  fileName: string | null;
  /** Bumped whenever a different document is loaded, so views can reset what they cached. */
  documentEpoch: number;

  /**
   * Applies an edit to the model: one undo step, unless inside a history group. A recipe that
   * returns the same model changes nothing and records nothing. Features use this for any change
   * of the document (threats, mitigations, imports); see modelEdits.ts for the editor's own.
   */
  changeModel(recipe: (model: ThreatModel) => ThreatModel): void;
  /** Replaces the document (new, open, recover); clears the undo history. */
  loadDocument(
    model: ThreatModel,
    source?: { handle: string | null; fileName: string | null; saved?: boolean },
  ): void;
  /** Replaces the open model with a new, empty one. */
  newDocument(): void;
  /** Opens a model file's text; on failure the open model stays as it was. */
  openText(
    text: string,
    handle: string | null,
    fileName: string,
  ): { ok: true } | { ok: false; errors: Problem[] };
  /** The canonical text to save. */
  serialize(): string;
  markSaved(handle: string, fileName: string): void;
}

export const createDocumentSlice: AppSlice<DocumentSlice> = (set, get, api) => {
  const initial = createModel();

  const clearHistory = (): void => {
    (api.temporal as { getState(): { clear(): void } }).getState().clear();
  };

  return {
    model: initial,
    savedModel: initial,
    handle: null,
    fileName: null,
    documentEpoch: 0,

    changeModel: (recipe) => {
      const current = get().model;
      const next = recipe(current);
      if (next !== current) set({ model: next });
    },

    loadDocument: (model, source = { handle: null, fileName: null }) => {
      set((state) => ({
        model,
        // A recovered document that was never saved to a file counts as unsaved.
        savedModel: source.saved === false ? state.savedModel : model,
        handle: source.handle,
        fileName: source.fileName,
        documentEpoch: state.documentEpoch + 1,
      }));
      get().resetSelection(model);
      clearHistory();
    },

    newDocument: () => get().loadDocument(createModel()),

    openText: (text, handle, fileName) => {
      const result = readModel(text);
      if (!result.ok) return { ok: false, errors: result.errors };
      get().loadDocument(result.value, { handle, fileName });
      return { ok: true };
    },

    serialize: () => writeModel(get().model),

    markSaved: (handle, fileName) =>
      set((state) => ({ handle, fileName, savedModel: state.model })),
  };
};

/** The file name a new document is first offered under. */
export function suggestedFileName(model: ThreatModel): string {
  const base =
    model.title
      .replace(/[^\w\- ]+/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'model';
  return `${base.toLowerCase()}${MODEL_FILE_EXTENSION}`;
}
