/**
 * Compare the open model with another file: the changes from that file to the open model, as a
 * list to walk through and as highlights on the canvas; picking a change shows its element. The
 * file is only read; nothing that is open changes.
 */
import { useEffect, useMemo, useState } from 'react';

import { diffModels } from '../../../shared/diff/diffModels';
import { readModel } from '../../../shared/format/readModel';
import type { ThreatModel } from '../../../shared/model/types';
import { getHost } from '../../host/getHost';
import { useAppStore } from '../../store/appStore';
import { useDocumentStore } from '../../store/documentStore';
import { ChangeList } from './ChangeList';
import { useCompareCanvas } from './compareCanvas';
import { highlightsOf } from './compareHighlights';

/** Selects a change's element and brings it into view, when it is in the open model. */
export function revealChange(elementId: string | null): void {
  if (elementId) useAppStore.getState().revealElement(elementId);
}

export function ComparePanel({ report }: { report(message: string): void }) {
  const model = useDocumentStore((state) => state.model);
  const [other, setOther] = useState<{ name: string; model: ThreatModel } | null>(null);
  const diff = useMemo(() => (other ? diffModels(other.model, model) : null), [other, model]);

  useEffect(() => {
    const canvas = useCompareCanvas.getState();
    if (diff) canvas.showHighlights(highlightsOf(diff));
    else canvas.clearHighlights();
  }, [diff]);
  // Leaving the panel ends the comparison, so the canvas goes back to normal.
  useEffect(() => () => useCompareCanvas.getState().clearHighlights(), []);

  const pick = async () => {
    const opened = await getHost().openDocument();
    if (!opened.ok) {
      if (opened.errors[0]?.code !== 'cancelled')
        report(opened.errors[0]?.message ?? 'The file could not be opened.');
      return;
    }
    const read = readModel(opened.value.text);
    if (!read.ok) {
      report(
        `${opened.value.name} cannot be compared: ${read.errors[0]?.message ?? 'not a model'}`,
      );
      return;
    }
    setOther({ name: opened.value.name, model: read.value });
    report(`Comparing with ${opened.value.name}.`);
  };

  return (
    <section className="compare-panel" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare</h2>
      <button type="button" onClick={() => void pick()}>
        Compare with file…
      </button>
      {other && diff ? (
        <>
          <button type="button" onClick={() => setOther(null)}>
            Close comparison
          </button>
          <ChangeList
            title={`Changes from ${other.name} to the open model`}
            diff={diff}
            onSelectElement={revealChange}
          />
        </>
      ) : null}
    </section>
  );
}
