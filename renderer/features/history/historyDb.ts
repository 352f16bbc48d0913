/**
 * Local history: restore points of every model, kept in their own IndexedDB database so the
 * workspace's schema and this feature can evolve apart. A point holds the canonical file text, so
 * restoring it is exactly opening the file as it was saved.
 */
import Dexie, { type EntityTable } from 'dexie';

export type RestorePointReason = 'save' | 'manual' | 'beforeRestore';

export interface RestorePoint {
  id: number;
  modelId: string;
  /** Milliseconds since 1970, for ordering and for the list's times. */
  createdAt: number;
  reason: RestorePointReason;
  /** A person's note for points made on demand; empty otherwise. */
  label: string;
  title: string;
  elementCount: number;
  threatCount: number;
  /** The model as canonical file text. */
  text: string;
}

export class HistoryDb extends Dexie {
  restorePoints!: EntityTable<RestorePoint, 'id'>;

  constructor(name = 'gatehouse-history') {
    super(name);
    this.version(1).stores({
      // Only queried fields are indexed; the text is stored, not indexed.
      restorePoints: '++id, modelId, [modelId+createdAt]',
    });
  }
}
