/**
 * The application menu as data: File, Edit, View, Window and Help with each platform's
 * conventions (the app menu and Cmd shortcuts on macOS, Ctrl and "Exit" elsewhere). Items that
 * act on the document send a command to the page; the rest are the system's own roles.
 */
import type { MenuItemConstructorOptions } from 'electron';

import type { HostCommand } from '../../../shared/host/contract';

export interface MenuActions {
  send(command: HostCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
  closeWindow(): void;
  showAbout(): void;
  showDocumentation(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  recent: readonly { path: string; name: string }[];
  theme: 'system' | 'light' | 'dark';
}

export function buildMenuTemplate(
  options: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (
    label: string,
    name: HostCommand,
    accelerator?: string,
    shownOnly = false,
  ): MenuItemConstructorOptions => ({
    label,
    click: () => actions.send(name),
    ...(accelerator ? { accelerator } : {}),
    ...(shownOnly ? { registerAccelerator: false } : {}),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const recentItems: MenuItemConstructorOptions[] = options.recent.length
    ? [
        ...options.recent.map((entry) => ({
          label: entry.name.replace(/&/g, '&&'),
          click: () => actions.openRecent(entry.path),
        })),
        separator,
        { label: 'Clear Recently Opened', click: () => actions.clearRecent() },
      ]
    : [{ label: 'No Recent Files', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('&New Model', 'file.new', 'CmdOrCtrl+N'),
      command('&Open…', 'file.open', 'CmdOrCtrl+O'),
      { label: 'Open &Recent', submenu: recentItems },
      separator,
      command('&Import…', 'file.import', 'CmdOrCtrl+I'),
      command('&Export…', 'file.export', 'CmdOrCtrl+E'),
      separator,
      command('&Save', 'file.save', 'CmdOrCtrl+S'),
      command('Save &As…', 'file.save-as', 'Shift+CmdOrCtrl+S'),
      separator,
      { label: '&Close', accelerator: 'CmdOrCtrl+W', click: () => actions.closeWindow() },
      ...(mac ? [] : [separator, { role: 'quit' as const, label: 'E&xit' }]),
    ],
  };

  // The page handles the editing keys itself (a text field needs its own undo and select-all,
  // and the browser build has no menu), so these shortcuts are shown but not taken by the menu.
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('&Undo', 'edit.undo', 'CmdOrCtrl+Z', true),
      command('&Redo', 'edit.redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y', true),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      command('&Delete', 'edit.delete', mac ? 'Backspace' : 'Delete', true),
      separator,
      command('Select &All', 'edit.select-all', 'CmdOrCtrl+A', true),
    ],
  };

  const theme = (label: string, name: HostCommand, value: MenuOptions['theme']) => ({
    label,
    type: 'radio' as const,
    checked: options.theme === value,
    click: () => actions.send(name),
  });
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      separator,
      {
        label: '&Theme',
        submenu: [
          theme('Match System', 'view.theme-system', 'system'),
          theme('Light', 'view.theme-light', 'light'),
          theme('Dark', 'view.theme-dark', 'dark'),
        ],
      },
      separator,
      command('&Inspector', 'view.toggle-inspector', 'CmdOrCtrl+Alt+1'),
      command('&Threats', 'view.toggle-threats', 'CmdOrCtrl+Alt+2'),
      command('&Library', 'view.toggle-library', 'CmdOrCtrl+Alt+3'),
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const about = { label: `&About ${options.appName}`, click: () => actions.showAbout() };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { label: '&Documentation', click: () => actions.showDocumentation() },
      ...(mac ? [] : [separator, about]),
    ],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { label: `About ${options.appName}`, click: () => actions.showAbout() },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    file,
    edit,
    view,
    ...(mac ? [{ role: 'windowMenu' as const }] : []),
    help,
  ];
}
