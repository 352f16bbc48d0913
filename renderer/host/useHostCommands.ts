/**
 * Connects the page to its host: runs the commands the desktop menus and the close prompt send,
 * keeps the host told whether there are unsaved changes, and opens a model file dropped on the
 * window. What each command does is in runHostCommand.ts.
 */
import { useEffect, useRef } from 'react';

import { MODEL_FILE_EXTENSION } from '../../shared/format/writeModel';
import type { FileCommands } from '../app/useFileCommands';
import { useAppStore } from '../store/appStore';
import { selectDirty } from '../store/selectors';
import { getHost } from './getHost';
import { keepUnsavedWork, openFromHost, runHostCommand } from './runHostCommand';

export { HOST_COMMAND_EVENT } from './hostCommandEvent';

export function useHostCommands(commands: FileCommands, report: (message: string) => void): void {
  // The latest commands, without subscribing again on every render.
  const latest = useRef({ commands, report });
  useEffect(() => {
    latest.current = { commands, report };
  });

  useEffect(() => {
    const host = getHost();
    const { commands, report } = {
      commands: {
        newDocument: () => latest.current.commands.newDocument(),
        open: () => latest.current.commands.open(),
        save: () => latest.current.commands.save(),
        saveAs: () => latest.current.commands.saveAs(),
      },
      report: (message: string) => latest.current.report(message),
    };

    const unsubscribe = host.onCommand(
      (command) => void runHostCommand(command, { host, commands, report }),
    );
    // A file handed over by the system before the page was listening.
    if (host.kind === 'desktop') void openFromHost(host, report);
    return unsubscribe;
  }, []);

  // The host asks before closing a window with unsaved changes, so it must know about them.
  useEffect(() => {
    const host = getHost();
    let last = '';
    const tell = (state: ReturnType<typeof useAppStore.getState>) => {
      const dirty = selectDirty(state);
      const title = state.fileName ?? state.model.title;
      const key = `${dirty}|${title}`;
      if (key === last) return;
      last = key;
      void host.setDocumentState({ dirty, title: title.slice(0, 200) });
    };
    tell(useAppStore.getState());
    return useAppStore.subscribe(tell);
  }, []);

  // A model file dropped anywhere the page does not handle a drop itself opens as a new,
  // unsaved document; nothing dropped ever navigates the window away.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      // A feature's own drop zone (the importer's) handled it already.
      const handled = event.defaultPrevented;
      event.preventDefault();
      if (handled) return;
      const file = event.dataTransfer.files[0];
      if (!file || !file.name.toLowerCase().endsWith(MODEL_FILE_EXTENSION)) return;
      void file.text().then((text) => {
        if (keepUnsavedWork()) return;
        const opened = useAppStore.getState().openText(text, null, file.name);
        report(
          opened.ok
            ? `Opened ${file.name}; Save asks where to keep it.`
            : `${file.name} was not opened: ${opened.errors[0]?.message ?? 'not a model'}`,
        );
      });
    };
    const report = (message: string) => latest.current.report(message);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
