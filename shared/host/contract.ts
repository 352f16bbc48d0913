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

export const saveRequestSchema = z
  .object({
    /** The document to overwrite; absent or null asks where to save (Save As). */
    handle: documentHandleSchema.nullable(),
    /** A suggested file name for the dialog, without any directory. */
    suggestedName: z
      .string()
      .max(200)
      .regex(/^[^/\\:*?"<>|\p{Cc}]+$/u, 'must be a plain file name'),
    text: z.string().max(MAX_DOCUMENT_CHARS),
  })
  .strict();
export type SaveRequest = z.infer<typeof saveRequestSchema>;

export const savedDocumentSchema = z.object({
  handle: documentHandleSchema,
  name: z.string().max(500),
});
export type SavedDocument = z.infer<typeof savedDocumentSchema>;

/** Why a host call produced nothing; `cancelled` is the user closing a dialog, not an error. */
export interface HostFailure {
  code:
    'cancelled' | 'unreadable' | 'not-found' | 'changed-on-disk' | 'write-failed' | 'unsupported';
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
  /** Writes a model file atomically, to its own file or to one the user picks. */
  saveDocument(request: SaveRequest): Promise<HostResult<SavedDocument>>;
  /** Recently opened or saved documents, newest first. */
  listRecent(): Promise<RecentDocument[]>;
}

/** IPC channel names of the desktop host, `tm:<area>:<verb>`, one per `HostApi` method. */
export const HOST_CHANNELS = {
  openDocument: 'tm:file:open',
  openRecent: 'tm:file:open-recent',
  saveDocument: 'tm:file:save',
  listRecent: 'tm:file:list-recent',
} as const satisfies Record<Exclude<keyof HostApi, 'kind'>, string>;

/** The payload each channel accepts; the main process rejects anything else. */
export const HOST_REQUEST_SCHEMAS = {
  [HOST_CHANNELS.openDocument]: z.tuple([]),
  [HOST_CHANNELS.openRecent]: z.tuple([documentHandleSchema]),
  [HOST_CHANNELS.saveDocument]: z.tuple([saveRequestSchema]),
  [HOST_CHANNELS.listRecent]: z.tuple([]),
} as const;
