/**
 * Writing the autosave journal. Runs inside the autosave worker (and in tests under Node), never
 * on the page's main thread: a megabyte-sized write would otherwise block it for a tenth of a
 * second.
 */
import {
  isQuotaError,
  type GatehouseDb,
  type JournalEntry,
  type LibraryEntry,
} from './GatehouseDb';

/** How many revisions of each model the journal keeps. */
export const JOURNAL_DEPTH = 3;

export interface JournalWrite {
  modelId: string;
  /** The revision this writer last read or wrote; null for a model new to the workspace. */
  baseRevision: number | null;
  json: string;
  title: string;
  elementCount: number;
  unsavedToFile: boolean;
  fileName: string | null;
  /** Write even when another writer has moved on (the user chose to keep this copy). */
  force?: boolean;
}

export type JournalResult =
  | { type: 'saved'; revision: number }
  | { type: 'conflict'; revision: number }
  | { type: 'quota' }
  | { type: 'failed'; message: string };

export async function writeJournal(db: GatehouseDb, write: JournalWrite): Promise<JournalResult> {
  try {
    return await db.transaction('rw', db.models, db.journal, async () => {
      const now = new Date().toISOString();
      const current = await db.models.get(write.modelId);
      if (current && current.revision !== write.baseRevision && !write.force) {
        return { type: 'conflict', revision: current.revision } as const;
      }
      const revision = (current?.revision ?? 0) + 1;
      await db.journal.add({
        modelId: write.modelId,
        revision,
        savedAt: now,
        json: write.json,
      } satisfies JournalEntry);
      await db.journal
        .where('[modelId+revision]')
        .between([write.modelId, 0], [write.modelId, revision - JOURNAL_DEPTH], true, true)
        .delete();
      await db.models.put({
        id: write.modelId,
        title: write.title,
        updatedAt: now,
        openedAt: current?.openedAt ?? now,
        revision,
        elementCount: write.elementCount,
        unsavedToFile: write.unsavedToFile,
        fileName: write.fileName,
      } satisfies LibraryEntry);
      return { type: 'saved', revision } as const;
    });
  } catch (error) {
    if (isQuotaError(error)) return { type: 'quota' };
    return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The newest journal entry of a model, if any. */
export async function latestJournal(
  db: GatehouseDb,
  modelId: string,
): Promise<JournalEntry | undefined> {
  return db.journal.where('[modelId+revision]').between([modelId, 0], [modelId, Infinity]).last();
}
