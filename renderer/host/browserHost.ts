/**
 * The host interface in a plain browser, for `npm run web`. Files are opened and saved through the
 * File System Access API where the browser has it, and through a file input and a download where it
 * does not. Handles map to the browser's file handles for this page's lifetime only.
 */
import type {
  HostApi,
  HostFailure,
  HostResult,
  OpenedDocument,
  RecentDocument,
  SaveRequest,
  SavedDocument,
} from '../../shared/host/contract';
import { MODEL_FILE_EXTENSION } from '../../shared/format/writeModel';
import { createBrowserExtras } from './browserExtras';

interface WritableFile {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}
interface FileHandleLike {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<WritableFile>;
}
interface FilePickerWindow {
  showOpenFilePicker?: (options: unknown) => Promise<FileHandleLike[]>;
  showSaveFilePicker?: (options: unknown) => Promise<FileHandleLike>;
}

const PICKER_TYPES = [
  {
    description: 'Gatehouse model',
    accept: { 'application/json': [MODEL_FILE_EXTENSION, '.json'] },
  },
];

const failure = (code: HostFailure['code'], message: string): HostResult<never> => ({
  ok: false,
  errors: [{ code, message }],
  warnings: [],
});

function success<T>(value: T): HostResult<T> {
  return { ok: true, value, warnings: [] };
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function createBrowserHost(win: Window & FilePickerWindow = window): HostApi {
  const handles = new Map<string, FileHandleLike | null>();
  const recent: RecentDocument[] = [];
  let counter = 0;

  const remember = (file: FileHandleLike | null, name: string): string => {
    const handle = `doc_${(++counter).toString(36)}${Date.now().toString(36)}`;
    handles.set(handle, file);
    recent.unshift({ handle, name, openedAt: new Date().toISOString() });
    recent.splice(10);
    return handle;
  };

  async function read(
    file: File,
    fileHandle: FileHandleLike | null,
  ): Promise<HostResult<OpenedDocument>> {
    try {
      const text = await file.text();
      return success({ handle: remember(fileHandle, file.name), name: file.name, text });
    } catch {
      return failure(
        'unreadable',
        `"${file.name}" could not be read. Check that the file is still there.`,
      );
    }
  }

  function pickWithInput(): Promise<File | null> {
    return new Promise((resolve) => {
      const input = win.document.createElement('input');
      input.type = 'file';
      input.accept = `${MODEL_FILE_EXTENSION},.json,application/json`;
      input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
      input.addEventListener('cancel', () => resolve(null), { once: true });
      input.click();
    });
  }

  function download(name: string, text: string): void {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = win.document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return {
    kind: 'browser',
    ...createBrowserExtras(win),

    async openDocument() {
      if (win.showOpenFilePicker) {
        try {
          const [fileHandle] = await win.showOpenFilePicker({
            types: PICKER_TYPES,
            multiple: false,
          });
          if (!fileHandle) return failure('cancelled', 'No file was chosen.');
          return read(await fileHandle.getFile(), fileHandle);
        } catch (error) {
          if (isAbort(error)) return failure('cancelled', 'No file was chosen.');
        }
      }
      const file = await pickWithInput();
      return file ? read(file, null) : failure('cancelled', 'No file was chosen.');
    },

    async openRecent(handle) {
      const fileHandle = handles.get(handle);
      if (!fileHandle) {
        return failure(
          'not-found',
          'The browser no longer has access to that file; open it again.',
        );
      }
      return read(await fileHandle.getFile(), fileHandle);
    },

    async saveDocument(request: SaveRequest): Promise<HostResult<SavedDocument>> {
      let fileHandle = request.handle ? (handles.get(request.handle) ?? null) : null;
      try {
        if (!fileHandle && win.showSaveFilePicker) {
          fileHandle = await win.showSaveFilePicker({
            suggestedName: request.suggestedName,
            types: PICKER_TYPES,
          });
        }
        if (!fileHandle) {
          download(request.suggestedName, request.text);
          return success({
            handle: request.handle ?? remember(null, request.suggestedName),
            name: request.suggestedName,
          });
        }
        const writable = await fileHandle.createWritable();
        await writable.write(request.text);
        await writable.close();
        const handle =
          request.handle && handles.get(request.handle) === fileHandle
            ? request.handle
            : remember(fileHandle, fileHandle.name);
        return success({ handle, name: fileHandle.name });
      } catch (error) {
        if (isAbort(error)) return failure('cancelled', 'Saving was cancelled.');
        const detail = error instanceof Error ? error.message : String(error);
        return failure(
          'write-failed',
          `The model could not be saved (${detail}). Try Save As to pick another place.`,
        );
      }
    },

    async listRecent() {
      return [...recent];
    },
  };
}
