/**
 * The model library: list, create, open, rename, duplicate and delete models kept in the
 * workspace. Small reads and writes run here on the page; the big journal writes of autosave run
 * in the worker (autosave.ts).
 */
import { readModel } from '../../shared/format/readModel';
import { ID_PREFIXES, newId } from '../../shared/model/ids';
import type { ThreatModel } from '../../shared/model/types';
import type { Result } from '../../shared/result';
import { fail, ok, problem } from '../../shared/result';
import type { GatehouseDb, LibraryEntry } from './GatehouseDb';
import { latestJournal, writeJournal } from './journal';

export async function listLibrary(db: GatehouseDb): Promise<LibraryEntry[]> {
  return db.models.orderBy('openedAt').reverse().toArray();
}

/** Puts a model into the library (or a new revision of it); returns its revision. */
export async function storeModel(db: GatehouseDb, model: ThreatModel): Promise<number> {
  const current = await db.models.get(model.id);
  const result = await writeJournal(db, {
    modelId: model.id,
    baseRevision: current?.revision ?? null,
    json: JSON.stringify(model),
    title: model.title,
    elementCount: model.diagrams.reduce((sum, d) => sum + d.elements.length, 0),
    unsavedToFile: current?.unsavedToFile ?? false,
    fileName: current?.fileName ?? null,
  });
  if (result.type !== 'saved') throw new Error(`The model could not be stored (${result.type}).`);
  return result.revision;
}

export interface OpenedFromLibrary {
  model: ThreatModel;
  entry: LibraryEntry;
}

/** Reads the newest journalled version of a model and marks it as opened now. */
export async function openFromLibrary(
  db: GatehouseDb,
  id: string,
): Promise<Result<OpenedFromLibrary>> {
  const entry = await db.models.get(id);
  const journal = await latestJournal(db, id);
  if (!entry || !journal) {
    return fail([problem('workspace/missing', 'That model is no longer in the library.')]);
  }
  const read = readModel(journal.json);
  if (!read.ok) return read;
  const opened = { ...entry, openedAt: new Date().toISOString() };
  await db.models.update(id, { openedAt: opened.openedAt });
  return ok({ model: read.value, entry: opened });
}

export async function touchOpened(db: GatehouseDb, id: string): Promise<void> {
  await db.models.update(id, { openedAt: new Date().toISOString() });
}

/** Renames a model that is not open (the open one is renamed through the store). */
export async function renameInLibrary(db: GatehouseDb, id: string, title: string): Promise<void> {
  const opened = await openFromLibrary(db, id);
  if (!opened.ok) return;
  await storeModel(db, { ...opened.value.model, title });
}

/** Copies a model under a new id and title; returns the copy's id. */
export async function duplicateInLibrary(db: GatehouseDb, id: string): Promise<string | null> {
  const opened = await openFromLibrary(db, id);
  if (!opened.ok) return null;
  const now = new Date().toISOString();
  const copy: ThreatModel = {
    ...opened.value.model,
    id: newId(ID_PREFIXES.model),
    title: `Copy of ${opened.value.model.title}`,
    createdAt: now,
    updatedAt: now,
  };
  await storeModel(db, copy);
  return copy.id;
}

export async function deleteFromLibrary(db: GatehouseDb, id: string): Promise<void> {
  await db.transaction('rw', db.models, db.journal, async () => {
    await db.models.delete(id);
    await db.journal.where('modelId').equals(id).delete();
  });
}

export async function readSetting<T>(db: GatehouseDb, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function writeSetting(db: GatehouseDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
