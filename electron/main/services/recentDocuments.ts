/**
 * The recently opened and saved files, newest first, kept in the user-data folder. The list holds
 * paths, so it stays in the main process; the page sees handles and names.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { writeFileAtomic } from './atomicWrite';

export const MAX_RECENT = 10;

export interface RecentEntry {
  path: string;
  name: string;
  openedAt: string;
}

const recentFileSchema = z.object({
  recent: z
    .array(
      z.object({
        path: z.string().min(1).max(4096),
        name: z.string().max(500),
        openedAt: z.string().max(40),
      }),
    )
    .max(100),
});

export class RecentDocuments {
  private entries: RecentEntry[] = [];

  constructor(private readonly storeFile: string) {}

  /** Loads the saved list; a missing or damaged list starts empty. */
  async load(): Promise<void> {
    try {
      const parsed = recentFileSchema.safeParse(
        JSON.parse(await fs.readFile(this.storeFile, 'utf8')),
      );
      this.entries = parsed.success
        ? parsed.data.recent.filter((entry) => path.isAbsolute(entry.path)).slice(0, MAX_RECENT)
        : [];
    } catch {
      this.entries = [];
    }
  }

  list(): readonly RecentEntry[] {
    return this.entries;
  }

  /** The folders of recent files: where an interrupted save may have left a temporary. */
  folders(): string[] {
    return [...new Set(this.entries.map((entry) => path.dirname(entry.path)))];
  }

  async add(filePath: string, now = new Date()): Promise<void> {
    const resolved = path.resolve(filePath);
    this.entries = [
      { path: resolved, name: path.basename(resolved), openedAt: now.toISOString() },
      ...this.entries.filter((entry) => entry.path !== resolved),
    ].slice(0, MAX_RECENT);
    await this.persist();
  }

  async remove(filePath: string): Promise<void> {
    const resolved = path.resolve(filePath);
    this.entries = this.entries.filter((entry) => entry.path !== resolved);
    await this.persist();
  }

  async clear(): Promise<void> {
    this.entries = [];
    await this.persist();
  }

  private async persist(): Promise<void> {
    await fs.mkdir(path.dirname(this.storeFile), { recursive: true });
    await writeFileAtomic(
      this.storeFile,
      `${JSON.stringify({ recent: this.entries }, null, 2)}\n`,
      {
        backup: false,
      },
    );
  }
}
