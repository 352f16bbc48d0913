/**
 * The open document: the model, where it came from and whether it has unsaved changes. Reading and
 * writing go through the file format in shared/, so the app and the CLI agree on every byte.
 */
import { create } from 'zustand';

import { readModel } from '../../shared/format/readModel';
import { MODEL_FILE_EXTENSION, writeModel } from '../../shared/format/writeModel';
import { createModel } from '../../shared/model/factories';
import type { ThreatModel } from '../../shared/model/types';
import type { Problem } from '../../shared/result';

export interface DocumentState {
  model: ThreatModel;
  /** The host's handle of the file this model was opened from or saved to, if any. */
  handle: string | null;
  fileName: string | null;
  dirty: boolean;
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

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  model: createModel(),
  handle: null,
  fileName: null,
  dirty: false,

  newDocument: () => set({ model: createModel(), handle: null, fileName: null, dirty: false }),

  openText: (text, handle, fileName) => {
    const result = readModel(text);
    if (!result.ok) return { ok: false, errors: result.errors };
    set({ model: result.value, handle, fileName, dirty: false });
    return { ok: true };
  },

  serialize: () => writeModel(get().model),

  markSaved: (handle, fileName) => set({ handle, fileName, dirty: false }),
}));

/** The file name a new document is first offered under. */
export function suggestedFileName(model: ThreatModel): string {
  const base =
    model.title
      .replace(/[^\w\- ]+/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'model';
  return `${base.toLowerCase()}${MODEL_FILE_EXTENSION}`;
}
