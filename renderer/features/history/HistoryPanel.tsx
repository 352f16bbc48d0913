/**
 * Local history: the restore points of the open model, newest first. Each can be previewed as the
 * list of changes restoring it would make, and restored (after a point of the current state is
 * kept, so a restore can itself be undone).
 */
import { useCallback, useEffect, useState } from 'react';

import { diffModels } from '../../../shared/diff/diffModels';
import { useDocumentStore } from '../../store/documentStore';
import { ChangeList } from '../compare/ChangeList';
import { revealChange } from '../compare/ComparePanel';
import type { RestorePoint } from './historyDb';
import { addRestorePoint, listRestorePoints, modelOfPoint } from './historyRepository';
import { HISTORY_CHANGED, historyDb } from './historyStore';

const REASONS: Record<RestorePoint['reason'], string> = {
  save: 'Saved',
  manual: 'Restore point',
  beforeRestore: 'Before a restore',
};

export function HistoryPanel({ report }: { report(message: string): void }) {
  const model = useDocumentStore((state) => state.model);
  const [points, setPoints] = useState<RestorePoint[]>([]);
  const [previewId, setPreviewId] = useState<number | null>(null);

  const refresh = useCallback(() => {
    listRestorePoints(historyDb(), model.id).then(setPoints, () => setPoints([]));
  }, [model.id]);

  useEffect(() => {
    refresh();
    window.addEventListener(HISTORY_CHANGED, refresh);
    return () => window.removeEventListener(HISTORY_CHANGED, refresh);
  }, [refresh]);

  const createPoint = async () => {
    await addRestorePoint(historyDb(), useDocumentStore.getState().model, { reason: 'manual' });
    refresh();
    report('Restore point created.');
  };

  const restore = async (point: RestorePoint) => {
    const read = modelOfPoint(point);
    if (!read.ok) {
      report(`That restore point cannot be read: ${read.errors[0]?.message ?? 'unknown problem'}`);
      return;
    }
    const current = useDocumentStore.getState().model;
    await addRestorePoint(historyDb(), current, { reason: 'beforeRestore' });
    useDocumentStore.getState().changeModel(() => read.value);
    setPreviewId(null);
    refresh();
    report(`Restored the version of ${new Date(point.createdAt).toLocaleString()}.`);
  };

  const preview = points.find((point) => point.id === previewId);
  const previewModel = preview ? modelOfPoint(preview) : null;

  return (
    <section className="history-panel" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <button type="button" onClick={() => void createPoint()}>
        Create restore point
      </button>
      {points.length === 0 ? (
        <p>No restore points yet. One is made on every save.</p>
      ) : (
        <ol className="history-list" aria-label="Restore points">
          {points.map((point) => {
            const when = new Date(point.createdAt).toLocaleString();
            return (
              <li key={point.id}>
                <span>
                  {when} · {REASONS[point.reason]}
                  {point.label ? ` · ${point.label}` : ''} · {point.elementCount} elements
                </span>
                <button
                  type="button"
                  aria-label={`Preview the version of ${when}`}
                  aria-pressed={previewId === point.id}
                  onClick={() => setPreviewId(previewId === point.id ? null : point.id)}
                >
                  Preview
                </button>
                <button
                  type="button"
                  aria-label={`Restore the version of ${when}`}
                  onClick={() => void restore(point)}
                >
                  Restore
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {previewModel?.ok ? (
        <ChangeList
          title="Restoring this version would change"
          diff={diffModels(model, previewModel.value)}
          onSelectElement={revealChange}
        />
      ) : null}
    </section>
  );
}
