/**
 * What each command of the desktop menus does. File commands, undo and redo, Delete and Select
 * all act here through the store; the panel toggles through the layout; commands a feature owns
 * (Import, Export, the Library, the theme picker) are passed on to it as a window event.
 */
import type { HostApi, HostCommand } from '../../shared/host/contract';
import { useLayoutStore } from '../app/layoutStore';
import { applyTheme, type ThemeChoice } from '../app/theme';
import type { FileCommands } from '../app/useFileCommands';
import { useAppStore } from '../store/appStore';
import { redo, undo } from '../store/history';
import { selectActiveDiagram, selectDirty } from '../store/selectors';
import { runBeforeClose } from './beforeClose';
import { dispatchHostCommand } from './hostCommandEvent';

export interface HostCommandContext {
  host: HostApi;
  commands: FileCommands;
  report(message: string): void;
}

/** Whether the keyboard is in a text field, whose own undo, delete and select-all apply. */
function editingText(): boolean {
  const active = document.activeElement;
  if (!active) return false;
  return (
    active.tagName === 'INPUT' ||
    active.tagName === 'TEXTAREA' ||
    (active as HTMLElement).isContentEditable === true
  );
}

export function keepUnsavedWork(): boolean {
  return selectDirty(useAppStore.getState()) && !window.confirm('Discard your unsaved changes?');
}

export async function openFromHost(host: HostApi, report: (message: string) => void) {
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

function selectAllOnCanvas(): void {
  const state = useAppStore.getState();
  state.select(selectActiveDiagram(state).elements.map((element) => element.id));
}

/** Runs one host command as if its own button or key had been used. */
export async function runHostCommand(
  command: HostCommand,
  { host, commands, report }: HostCommandContext,
): Promise<void> {
  switch (command) {
    case 'file.new':
      if (!keepUnsavedWork()) commands.newDocument();
      return;
    case 'file.open':
      return commands.open();
    case 'file.open-pending':
      return openFromHost(host, report);
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
    case 'edit.delete':
      if (editingText()) document.execCommand('delete');
      else useAppStore.getState().deleteSelection();
      return;
    case 'edit.select-all':
      if (editingText()) document.execCommand('selectAll');
      else selectAllOnCanvas();
      return;
    case 'view.toggle-inspector':
      useLayoutStore.getState().toggleSidePanel();
      return;
    case 'view.toggle-threats':
      useLayoutStore.getState().toggleBottomPanel('threats');
      return;
    case 'view.theme-system':
    case 'view.theme-light':
    case 'view.theme-dark':
      applyTheme(command.slice('view.theme-'.length) as ThemeChoice);
      // The header's picker shows the choice too.
      return dispatchHostCommand(command);
    case 'file.import':
    case 'file.export':
    case 'view.toggle-library':
      return dispatchHostCommand(command);
  }
}
