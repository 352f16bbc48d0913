/**
 * The desktop shell's lifecycle, kept thin: each step is a `setup` call, the logic lives in
 * services/ (plain functions, tested without Electron), and the window opens last.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

import { app, screen, type BrowserWindow } from 'electron';

import { AppWindows } from './appWindows';
import { createHostHandlers } from './hostHandlers';
import { registerHostHandlers } from './ipc';
import { log } from './logger';
import { installMenu } from './menu';
import { PRELOAD_PATH } from './paths';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { denyAllPermissions, setupSecurityGuards } from './security';
import { writeFileAtomic } from './services/atomicWrite';
import { OpenDocuments } from './services/documents';
import { fileFromArgs } from './services/launchArgs';
import { RecentDocuments } from './services/recentDocuments';
import { cleanStrayTemporaries } from './services/strayTemporaries';
import { fitToScreens, parseWindowState, serializeWindowState } from './services/windowState';

// Tests run each launch in a fresh profile; everyone else gets the system's user-data folder.
const userDataOverride = process.env.GATEHOUSE_USER_DATA;
if (userDataOverride && path.isAbsolute(userDataOverride))
  app.setPath('userData', userDataOverride);

const windows = new AppWindows(PRELOAD_PATH);
const documents = new OpenDocuments();
const recent = new RecentDocuments(path.join(app.getPath('userData'), 'recent.json'));
const windowStateFile = path.join(app.getPath('userData'), 'window-state.json');
const pendingFiles: string[] = [];
let refreshMenu = (): void => undefined;

if (!app.requestSingleInstanceLock()) {
  // Another copy is running: it gets our command line (and so our file) and we leave.
  app.quit();
} else {
  setupProcessGuards();
  registerAppScheme();
  setupSecurityGuards((contents) => windows.windowFor(contents));
  setupFileHandOver();
  setupQuit();
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  denyAllPermissions();
  serveAppProtocol();
  await recent.load();
  const removed = await cleanStrayTemporaries(recent.folders());
  if (removed > 0) log.info(`[file] removed ${removed} temporaries left by interrupted saves`);

  registerHostHandlers(
    createHostHandlers({
      windows,
      documents,
      recent,
      takePendingFile: () => pendingFiles.shift() ?? null,
      refreshMenu: () => refreshMenu(),
    }),
    {
      windowFor: (event) => windows.windowFor(event.sender),
      trustedWebContents: () => windows.trustedWebContents(),
    },
  );
  refreshMenu = installMenu({
    windows,
    recent,
    openFile: openFromSystem,
    onRecentCleared: () => undefined,
  });

  const fromCommandLine = fileFromArgs(process.argv, process.cwd());
  if (fromCommandLine) pendingFiles.push(fromCommandLine);
  await openMainWindow();
}

async function openMainWindow(): Promise<BrowserWindow> {
  const saved = parseWindowState(await fs.readFile(windowStateFile, 'utf8').catch(() => null));
  const state = fitToScreens(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = windows.open(state, rememberBounds);
  if (pendingFiles.length > 0) windows.send(window, 'file.open-pending');
  return window;
}

/** Files handed over by the system: a second launch, `open-file` on macOS, the recent menu. */
function openFromSystem(filePath: string): void {
  pendingFiles.push(filePath);
  const window = windows.any();
  if (!window) {
    if (app.isReady()) void openMainWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
  windows.send(window, 'file.open-pending');
}

function setupFileHandOver(): void {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const filePath = fileFromArgs(argv, workingDirectory);
    if (filePath) openFromSystem(filePath);
    else windows.any()?.focus();
  });
  // macOS delivers double-clicked files this way, possibly before the app is ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (app.isReady()) openFromSystem(filePath);
    else pendingFiles.push(filePath);
  });
}

function setupQuit(): void {
  app.on('before-quit', () => windows.beginQuit());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || windows.isQuitting()) app.quit();
  });
  app.on('activate', () => {
    if (!windows.any() && app.isReady()) void openMainWindow();
  });
}

let boundsTimer: NodeJS.Timeout | undefined;
function rememberBounds(window: BrowserWindow): void {
  clearTimeout(boundsTimer);
  boundsTimer = setTimeout(() => {
    if (window.isDestroyed()) return;
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    void writeFileAtomic(windowStateFile, serializeWindowState(state), { backup: false }).catch(
      () => log.warn('[window] the window position could not be saved'),
    );
  }, 500);
}

function setupProcessGuards(): void {
  process.on('uncaughtException', (error) => log.error(`[main] ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) =>
    log.error(`[main] unhandled rejection: ${String(reason)}`),
  );
}
