/**
 * The local workspace in IndexedDB: the library of models, the autosave journal and settings.
 *
 * Versions (never edit one that has shipped; add the next):
 * 1. `models` rows carried the model's text themselves; `settings` by key.
 * 2. The text moved to `journal` (one row per autosaved revision, the last few kept), so the
 *    library list stays light; `models` gained `openedAt` (last opened first) and `revision`,
 *    which two tabs on one model compare so neither overwrites the other silently.
 */
import Dexie, { type Table } from 'dexie';

export interface LibraryEntry {
  /** The model's own id. */
  id: string;
  title: string;
  updatedAt: string;
  openedAt: string;
  /** Bumped by every journal write; a writer must know the current one to write the next. */
  revision: number;
  elementCount: number;
  /** Whether the workspace copy has changes that were never saved to a file. */
  unsavedToFile: boolean;
  fileName: string | null;
}

export interface JournalEntry {
  id?: number;
  modelId: string;
  revision: number;
  savedAt: string;
  /** The model, serialised. */
  json: string;
}

export interface SettingEntry {
  key: string;
  value: unknown;
}

export const DB_NAME = 'gatehouse-workspace';

/** The version-1 layout, kept so the upgrade has something to start from. */
export const SCHEMA_V1 = { models: 'id, updatedAt', settings: 'key' };
export const SCHEMA_V2 = {
  models: 'id, updatedAt, openedAt',
  journal: '++id, modelId, [modelId+revision]',
  settings: 'key',
};

interface LibraryRowV1 {
  id: string;
  title: string;
  updatedAt: string;
  json: string;
}

export class GatehouseDb extends Dexie {
  models!: Table<LibraryEntry, string>;
  journal!: Table<JournalEntry, number>;
  settings!: Table<SettingEntry, string>;

  constructor(name = DB_NAME) {
    // Strict durability: a journal write that reports success survives a crash of the OS too.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const rows = (await tx.table('models').toArray()) as LibraryRowV1[];
        for (const row of rows) {
          await tx.table('journal').add({
            modelId: row.id,
            revision: 1,
            savedAt: row.updatedAt,
            json: row.json,
          } satisfies JournalEntry);
          await tx.table('models').put({
            id: row.id,
            title: row.title,
            updatedAt: row.updatedAt,
            openedAt: row.updatedAt,
            revision: 1,
            elementCount: countElements(row.json),
            unsavedToFile: false,
            fileName: null,
          } satisfies LibraryEntry);
        }
      });
  }
}

function countElements(json: string): number {
  try {
    const parsed = JSON.parse(json) as { diagrams?: Array<{ elements?: unknown[] }> };
    return (parsed.diagrams ?? []).reduce((sum, d) => sum + (d.elements?.length ?? 0), 0);
  } catch {
    return 0;
  }
}

/** Whether an error is the browser running out of storage (Dexie may wrap it). */
export function isQuotaError(error: unknown): boolean {
  const named = error as { name?: string; inner?: { name?: string } } | null;
  return named?.name === 'QuotaExceededError' || named?.inner?.name === 'QuotaExceededError';
}
