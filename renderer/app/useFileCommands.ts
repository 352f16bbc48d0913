/**
 * New, Open, Save and Save As, wired to the host. Every outcome ends in a status message the user
 * can read; a failed open changes nothing that was open.
 */
import { useCallback } from 'react';

import { recordSavePoint } from '../features/history/historyStore';
import { getHost } from '../host/getHost';
import { useAppStore as useDocumentStore } from '../store/appStore';
import { suggestedFileName } from '../store/documentSlice';

export interface FileCommands {
  newDocument(): void;
  open(): Promise<void>;
  save(): Promise<void>;
  saveAs(): Promise<void>;
}

export function useFileCommands(report: (message: string) => void): FileCommands {
  const save = useCallback(
    async (asNew: boolean) => {
      const state = useDocumentStore.getState();
      const result = await getHost().saveDocument({
        handle: asNew ? null : state.handle,
        suggestedName: state.fileName ?? suggestedFileName(state.model),
        text: state.serialize(),
      });
      if (result.ok) {
        state.markSaved(result.value.handle, result.value.name);
        recordSavePoint(state.model);
        report(`Saved ${result.value.name}.`);
      } else if (result.errors[0]?.code !== 'cancelled') {
        report(result.errors[0]?.message ?? 'The model could not be saved.');
      }
    },
    [report],
  );

  return {
    newDocument: useCallback(() => {
      useDocumentStore.getState().newDocument();
      report('New model.');
    }, [report]),
    open: useCallback(async () => {
      const result = await getHost().openDocument();
      if (!result.ok) {
        if (result.errors[0]?.code !== 'cancelled')
          report(result.errors[0]?.message ?? 'The file could not be opened.');
        return;
      }
      const { handle, name, text } = result.value;
      const opened = useDocumentStore.getState().openText(text, handle, name);
      report(
        opened.ok
          ? `Opened ${name}.`
          : `${name} was not opened: ${opened.errors[0]?.message ?? 'not a model'}`,
      );
    }, [report]),
    save: useCallback(() => save(false), [save]),
    saveAs: useCallback(() => save(true), [save]),
  };
}
