/** The app's one history database, opened on first use, and the save hook the shell calls. */
import type { ThreatModel } from '../../../shared/model/types';
import { HistoryDb } from './historyDb';
import { addRestorePoint } from './historyRepository';

let db: HistoryDb | null = null;

export function historyDb(): HistoryDb {
  db ??= new HistoryDb();
  return db;
}

/** Called after every successful save; history is a convenience, so a failure only logs. */
export function recordSavePoint(model: ThreatModel): void {
  addRestorePoint(historyDb(), model, { reason: 'save' })
    .then(() => window.dispatchEvent(new Event(HISTORY_CHANGED)))
    .catch((error: unknown) => console.warn('[history] restore point not saved', error));
}

/** Fired on window when points were added, so an open history list refreshes. */
export const HISTORY_CHANGED = 'gatehouse:history-changed';
