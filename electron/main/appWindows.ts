/**
 * The app's windows and what main knows about each: whether its document has unsaved changes,
 * and how far a close has got. A window closes only through `decideClose`: unsaved changes are
 * asked about, the journal is flushed, and Cancel also cancels a quit in progress.
 */
import { app, BrowserWindow, dialog, type WebContents } from 'electron';

import { HOST_COMMAND_CHANNEL, type HostCommand } from '../../shared/host/contract';
import { log } from './logger';
import { APP_ENTRY_URL } from './services/appOrigin';
import { decideClose, withTimeout, type CloseChoice } from './services/closeFlow';
import type { SavedWindowState } from './services/windowState';

const JOURNAL_FLUSH_TIMEOUT_MS = 3000;

interface WindowRecord {
  window: BrowserWindow;
  dirty: boolean;
  title: string;
  /** Set once the close was decided; the next `close` event goes through. */
  closeAllowed: boolean;
  deciding: boolean;
  /** Resolves the journal flush the window was asked for. */
  journalFlushed: (() => void) | null;
  /** Commands sent before the page was ready to hear them. */
  loaded: boolean;
  queued: HostCommand[];
}

export class AppWindows {
  private readonly records = new Map<number, WindowRecord>();
  private quitting = false;

  constructor(private readonly preloadPath: string) {}

  /** Opens a window on the app's page; bounds changes are reported for remembering. */
  open(state: SavedWindowState, onBoundsChanged: (window: BrowserWindow) => void): BrowserWindow {
    // Every security option is spelled out, even where it is the default, so intent is visible
    // to reviewers and static checks, and an upstream default changing changes nothing here.
    const window = new BrowserWindow({
      ...state.bounds,
      minWidth: 720,
      minHeight: 480,
      show: false,
      title: 'Gatehouse',
      backgroundColor: '#1b1d22',
      webPreferences: {
        // The preload exposes only the contract's calls, never ipcRenderer (reviewed).
        preload: this.preloadPath, // eng-disable PRELOAD_JS_CHECK
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        contextIsolation: true,
        sandbox: true,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
        safeDialogs: true,
        spellcheck: false,
      },
    });
    const record: WindowRecord = {
      window,
      dirty: false,
      title: 'Untitled',
      closeAllowed: false,
      deciding: false,
      journalFlushed: null,
      loaded: false,
      queued: [],
    };
    const id = window.webContents.id;
    this.records.set(id, record);

    if (state.maximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    window.webContents.on('did-finish-load', () => {
      record.loaded = true;
      for (const command of record.queued.splice(0)) this.send(window, command);
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      log.error(`[window] the page stopped (${details.reason}); reloading it`);
      record.loaded = false;
      // The reloaded page offers to recover from its journal.
      if (details.reason !== 'clean-exit') window.webContents.reload();
    });
    const boundsChanged = () => onBoundsChanged(window);
    window.on('resize', boundsChanged);
    window.on('move', boundsChanged);
    window.on('maximize', boundsChanged);
    window.on('unmaximize', boundsChanged);
    window.on('close', (event) => {
      if (record.closeAllowed) return;
      event.preventDefault();
      void this.decide(record);
    });
    window.on('closed', () => this.records.delete(id));

    void window.loadURL(APP_ENTRY_URL);
    return window;
  }

  /** The web contents ids allowed to call the host. */
  trustedWebContents(): ReadonlySet<number> {
    return new Set(this.records.keys());
  }

  windowFor(contents: WebContents): BrowserWindow | null {
    return this.records.get(contents.id)?.window ?? null;
  }

  any(): BrowserWindow | null {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && this.records.has(focused.webContents.id)) return focused;
    return this.records.values().next().value?.window ?? null;
  }

  /** Sends a command to the page, or keeps it until the page has loaded. */
  send(window: BrowserWindow, command: HostCommand): void {
    const record = this.records.get(window.webContents.id);
    if (!record) return;
    if (!record.loaded) {
      record.queued.push(command);
      return;
    }
    window.webContents.send(HOST_COMMAND_CHANNEL, command);
  }

  setDocumentState(window: BrowserWindow, dirty: boolean, title: string): void {
    const record = this.records.get(window.webContents.id);
    if (!record) return;
    record.dirty = dirty;
    record.title = title;
    window.setTitle(`${title}${dirty ? ' •' : ''} — Gatehouse`);
    window.setDocumentEdited(dirty);
  }

  journalFlushed(window: BrowserWindow): void {
    const record = this.records.get(window.webContents.id);
    record?.journalFlushed?.();
  }

  /** Quitting: each window decides in turn; Cancel in any of them stops the quit. */
  beginQuit(): void {
    this.quitting = true;
  }

  isQuitting(): boolean {
    return this.quitting;
  }

  private async decide(record: WindowRecord): Promise<void> {
    if (record.deciding) return;
    record.deciding = true;
    try {
      const outcome = await decideClose({
        isDirty: () => record.dirty,
        askToSave: () => askToSave(record.window, record.title),
        saveThenClose: () => this.send(record.window, 'file.save-and-close'),
        flushJournal: () => this.flushJournal(record),
      });
      if (outcome === 'close') {
        record.closeAllowed = true;
        record.window.close();
        if (this.quitting) app.quit();
      } else {
        // Saving may still fail or be cancelled; until the page asks again, nothing quits.
        this.quitting = false;
      }
    } finally {
      record.deciding = false;
    }
  }

  private flushJournal(record: WindowRecord): Promise<boolean> {
    if (!record.loaded || record.window.webContents.isCrashed()) return Promise.resolve(false);
    const flushed = new Promise<boolean>((resolve) => {
      record.journalFlushed = () => resolve(true);
    });
    this.send(record.window, 'window.prepare-close');
    return withTimeout(flushed, JOURNAL_FLUSH_TIMEOUT_MS, false).finally(() => {
      record.journalFlushed = null;
    });
  }
}

async function askToSave(window: BrowserWindow, title: string): Promise<CloseChoice> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    title: 'Unsaved changes',
    message: `Do you want to save the changes you made to “${title}”?`,
    detail: "Your changes will be lost if you don't save them.",
  });
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}
