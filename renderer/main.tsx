import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { applyTheme, loadThemeChoice } from './app/theme';
import './app/styles.css';
import { startWorkspace } from './db/startWorkspace';
import { useAppStore } from './store/appStore';
import { installTestHook } from './store/testHook';

applyTheme(loadThemeChoice());
installTestHook();

/** How long the app waits for the workspace before it starts without it. */
const WORKSPACE_TIMEOUT_MS = 3000;

async function start(): Promise<void> {
  // The workspace first, so a recovered model is the first thing drawn.
  const timeout = new Promise<'timeout'>((resolve) =>
    setTimeout(() => resolve('timeout'), WORKSPACE_TIMEOUT_MS),
  );
  const outcome = await Promise.race([
    startWorkspace(useAppStore).catch(() => 'failed' as const),
    timeout,
  ]);
  if (outcome === 'failed' || outcome === 'timeout') {
    useAppStore
      .getState()
      .setStatus(
        'The local workspace is not available, so autosave is off. Save your model to a file.',
        'warning',
      );
  }
  document.documentElement.dataset.workspace = typeof outcome === 'object' ? 'ready' : 'off';

  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
