/**
 * The files this app has open, owned by the main process. The page only ever sees an opaque
 * handle and a file name; the path behind a handle comes from a dialog, the command line, the
 * operating system or the recent list, never from the page.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

import {
  MAX_DOCUMENT_CHARS,
  type HostFailure,
  type HostResult,
  type OpenedDocument,
  type SavedDocument,
} from '../../../shared/host/contract';
import { fail, ok } from '../../../shared/result';
import { writeFileAtomic } from './atomicWrite';
import { fingerprintOf, hashOf, sameContents, type Fingerprint } from './fingerprint';

/** Files larger than this are refused before they are read. */
export const MAX_DOCUMENT_BYTES = MAX_DOCUMENT_CHARS;

interface OpenFile {
  path: string;
  /** What the file looked like when we last read or wrote it; null before the first read. */
  fingerprint: Fingerprint | null;
}

export interface SaveOptions {
  /** Overwrite even if the file changed on disk since we read it (the user said so). */
  overwriteChanged?: boolean;
}

export const hostFailure = (code: HostFailure['code'], message: string): HostResult<never> =>
  fail([{ code, message }]);

export class OpenDocuments {
  private readonly byHandle = new Map<string, OpenFile>();
  private readonly queues = new Map<string, Promise<unknown>>();

  /** The handle for a path, made on first use; the same path always gets the same handle. */
  handleFor(filePath: string): string {
    const resolved = path.resolve(filePath);
    for (const [handle, file] of this.byHandle) if (file.path === resolved) return handle;
    const handle = `doc_${randomBytes(8).toString('hex')}`;
    this.byHandle.set(handle, { path: resolved, fingerprint: null });
    return handle;
  }

  pathOf(handle: string): string | null {
    return this.byHandle.get(handle)?.path ?? null;
  }

  /** Reads a model file, after checking its size, and remembers what it looked like. */
  async open(filePath: string): Promise<HostResult<OpenedDocument>> {
    const read = await readTextFile(filePath);
    if (!read.ok) return read;
    const handle = this.handleFor(filePath);
    const file = this.byHandle.get(handle);
    if (file) file.fingerprint = read.value.fingerprint;
    return ok({ handle, name: path.basename(filePath), text: read.value.text });
  }

  /**
   * Saves over the file behind a handle. Refuses with `changed-on-disk` when the file is not what
   * we last read or wrote, unless told to overwrite; saves to one file run one at a time.
   */
  save(
    handle: string,
    text: string,
    options: SaveOptions = {},
  ): Promise<HostResult<SavedDocument>> {
    const file = this.byHandle.get(handle);
    if (!file) {
      return Promise.resolve(
        hostFailure('not-found', 'This document has no file yet. Use Save As to choose one.'),
      );
    }
    return this.serialised(file.path, async () => {
      const name = path.basename(file.path);
      if (file.fingerprint && !options.overwriteChanged) {
        const onDisk = await fingerprintOf(file.path);
        if (!sameContents(onDisk, file.fingerprint)) {
          return hostFailure(
            'changed-on-disk',
            onDisk
              ? `"${name}" was changed by another program since it was opened. Save As to keep both versions, or overwrite it.`
              : `"${name}" was moved or deleted since it was opened. Save As to choose where to keep it.`,
          );
        }
      }
      return this.write(file, text);
    });
  }

  /** Saves to a path the user chose in a dialog, and gives it a handle. */
  saveAs(filePath: string, text: string): Promise<HostResult<SavedDocument>> {
    const handle = this.handleFor(filePath);
    const file = this.byHandle.get(handle);
    if (!file) return Promise.resolve(hostFailure('write-failed', 'The file could not be saved.'));
    return this.serialised(file.path, () => this.write(file, text));
  }

  private async write(file: OpenFile, text: string): Promise<HostResult<SavedDocument>> {
    const name = path.basename(file.path);
    try {
      await writeFileAtomic(file.path, text);
      const stats = await fs.stat(file.path);
      file.fingerprint = { size: stats.size, mtimeMs: stats.mtimeMs, sha256: hashOf(text) };
      return ok({ handle: this.handleFor(file.path), name });
    } catch (error) {
      return hostFailure(
        'write-failed',
        `"${name}" could not be saved (${describeError(error)}). Nothing was changed on disk; try Save As to pick another place.`,
      );
    }
  }

  private serialised<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(task);
    this.queues.set(key, run);
    return run;
  }
}

/** Reads a text file the user chose, refusing folders and files over the size limit. */
export async function readTextFile(
  filePath: string,
): Promise<HostResult<{ text: string; fingerprint: Fingerprint }>> {
  const name = path.basename(filePath);
  try {
    const stats = await fs.stat(filePath);
    if (!stats.isFile()) return hostFailure('unreadable', `"${name}" is not a file.`);
    if (stats.size > MAX_DOCUMENT_BYTES) {
      return hostFailure(
        'too-large',
        `"${name}" is ${Math.round(stats.size / 1048576)} MB; files up to ${MAX_DOCUMENT_BYTES / 1048576} MB can be opened.`,
      );
    }
    const bytes = await fs.readFile(filePath);
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    return ok({
      text,
      fingerprint: { size: stats.size, mtimeMs: stats.mtimeMs, sha256: hashOf(bytes) },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return hostFailure(
        'not-found',
        `"${name}" no longer exists. It may have been moved or deleted.`,
      );
    return hostFailure('unreadable', `"${name}" could not be read (${describeError(error)}).`);
  }
}

/** A short reason without the path: paths stay out of messages that reach the page. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
      return 'the folder does not exist';
    default:
      return code ? `error ${code}` : 'unexpected error';
  }
}
