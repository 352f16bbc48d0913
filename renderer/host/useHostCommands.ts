/**
 * Connects the page to its host: runs the commands the desktop menus and the close prompt send,
 * keeps the host told whether there are unsaved changes, and opens a model file dropped on the
 * window. Commands the shell has no handler for here (import, export, delete, panels) are passed
 * on as a `gatehouse:command` window event, for the feature that owns them to pick up.
 */
import { useEffect, useRef } from 'react';

import type { HostCommand } from '../../shared/host/contract';
import { MODEL_FILE_EXTENSION } from '../../shared/format/writeModel';
import { applyTheme } from '../app/theme';
import type { FileCommands } from '../app/useFileCommands';
import { useAppStore } from '../store/appStore';
import { redo, undo } from '../store/history';
import { selectDirty } from '../store/selectors';
import { runBeforeClose } from './beforeClose';
import { getHost } from './getHost';

/** The window event that carries host commands to features. */
export const HOST_COMMAND_EVENT = 'gatehouse:command';

function editingText(): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLInputElement ||
    active instanceof HTMLTextAreaElement ||
    (active instanceof HTMLElement && active.isContentEditable)
  );
}

function keepUnsavedWork(): boolean {
  return selectDirty(useAppStore.getState()) && !window.confirm('Discard your unsaved changes?');
}

async function openFromHost(report: (message: string) => void): Promise<void> {
  const host = getHost();
  const result = await host.openPending();
  if (!result.ok) {
    if (result.errors[0]?.code !== 'not-found') report(result.errors[0]?.message ?? '');
    return;
  }
  if (keepUnsavedWork()) return;
  const { handle, name, text } = result.value;
  const opened = useAppStore.getState().openText(text, handle, name);
  report(
    opened.ok
      ? `Opened ${name}.`
      : `${name} was not opened: ${opened.errors[0]?.message ?? 'not a model'}`,
  );
}

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

    async function run(command: HostCommand): Promise<void> {
      switch (command) {
        case 'file.new':
          if (!keepUnsavedWork()) commands.newDocument();
          return;
        case 'file.open':
          return commands.open();
        case 'file.open-pending':
          return openFromHost(report);
        case 'file.save':
          return commands.save();
        case 'file.save-as':
          return commands.saveAs();
        case 'file.save-and-close':
          await commands.save();
          if (!selectDirty(useAppStore.getState())) await host.closeWindow();
          return;
        case 'window.prepare-close':
          await runBeforeClose();
          return host.readyToClose();
        case 'edit.undo':
          if (editingText()) document.execCommand('undo');
          else undo();
          return;
        case 'edit.redo':
          if (editingText()) document.execCommand('redo');
          else redo();
          return;
        case 'view.theme-system':
        case 'view.theme-light':
        case 'view.theme-dark':
          applyTheme(command.slice('view.theme-'.length) as 'system' | 'light' | 'dark');
          break;
      }
      if (command === 'edit.select-all' && editingText()) {
        document.execCommand('selectAll');
        return;
      }
      window.dispatchEvent(new CustomEvent(HOST_COMMAND_EVENT, { detail: command }));
    }

    const unsubscribe = host.onCommand((command) => void run(command));
    // A file handed over by the system before the page was listening.
    if (host.kind === 'desktop') void openFromHost(report);
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
