/**
 * Live mode: threats follow the drawing. After an edit of something the rules read, only the
 * elements it touched are regenerated (shared/rules does the incremental work) and the result
 * amends the edit's own undo step, so undo takes back the edit and its threats together.
 *
 * A single edit is regenerated at once, in the same task, so the canvas and the register render
 * the edit and its threats together. Edits that come in a burst (typing a name, a run of undo) are
 * debounced: the first runs at once, the rest once the burst has been quiet for a moment.
 */
import type { ThreatModel } from '../../../shared/model/types';
import {
  describeSummary,
  generateThreats,
  hasChanges,
  regenerateThreats,
} from '../../../shared/rules/generate';
import {
  editModelQuietly,
  getModel,
  reportStatus,
  subscribeToModel,
} from '../threats/threatDocument';
import { useThreatsUi } from '../threats/threatsUiStore';
import { changedElements } from './changedElements';

/** Edits closer together than this count as one burst. */
export const BURST_MS = 60;
/** How long a burst must be quiet before its edits are regenerated. */
export const DEBOUNCE_MS = 150;

export interface LiveGeneration {
  stop(): void;
  /** Runs a pending regeneration now, if there is one. */
  flush(): void;
}

export function startLiveGeneration(): LiveGeneration {
  // The first run in live mode is a full one: nobody knows whether the threats were current.
  let base: ThreatModel | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let lastEdit = Number.NEGATIVE_INFINITY;

  const run = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const model = getModel();
    const change = base ? changedElements(base, model) : null;
    if (change?.none) return;

    const result =
      base && change && !change.rulesChanged
        ? regenerateThreats(model, change.changedIds, { previous: base })
        : generateThreats(model);
    if (!result.ok) {
      const line = `Live generation paused: ${result.errors[0]?.message ?? 'the rules could not be read'}.`;
      useThreatsUi.getState().setLastRun(line);
      reportStatus(line);
      base = model;
      return;
    }

    const { summary } = result.value;
    if (hasChanges(summary)) {
      // Our own change notifies the subscription below; it must not start another run.
      running = true;
      try {
        editModelQuietly(() => result.value.model);
      } finally {
        running = false;
      }
      const line = `Live: ${describeSummary(summary)}.`;
      useThreatsUi.getState().setLastRun(line);
      reportStatus(line);
    }
    base = getModel();
  };

  const onChange = () => {
    if (running) return;
    const now = performance.now();
    const inBurst = now - lastEdit < BURST_MS;
    lastEdit = now;
    if (!inBurst && timer === null) {
      run();
      return;
    }
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };

  const unsubscribe = subscribeToModel(onChange);
  run();

  return {
    stop: () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    flush: () => {
      if (timer !== null) run();
    },
  };
}
