import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { applyTheme, loadThemeChoice } from './app/theme';
import './app/styles.css';
import { installTestHook } from './store/testHook';

applyTheme(loadThemeChoice());
installTestHook();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
