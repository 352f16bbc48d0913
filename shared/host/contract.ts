/**
 * The host interface: everything the renderer may ask of whatever runs it. The desktop shell
 * implements it over IPC (the preload exposes it, the main process validates each call against the
 * schemas below); the browser build implements it with the browser's file APIs. Declared once here,
 * so neither side can drift from the other.
 *
 * The renderer never names a path to write to: it asks to save, and the host decides where (the
 * document's own file, or a dialog). Documents are referred to by an opaque handle.
 */
import { z } from 'zod';

import type { Result } from '../result';
import { HOST_CHANNELS, HOST_COMMANDS, type HostCallName, type HostCommand } from './channels';

export { HOST_CHANNELS, HOST_COMMAND_CHANNEL, HOST_COMMANDS } from './channels';
export type { HostCallName, HostCommand } from './channels';

/** An opaque reference to a file the host opened or saved for this window. */
export const documentHandleSchema = z.string().regex(/^doc_[a-z0-9]{1,40}$/);

export const MAX_DOCUMENT_CHARS = 50 * 1024 * 1024;

export const openedDocumentSchema = z.object({
  handle: documentHandleSchema,
  /** The file name to show, never a full path: paths stay with the host. */
  name: z.string().max(500),
  text: z.string().max(MAX_DOCUMENT_CHARS),
});
export type OpenedDocument = z.infer<typeof openedDocumentSchema>;

export const recentDocumentSchema = z.object({
  handle: documentHandleSchema,
  name: z.string().max(500),
  openedAt: z.string().max(40),
});
export type RecentDocument = z.infer<typeof recentDocumentSchema>;

/**
 * A file name without any directory, as offered in a save dialog. Separators, drive letters,
 * control characters, `.` and `..` are refused, so a name can never point somewhere else.
 */
export const plainFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|\p{Cc}]+$/u, 'must be a plain file name')
  .refine((name) => name !== '.' && name !== '..', 'must be a plain file name');

export const saveRequestSchema = z
  .object({
    /** The document to overwrite; absent or null asks where to save (Save As). */
    handle: documentHandleSchema.nullable(),
    /** A suggested file name for the dialog, without any directory. */
    suggestedName: plainFileNameSchema,
    text: z.string().max(MAX_DOCUMENT_CHARS),
  })
  .strict();
export type SaveRequest = z.infer<typeof saveRequestSchema>;

export const savedDocumentSchema = z.object({
  handle: documentHandleSchema,
  name: z.string().max(500),
});
export type SavedDocument = z.infer<typeof savedDocumentSchema>;

/** A file read for an importer: no handle, because an import is never saved back in place. */
export const importedFileSchema = z.object({
  name: z.string().max(500),
  text: z.string().max(MAX_DOCUMENT_CHARS),
});
export type ImportedFile = z.infer<typeof importedFileSchema>;

/** The formats an export may be written as; the host picks the dialog filter from it. */
export const EXPORT_FORMATS = [
  'html',
  'md',
  'csv',
  'json',
  'sarif',
  'svg',
  'yaml',
  'xml',
  'txt',
  'png',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    suggestedName: plainFileNameSchema,
    text: z.string().max(MAX_DOCUMENT_CHARS),
    /** How `text` carries the bytes: as is, or base64 for a picture such as a PNG. */
    encoding: z.enum(['utf8', 'base64']).optional(),
  })
  .strict();
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** The most report HTML the host prints to PDF in one call. */
export const MAX_PRINT_HTML_CHARS = 20 * 1024 * 1024;

export const printRequestSchema = z
  .object({
    /** A complete, self-contained, already escaped HTML document; it is shown with scripts off. */
    html: z.string().min(1).max(MAX_PRINT_HTML_CHARS),
    suggestedName: plainFileNameSchema,
    pageSize: z.enum(['A4', 'Letter']),
    landscape: z.boolean(),
  })
  .strict();
export type PrintRequest = z.infer<typeof printRequestSchema>;

/** A file the host wrote somewhere the user chose; only its name comes back. */
export const writtenFileSchema = z.object({ name: z.string().max(500) });
export type WrittenFile = z.infer<typeof writtenFileSchema>;

/** What the window shows, so the host can title the window and ask before losing work. */
export const documentStateSchema = z
  .object({
    dirty: z.boolean(),
    /** The document's name as shown in the title bar. */
    title: z.string().max(200),
  })
  .strict();
export type DocumentState = z.infer<typeof documentStateSchema>;

/** Links the host opens in the system browser: http(s) only, and only after the user agrees. */
export const externalUrlSchema = z
  .string()
  .max(2048)
  .regex(/^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i, 'must be an http or https address');

export const hostCommandSchema = z.enum(HOST_COMMANDS);

/** Why a host call produced nothing; `cancelled` is the user closing a dialog, not an error. */
export interface HostFailure {
  code:
    | 'cancelled'
    | 'unreadable'
    | 'not-found'
    | 'too-large'
    | 'changed-on-disk'
    | 'write-failed'
    | 'unsupported';
  message: string;
}

export type HostResult<T> = Result<T, HostFailure>;

/** What the renderer can ask of its host. */
export interface HostApi {
  /** Which host this is, so the UI can hide what it cannot do. */
  readonly kind: 'desktop' | 'browser';
  /** Asks the user for a model file and returns its text. */
  openDocument(): Promise<HostResult<OpenedDocument>>;
  /** Reopens a recent document by its handle. */
  openRecent(handle: string): Promise<HostResult<OpenedDocument>>;
  /** A document the system handed over (double-click, command line, a second launch), if any. */
  openPending(): Promise<HostResult<OpenedDocument>>;
  /**
   * Writes a model file atomically, to its own file or to one the user picks. If the file changed
   * on disk since it was opened, the host asks the user before overwriting it.
   */
  saveDocument(request: SaveRequest): Promise<HostResult<SavedDocument>>;
  /** Recently opened or saved documents, newest first. */
  listRecent(): Promise<RecentDocument[]>;
  /** Asks the user for a file in another tool's format, for an importer. */
  importFile(): Promise<HostResult<ImportedFile>>;
  /** Writes an export (report, register, diagram) to a file the user picks. */
  exportFile(request: ExportRequest): Promise<HostResult<WrittenFile>>;
  /** Prints report HTML to a PDF file the user picks, in a hidden window with scripts off. */
  printToPdf(request: PrintRequest): Promise<HostResult<WrittenFile>>;
  /** Tells the host whether there are unsaved changes, so closing can ask first. */
  setDocumentState(state: DocumentState): Promise<void>;
  /** Closes this window; the host still asks first if there are unsaved changes. */
  closeWindow(): Promise<void>;
  /** Answers `window.prepare-close`: the journal is flushed and the window may close. */
  readyToClose(): Promise<void>;
  /** Opens an http(s) link in the system browser after the user confirms the full address. */
  openExternal(url: string): Promise<HostResult<{ opened: boolean }>>;
  /** Subscribes to the host's commands; returns the function that unsubscribes. */
  onCommand(listener: (command: HostCommand) => void): () => void;
}

/** The payload each call accepts; the main process rejects anything else. */
export const HOST_REQUEST_SCHEMAS = {
  [HOST_CHANNELS.openDocument]: z.tuple([]),
  [HOST_CHANNELS.openRecent]: z.tuple([documentHandleSchema]),
  [HOST_CHANNELS.openPending]: z.tuple([]),
  [HOST_CHANNELS.saveDocument]: z.tuple([saveRequestSchema]),
  [HOST_CHANNELS.listRecent]: z.tuple([]),
  [HOST_CHANNELS.importFile]: z.tuple([]),
  [HOST_CHANNELS.exportFile]: z.tuple([exportRequestSchema]),
  [HOST_CHANNELS.printToPdf]: z.tuple([printRequestSchema]),
  [HOST_CHANNELS.setDocumentState]: z.tuple([documentStateSchema]),
  [HOST_CHANNELS.closeWindow]: z.tuple([]),
  [HOST_CHANNELS.readyToClose]: z.tuple([]),
  [HOST_CHANNELS.openExternal]: z.tuple([externalUrlSchema]),
} as const satisfies Record<(typeof HOST_CHANNELS)[HostCallName], z.ZodType>;

/** The longest request any call accepts, in characters of its text fields together. */
export const MAX_REQUEST_CHARS = MAX_DOCUMENT_CHARS + 4096;

// Every call of the interface has exactly one channel, and every channel a request schema.
type MissingChannels = Exclude<Exclude<keyof HostApi, 'kind' | 'onCommand'>, HostCallName>;
const _everyCallHasAChannel: MissingChannels extends never ? true : never = true;
void _everyCallHasAChannel;
