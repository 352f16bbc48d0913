/** Installs the application menu, rebuilt whenever the recent list changes. */
import { app, dialog, Menu } from 'electron';

import type { AppWindows } from './appWindows';
import { buildMenuTemplate, type MenuOptions } from './services/menuTemplate';
import type { RecentDocuments } from './services/recentDocuments';

// TODO: open the online guide once the project has a public site; until then Help points at
// the README that ships with every copy.
const DOCUMENTATION_TEXT =
  'The user guide is the README.md that comes with Gatehouse: installing, the model, the file ' +
  'format, the command line and the known limitations. Run `gatehouse --help` for the CLI.';

export interface MenuContext {
  windows: AppWindows;
  recent: RecentDocuments;
  openFile(filePath: string): void;
  onRecentCleared(): void;
}

export function installMenu(context: MenuContext): () => void {
  let theme: MenuOptions['theme'] = 'system';
  const sendToFocused = (command: Parameters<AppWindows['send']>[1]) => {
    const window = context.windows.any();
    if (!window) return;
    if (command.startsWith('view.theme-')) {
      theme = command.slice('view.theme-'.length) as MenuOptions['theme'];
      rebuild();
    }
    context.windows.send(window, command);
  };

  function rebuild(): void {
    const template = buildMenuTemplate(
      { platform: process.platform, appName: app.getName(), recent: context.recent.list(), theme },
      {
        send: sendToFocused,
        openRecent: (filePath) => context.openFile(filePath),
        clearRecent: () => {
          void context.recent.clear().finally(() => {
            context.onRecentCleared();
            rebuild();
          });
        },
        closeWindow: () => context.windows.any()?.close(),
        showAbout: () => {
          const window = context.windows.any();
          const options = {
            type: 'info' as const,
            title: `About ${app.getName()}`,
            message: `${app.getName()} ${app.getVersion()}`,
            detail: `Threat modeling for APIs.\nElectron ${process.versions.electron ?? ''}, Chromium ${process.versions.chrome ?? ''}, Node ${process.versions.node}.`,
          };
          void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
        },
        showDocumentation: () => {
          const options = {
            type: 'info' as const,
            title: 'Documentation',
            message: `${app.getName()} documentation`,
            detail: DOCUMENTATION_TEXT,
          };
          const window = context.windows.any();
          void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
        },
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  rebuild();
  return rebuild;
}
