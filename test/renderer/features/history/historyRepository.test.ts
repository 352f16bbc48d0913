import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { HistoryDb } from '../../../../renderer/features/history/historyDb';
import {
  addRestorePoint,
  listRestorePoints,
  MAX_POINTS_PER_MODEL,
  modelOfPoint,
} from '../../../../renderer/features/history/historyRepository';
import { writeModel } from '../../../../shared/format/writeModel';
import { edited, smallModel } from '../../../support/modelEdits';

let db: HistoryDb;
let n = 0;

beforeEach(async () => {
  db = new HistoryDb(`history-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('renderer/features/history/historyRepository', () => {
  describe('addRestorePoint()', () => {
    it('stores the canonical text and lists points newest first', async () => {
      const model = smallModel();
      const renamed = edited(model, (m) => {
        m.title = 'Later';
      });
      await addRestorePoint(db, model, { reason: 'save', now: 1000 });
      await addRestorePoint(db, renamed, { reason: 'manual', label: 'before review', now: 2000 });

      const points = await listRestorePoints(db, model.id);

      expect(points.map((p) => [p.createdAt, p.reason, p.title, p.label])).toEqual([
        [2000, 'manual', 'Later', 'before review'],
        [1000, 'save', 'Payments API', ''],
      ]);
      const restored = modelOfPoint(points[1]!);
      expect(restored.ok && writeModel(restored.value)).toBe(writeModel(model));
    });

    it('adds no point for a save that changed nothing', async () => {
      const model = smallModel();
      await addRestorePoint(db, model, { reason: 'save', now: 1 });
      await addRestorePoint(db, model, { reason: 'save', now: 2 });
      expect(await listRestorePoints(db, model.id)).toHaveLength(1);
    });

    it('keeps each model apart and drops the oldest past the cap', async () => {
      const model = smallModel();
      for (let i = 0; i < MAX_POINTS_PER_MODEL + 3; i++)
        await addRestorePoint(db, model, { reason: 'manual', now: i });
      await addRestorePoint(db, { ...model, id: 'tm_other' }, { reason: 'manual', now: 5 });

      const points = await listRestorePoints(db, model.id);
      expect(points).toHaveLength(MAX_POINTS_PER_MODEL);
      expect(points.at(-1)?.createdAt).toBe(3);
      expect(await listRestorePoints(db, 'tm_other')).toHaveLength(1);
    });
  });
});
