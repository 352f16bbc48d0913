/** The header: document name, file commands, undo and redo, feature commands and the theme. */
import { useCallback, useState } from 'react';

import { LibraryDialog } from '../features/library/LibraryDialog';
import { useHostCommand } from '../host/hostCommandEvent';
import { useHostCommands } from '../host/useHostCommands';
import { useAppStore } from '../store/appStore';
import { redo, undo, useHistoryState } from '../store/history';
import { selectDirty } from '../store/selectors';
import { applyTheme, loadThemeChoice, type ThemeChoice } from './theme';
import { TOOLBAR_ITEMS } from './toolbar';
import { useFileCommands } from './useFileCommands';

const THEME_COMMANDS = ['view.theme-system', 'view.theme-light', 'view.theme-dark'] as const;
const LIBRARY_COMMANDS = ['view.toggle-library'] as const;

export function Header() {
  const title = useAppStore((state) => state.model.title);
  const fileName = useAppStore((state) => state.fileName);
  const dirty = useAppStore(selectDirty);
  const { canUndo, canRedo } = useHistoryState();
  const [theme, setTheme] = useState<ThemeChoice>(loadThemeChoice);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const report = useCallback((message: string) => useAppStore.getState().setStatus(message), []);
  const commands = useFileCommands(report);
  useHostCommands(commands, report);
  useHostCommand(THEME_COMMANDS, (command) =>
    setTheme(command.slice('view.theme-'.length) as ThemeChoice),
  );
  useHostCommand(LIBRARY_COMMANDS, () => setLibraryOpen((open) => !open));
  const items = [...TOOLBAR_ITEMS].sort((a, b) => a.order - b.order);

  return (
    <header className="app-header">
      <h1 className="app-title">
        Gatehouse{' '}
        <span className="app-document">
          {fileName ?? title}
          {dirty ? ' •' : ''}
        </span>
      </h1>
      <nav className="toolbar" aria-label="File">
        <button type="button" onClick={commands.newDocument}>
          New
        </button>
        <button type="button" onClick={() => void commands.open()}>
          Open…
        </button>
        <button type="button" onClick={() => void commands.save()}>
          Save
        </button>
        <button type="button" onClick={() => void commands.saveAs()}>
          Save as…
        </button>
        <button type="button" onClick={() => setLibraryOpen(true)}>
          Library…
        </button>
        {libraryOpen && <LibraryDialog onClose={() => setLibraryOpen(false)} />}
      </nav>
      <nav className="toolbar" aria-label="Edit">
        <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        {items.map((item) => (
          <item.Component key={item.id} />
        ))}
      </nav>
      <label className="theme-picker">
        Theme
        <select
          value={theme}
          onChange={(event) => {
            const choice = event.target.value as ThemeChoice;
            setTheme(choice);
            applyTheme(choice);
          }}
        >
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </header>
  );
}
