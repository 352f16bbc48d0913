/**
 * Live mode: threats follow the drawing. After each edit of something the rules read, only the
 * elements it touched are regenerated (shared/rules does the incremental work), on the next task
 * so that a burst of changes in one task runs once. The result amends the edit's own undo step, so
 * undo takes back the edit and its threats together instead of leaving a regeneration to undo.
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

export interface LiveGeneration {
  stop(): void;
  /** Runs a pending regeneration now, if there is one (tests and the benchmark use it). */
  flush(): void;
}

/** Starts following the model; `lastGenerated` is the model the threats are known to match. */
export function startLiveGeneration(): LiveGeneration {
  // The first run in live mode is a full one: nobody knows whether the threats were current.
  let base: ThreatModel | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const run = () => {
    timer = null;
    const model = getModel();
    const change = base ? changedElements(base, model) : null;
    if (change?.none) return;
    const result =
      base && change && !change.rulesChanged
        ? regenerateThreats(model, change.changedIds, { previous: base })
        : generateThreats(model);
    if (!result.ok) {
      useThreatsUi
        .getState()
        .setLastRun(
          `Live generation stopped: ${result.errors[0]?.message ?? 'the rules could not be read'}.`,
        );
      base = model;
      return;
    }
    const { summary } = result.value;
    if (hasChanges(summary)) {
      editModelQuietly(() => result.value.model);
      const line = `Live: ${describeSummary(summary)}.`;
      useThreatsUi.getState().setLastRun(line);
      reportStatus(line);
    }
    base = getModel();
  };

  const schedule = () => {
    if (timer === null) timer = setTimeout(run, 0);
  };
  const unsubscribe = subscribeToModel(schedule);
  schedule();

  return {
    stop: () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    flush: () => {
      if (timer === null) return;
      clearTimeout(timer);
      run();
    },
  };
}
