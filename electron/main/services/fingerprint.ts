/**
 * What a file looked like when we last read or wrote it. Comparing it with the file on disk tells
 * whether someone else changed the file since; size and time catch most edits cheaply, and the
 * hash catches the rest (a same-size edit within the file system's time resolution).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';

export interface Fingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export function hashOf(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The file's fingerprint now, or null when it no longer exists. */
export async function fingerprintOf(filePath: string): Promise<Fingerprint | null> {
  try {
    const [stats, bytes] = await Promise.all([fs.stat(filePath), fs.readFile(filePath)]);
    return { size: stats.size, mtimeMs: stats.mtimeMs, sha256: hashOf(bytes) };
  } catch {
    return null;
  }
}

/** True when the file on disk still has the contents we remember. */
export function sameContents(a: Fingerprint | null, b: Fingerprint | null): boolean {
  return a !== null && b !== null && a.size === b.size && a.sha256 === b.sha256;
}
