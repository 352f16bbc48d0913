/**
 * Atomic file writes: the new bytes go to a temporary file in the same folder, are flushed to
 * disk, and only then renamed over the target, so a crash leaves either the old file or the new
 * one, never half of each. The previous version is kept next to it as `<name>.bak`. Writes to
 * the same path run one after another in call order, so the last call's bytes win.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Marks our temporaries; `isStrayTemporary` recognises exactly these names. */
const TEMP_INFIX = '.gh-tmp-';
const TEMP_NAME = /^\..+\.gh-tmp-[0-9a-f]{12}$/;
export const BACKUP_SUFFIX = '.bak';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<name>.bak` (default true). */
  backup?: boolean;
}

const queues = new Map<string, Promise<unknown>>();

/** The name of a fresh temporary next to `target`. */
export function temporaryPathFor(target: string): string {
  const suffix = randomBytes(6).toString('hex');
  return path.join(path.dirname(target), `.${path.basename(target)}${TEMP_INFIX}${suffix}`);
}

/** True for a file name that only a write of ours, interrupted, leaves behind. */
export function isStrayTemporary(fileName: string): boolean {
  return TEMP_NAME.test(fileName);
}

/** Writes `data` to `target` atomically; resolves once it is on disk under its name. */
export function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const key = path.resolve(target);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => writeNow(key, data, options));
  queues.set(key, run);
  void run
    .finally(() => {
      if (queues.get(key) === run) queues.delete(key);
    })
    .catch(() => undefined);
  return run;
}

async function writeNow(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions,
): Promise<void> {
  const existingMode = await fs.stat(target).then(
    (stats) => stats.mode & 0o777,
    () => null,
  );
  const temporary = temporaryPathFor(target);
  try {
    const handle = await fs.open(temporary, 'wx', existingMode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup !== false && existingMode !== null) await keepBackup(target);
    await renameWithRetry(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/** Copies the current file to `<name>.bak`, itself atomically. */
async function keepBackup(target: string): Promise<void> {
  const backup = target + BACKUP_SUFFIX;
  const temporary = temporaryPathFor(backup);
  try {
    await fs.copyFile(target, temporary);
    await renameWithRetry(temporary, backup);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    // The file may have vanished since we looked; then there is nothing to keep.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * On Windows a rename fails for a moment while a virus scanner or sync client holds the file, so
 * it is retried a few times with a short, growing pause.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      if (!transient || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

/** Makes the rename itself durable on POSIX; Windows cannot open a folder for flushing. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse to flush a folder; the file itself is already flushed.
  } finally {
    await handle?.close();
  }
}
