/**
 * The main-process side of each host call. Dialogs and paths live here; the page gets handles,
 * names and text. Expected failures come back as result values the page can show.
 */
import path from 'node:path';

import { app, dialog, type BrowserWindow } from 'electron';

import { MODEL_FILE_EXTENSION } from '../../shared/format/writeModel';
import type {
  ExportFormat,
  HostResult,
  OpenedDocument,
  SavedDocument,
  WrittenFile,
} from '../../shared/host/contract';
import { ok } from '../../shared/result';
import type { AppWindows } from './appWindows';
import { openExternalAfterConfirm } from './externalLinks';
import type { HostHandlers } from './ipc';
import { log } from './logger';
import { printHtmlToPdf } from './pdfExport';
import { writeFileAtomic } from './services/atomicWrite';
import { describeError, hostFailure, readTextFile, type OpenDocuments } from './services/documents';
import type { RecentDocuments } from './services/recentDocuments';

const MODEL_FILTERS = [
  { name: 'Gatehouse model', extensions: [MODEL_FILE_EXTENSION.slice(1)] },
  { name: 'All files', extensions: ['*'] },
];
const IMPORT_FILTERS = [
  {
    name: 'Threat models and API descriptions',
    extensions: ['json', 'yaml', 'yml', 'tm7', 'otm'],
  },
  { name: 'All files', extensions: ['*'] },
];
const EXPORT_FILTER_NAMES: Record<ExportFormat, string> = {
  html: 'HTML report',
  md: 'Markdown',
  csv: 'CSV spreadsheet',
  json: 'JSON',
  sarif: 'SARIF',
  svg: 'SVG picture',
  yaml: 'YAML',
  xml: 'XML',
  txt: 'Text',
  png: 'PNG picture',
};

export interface HostServices {
  windows: AppWindows;
  documents: OpenDocuments;
  recent: RecentDocuments;
  /** Takes the next file the system asked to open, if any. */
  takePendingFile(): string | null;
  /** Rebuilds the menu (the recent list changed). */
  refreshMenu(): void;
}

export function createHostHandlers(services: HostServices): HostHandlers {
  const { documents, recent, windows } = services;

  async function openPath(filePath: string): Promise<HostResult<OpenedDocument>> {
    const opened = await documents.open(filePath);
    if (opened.ok) await remember(filePath);
    else if (opened.errors[0]?.code === 'not-found') await recent.remove(filePath);
    services.refreshMenu();
    log.info(`[file] open ${opened.ok ? 'ok' : `failed: ${opened.errors[0]?.code ?? ''}`}`);
    return opened;
  }

  async function remember(filePath: string): Promise<void> {
    try {
      await recent.add(filePath);
    } catch {
      log.warn('[file] the recent list could not be saved');
    }
  }

  async function askSavePath(
    window: BrowserWindow,
    suggestedName: string,
    filters: Electron.FileFilter[],
  ): Promise<string | null> {
    const { canceled, filePath } = await dialog.showSaveDialog(window, {
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return canceled || !filePath ? null : filePath;
  }

  async function saveAs(
    window: BrowserWindow,
    suggestedName: string,
    text: string,
  ): Promise<HostResult<SavedDocument>> {
    const chosen = await askSavePath(window, ensureExtension(suggestedName), MODEL_FILTERS);
    if (!chosen) return hostFailure('cancelled', 'Saving was cancelled.');
    const saved = await documents.saveAs(chosen, text);
    if (saved.ok) await remember(chosen);
    services.refreshMenu();
    return saved;
  }

  async function writeChosenFile(
    window: BrowserWindow,
    suggestedName: string,
    filters: Electron.FileFilter[],
    data: () => Promise<string | Uint8Array>,
  ): Promise<HostResult<WrittenFile>> {
    const chosen = await askSavePath(window, suggestedName, filters);
    if (!chosen) return hostFailure('cancelled', 'Exporting was cancelled.');
    const name = path.basename(chosen);
    try {
      await writeFileAtomic(chosen, await data(), { backup: false });
      return ok({ name });
    } catch (error) {
      return hostFailure(
        'write-failed',
        `"${name}" could not be written (${error instanceof Error && !('code' in error) ? error.message : describeError(error)}). Try another place.`,
      );
    }
  }

  return {
    async openDocument(window) {
      const { canceled, filePaths } = await dialog.showOpenDialog(window, {
        filters: MODEL_FILTERS,
        properties: ['openFile'],
      });
      const [chosen] = filePaths;
      if (canceled || !chosen) return hostFailure('cancelled', 'No file was chosen.');
      return openPath(chosen);
    },

    async openRecent(_window, handle) {
      const filePath = documents.pathOf(handle);
      if (!filePath) return hostFailure('not-found', 'That file is no longer in the recent list.');
      return openPath(filePath);
    },

    async openPending() {
      const filePath = services.takePendingFile();
      if (!filePath) return hostFailure('not-found', 'No file is waiting to be opened.');
      return openPath(filePath);
    },

    async saveDocument(window, request) {
      if (!request.handle) return saveAs(window, request.suggestedName, request.text);

      const saved = await documents.save(request.handle, request.text);
      const failure = saved.ok ? null : saved.errors[0];
      if (failure?.code === 'changed-on-disk') {
        const choice = await askAboutChangedFile(window, failure.message);
        if (choice === 'overwrite')
          return documents.save(request.handle, request.text, { overwriteChanged: true });
        if (choice === 'save-as') return saveAs(window, request.suggestedName, request.text);
        return hostFailure('cancelled', 'Saving was cancelled; the file on disk was kept.');
      }
      if (failure?.code === 'not-found') return saveAs(window, request.suggestedName, request.text);
      if (saved.ok) {
        const filePath = documents.pathOf(saved.value.handle);
        if (filePath) await remember(filePath);
      }
      log.info(`[file] save ${saved.ok ? 'ok' : `failed: ${failure?.code ?? ''}`}`);
      return saved;
    },

    async listRecent() {
      return recent.list().map((entry) => ({
        handle: documents.handleFor(entry.path),
        name: entry.name,
        openedAt: entry.openedAt,
      }));
    },

    async importFile(window) {
      const { canceled, filePaths } = await dialog.showOpenDialog(window, {
        filters: IMPORT_FILTERS,
        properties: ['openFile'],
      });
      const [chosen] = filePaths;
      if (canceled || !chosen) return hostFailure('cancelled', 'No file was chosen.');
      const read = await readTextFile(chosen);
      return read.ok ? ok({ name: path.basename(chosen), text: read.value.text }) : read;
    },

    async exportFile(window, request) {
      return writeChosenFile(
        window,
        withExtension(request.suggestedName, request.format),
        [{ name: EXPORT_FILTER_NAMES[request.format], extensions: [request.format] }],
        async () =>
          request.encoding === 'base64' ? Buffer.from(request.text, 'base64') : request.text,
      );
    },

    async printToPdf(window, request) {
      return writeChosenFile(
        window,
        withExtension(request.suggestedName, 'pdf'),
        [{ name: 'PDF document', extensions: ['pdf'] }],
        () => printHtmlToPdf(request),
      );
    },

    async setDocumentState(window, state) {
      windows.setDocumentState(window, state.dirty, state.title);
    },

    async closeWindow(window) {
      window.close();
    },

    async readyToClose(window) {
      windows.journalFlushed(window);
    },

    async openExternal(window, url) {
      return ok({ opened: await openExternalAfterConfirm(window, url) });
    },
  };
}

async function askAboutChangedFile(
  window: BrowserWindow,
  message: string,
): Promise<'overwrite' | 'save-as' | 'cancel'> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    buttons: ['Save As…', 'Overwrite', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    title: 'The file changed on disk',
    message: 'The file changed since you opened it.',
    detail: message,
  });
  return response === 0 ? 'save-as' : response === 1 ? 'overwrite' : 'cancel';
}

function ensureExtension(name: string): string {
  return name.toLowerCase().endsWith(MODEL_FILE_EXTENSION)
    ? name
    : `${name}${MODEL_FILE_EXTENSION}`;
}

function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
}
