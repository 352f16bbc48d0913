import 'fake-indexeddb/auto';

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';

import { GatehouseDb, SCHEMA_V1, isQuotaError } from '../../../renderer/db/GatehouseDb';
import { JOURNAL_DEPTH, latestJournal, writeJournal } from '../../../renderer/db/journal';
import { listLibrary, openFromLibrary, storeModel } from '../../../renderer/db/workspace';
import { createModel, createProcess } from '../../../shared/model/factories';

let counter = 0;
const freshName = () => `gatehouse-test-${++counter}-${Date.now()}`;

describe('GatehouseDb', () => {
  describe('version 2 upgrade', () => {
    it('opens a version-1 database and moves each model text into the journal', async () => {
      const name = freshName();
      const model = createModel({ title: 'Payments', id: 'tm_payments' });
      model.diagrams[0]!.elements.push(createProcess({ id: 'proc_api', name: 'API' }));
      const old = new Dexie(name);
      old.version(1).stores(SCHEMA_V1);
      await old.table('models').add({
        id: model.id,
        title: 'Payments',
        updatedAt: '2026-01-02T03:04:05.000Z',
        json: JSON.stringify(model),
      });
      await old.table('settings').put({ key: 'lastModelId', value: model.id });
      old.close();

      const db = new GatehouseDb(name);
      const [entry] = await listLibrary(db);
      const opened = await openFromLibrary(db, model.id);

      expect(db.verno).toBe(2);
      expect(entry).toMatchObject({
        id: 'tm_payments',
        title: 'Payments',
        revision: 1,
        elementCount: 1,
        openedAt: '2026-01-02T03:04:05.000Z',
      });
      expect(entry).not.toHaveProperty('json');
      expect(opened.ok && opened.value.model.diagrams[0]!.elements[0]!.name).toBe('API');
      expect(await db.settings.get('lastModelId')).toEqual({ key: 'lastModelId', value: model.id });
      db.close();
    });
  });

  describe('writeJournal()', () => {
    it('refuses to write over a revision written by someone else', async () => {
      const db = new GatehouseDb(freshName());
      const model = createModel({ title: 'Shared' });
      const revision = await storeModel(db, model);
      const base = {
        modelId: model.id,
        json: JSON.stringify(model),
        title: model.title,
        elementCount: 0,
        unsavedToFile: false,
        fileName: null,
      };

      const first = await writeJournal(db, { ...base, baseRevision: revision });
      const second = await writeJournal(db, { ...base, baseRevision: revision });

      expect(first).toEqual({ type: 'saved', revision: revision + 1 });
      expect(second).toEqual({ type: 'conflict', revision: revision + 1 });
      db.close();
    });

    it(`keeps the last ${JOURNAL_DEPTH} revisions of a model`, async () => {
      const db = new GatehouseDb(freshName());
      const model = createModel();
      let revision = await storeModel(db, model);
      for (let i = 0; i < 5; i++) {
        const result = await writeJournal(db, {
          modelId: model.id,
          baseRevision: revision,
          json: JSON.stringify({ ...model, title: `v${i}` }),
          title: `v${i}`,
          elementCount: 0,
          unsavedToFile: true,
          fileName: null,
        });
        if (result.type === 'saved') revision = result.revision;
      }

      expect(await db.journal.where('modelId').equals(model.id).count()).toBe(JOURNAL_DEPTH);
      expect(JSON.parse((await latestJournal(db, model.id))!.json).title).toBe('v4');
      db.close();
    });

    it('reports a full disk as a quota result instead of throwing', async () => {
      const db = new GatehouseDb(freshName());
      const model = createModel();
      db.journal.hook('creating', () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });

      const result = await writeJournal(db, {
        modelId: model.id,
        baseRevision: null,
        json: '{}',
        title: 'x',
        elementCount: 0,
        unsavedToFile: false,
        fileName: null,
      });

      expect(result).toEqual({ type: 'quota' });
      db.close();
    });
  });

  describe('isQuotaError()', () => {
    it('recognises a quota error wrapped by Dexie', () => {
      expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(
        true,
      );
      expect(isQuotaError(new Error('other'))).toBe(false);
    });
  });
});
