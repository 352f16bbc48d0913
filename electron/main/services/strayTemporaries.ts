/**
 * Start-up clean-up: a save interrupted by a crash or power loss leaves its temporary file behind.
 * The target itself is intact (the rename never happened), so the temporary is only litter.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

import { isStrayTemporary } from './atomicWrite';

/**
 * Removes our temporaries in the given folders that are older than `olderThanMs`; younger ones
 * may belong to a save still running. Returns how many were removed. Unreadable folders are
 * skipped: a missing recent folder is not an error.
 */
export async function cleanStrayTemporaries(
  folders: Iterable<string>,
  olderThanMs = 60_000,
  now = Date.now(),
): Promise<number> {
  let removed = 0;
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch {
      continue;
    }
    for (const name of names.filter(isStrayTemporary)) {
      const file = path.join(folder, name);
      try {
        const stats = await fs.lstat(file);
        if (!stats.isFile() || now - stats.mtimeMs < olderThanMs) continue;
        await fs.rm(file, { force: true });
        removed++;
      } catch {
        // Gone already, or not ours to remove: either way nothing to do.
      }
    }
  }
  return removed;
}
