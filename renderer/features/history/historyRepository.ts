/**
 * Restore points: one on every save and one whenever a person asks, listed newest first and
 * capped per model so an old workspace does not grow without bound.
 */
import { readModel } from '../../../shared/format/readModel';
import { writeModel } from '../../../shared/format/writeModel';
import type { ThreatModel } from '../../../shared/model/types';
import type { Result } from '../../../shared/result';
import type { HistoryDb, RestorePoint, RestorePointReason } from './historyDb';

/** How many points each model keeps; the oldest go first. */
export const MAX_POINTS_PER_MODEL = 200;

export interface NewRestorePoint {
  reason: RestorePointReason;
  label?: string;
  /** The clock, injected so tests are reproducible. */
  now?: number;
}

/**
 * Records a restore point of the model. A save that changed nothing since the latest point adds
 * none (the returned point is that latest one); a point asked for on demand is always added.
 */
export async function addRestorePoint(
  db: HistoryDb,
  model: ThreatModel,
  options: NewRestorePoint,
): Promise<RestorePoint> {
  const text = writeModel(model);
  const latest = (await listRestorePoints(db, model.id))[0];
  if (latest && options.reason === 'save' && latest.text === text) return latest;

  const point: Omit<RestorePoint, 'id'> = {
    modelId: model.id,
    createdAt: options.now ?? Date.now(),
    reason: options.reason,
    label: options.label ?? '',
    title: model.title,
    elementCount: model.diagrams.reduce((sum, d) => sum + d.elements.length, 0),
    threatCount: model.threats.length,
    text,
  };
  const id = await db.transaction('rw', db.restorePoints, async () => {
    const added = await db.restorePoints.add(point as RestorePoint);
    const keys = await db.restorePoints
      .where('[modelId+createdAt]')
      .between([model.id, -Infinity], [model.id, Infinity])
      .primaryKeys();
    if (keys.length > MAX_POINTS_PER_MODEL)
      await db.restorePoints.bulkDelete(keys.slice(0, keys.length - MAX_POINTS_PER_MODEL));
    return added;
  });
  return { ...point, id };
}

/** The restore points of one model, newest first. */
export async function listRestorePoints(db: HistoryDb, modelId: string): Promise<RestorePoint[]> {
  const points = await db.restorePoints
    .where('[modelId+createdAt]')
    .between([modelId, -Infinity], [modelId, Infinity])
    .toArray();
  return points.reverse();
}

/** The model a restore point holds; a point that no longer reads (a newer app wrote it) fails. */
export function modelOfPoint(point: RestorePoint): Result<ThreatModel> {
  return readModel(point.text);
}
