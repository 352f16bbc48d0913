/**
 * The app shell: a header with the document's commands and a workspace. It composes features and
 * owns no domain logic.
 */
import { useCallback, useState } from 'react';

import { GenerateControls } from '../features/generation/GenerateControls';
import { ThreatsWorkspace } from '../features/threats/ThreatsWorkspace';
import { ComparePanel } from '../features/compare/ComparePanel';
import { ConflictList } from '../features/compare/ConflictList';
import { HistoryPanel } from '../features/history/HistoryPanel';
import { useDocumentStore } from '../store/documentStore';
import { applyTheme, loadThemeChoice, type ThemeChoice } from './theme';
import { useFileCommands } from './useFileCommands';

export function App() {
  const model = useDocumentStore((state) => state.model);
  const fileName = useDocumentStore((state) => state.fileName);
  const dirty = useDocumentStore((state) => state.dirty);
  const [status, setStatus] = useState('Ready.');
  const [theme, setTheme] = useState<ThemeChoice>(loadThemeChoice);
  const commands = useFileCommands(useCallback((message: string) => setStatus(message), []));

  const elementCount = model.diagrams.reduce((sum, diagram) => sum + diagram.elements.length, 0);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">
          Gatehouse{' '}
          <span className="app-document">
            {fileName ?? model.title}
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
        </nav>
        <GenerateControls />
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
      <main className="workspace">
        <section className="overview" aria-labelledby="overview-title">
          <h2 id="overview-title">{model.title}</h2>
          <p>
            {model.diagrams.length} {model.diagrams.length === 1 ? 'diagram' : 'diagrams'},{' '}
            {elementCount} {elementCount === 1 ? 'element' : 'elements'}, {model.threats.length}{' '}
            {model.threats.length === 1 ? 'threat' : 'threats'}.
          </p>
        </section>
        <ThreatsWorkspace />
        <ConflictList report={setStatus} />
        <ComparePanel report={setStatus} />
        <HistoryPanel report={setStatus} />
      </main>
      <div className="status-bar" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
