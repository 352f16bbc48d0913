/**
 * What the threat views do to the document, as plain functions with stable identities: each one
 * applies a pure edit through the store, so it is undoable, and keeps the view state in step.
 */
import type { ThreatStatus } from '../../../shared/model/vocabulary';
import { STATUSES_NEEDING_JUSTIFICATION } from '../../../shared/model/vocabulary';
import { editModel, getModel } from './threatDocument';
import {
  addManualThreat,
  copyThreatToElements,
  deleteThreats,
  markReviewed,
  rateThreat,
  setThreatStatus,
  type ManualThreatInit,
} from './threatEdits';
import { useThreatsUi } from './threatsUiStore';

export function rate(id: string, rating: { likelihood?: number; impact?: number }): void {
  editModel((model) => rateThreat(model, id, rating));
}

/**
 * Sets a status on threats. A decision that needs a reason opens the justification dialog unless
 * every threat already has one.
 */
export function requestStatus(ids: readonly string[], status: ThreatStatus): void {
  if (ids.length === 0) return;
  if (STATUSES_NEEDING_JUSTIFICATION.has(status)) {
    const wanted = new Set(ids);
    const missing = getModel().threats.some(
      (threat) => wanted.has(threat.id) && threat.justification.trim() === '',
    );
    if (missing) {
      useThreatsUi.getState().setPendingDecision({ ids: [...ids], status });
      return;
    }
  }
  editModel((model) => setThreatStatus(model, ids, status));
}

/** Completes a pending decision with its justification. */
export function confirmStatus(justification: string): void {
  const ui = useThreatsUi.getState();
  const pending = ui.pendingDecision;
  if (!pending) return;
  editModel((model) => setThreatStatus(model, pending.ids, pending.status, justification));
  ui.setPendingDecision(null);
}

export function reviewThreats(ids: Iterable<string>): void {
  editModel((model) => markReviewed(model, ids));
}

export function removeThreats(ids: Iterable<string>): void {
  const doomed = new Set(ids);
  editModel((model) => deleteThreats(model, doomed));
  const ui = useThreatsUi.getState();
  if (ui.selectedThreatId !== null && doomed.has(ui.selectedThreatId)) ui.selectThreat(null);
  ui.setChecked(new Set([...ui.checkedThreatIds].filter((id) => !doomed.has(id))));
}

/** Adds a threat by hand and opens it. */
export function addThreatByHand(elementId: string, init: ManualThreatInit): string {
  let created = '';
  editModel((model) => {
    const result = addManualThreat(model, elementId, init);
    created = result.id;
    return result.model;
  });
  useThreatsUi.getState().selectThreat(created);
  return created;
}

export function copyThreat(threatId: string, elementIds: readonly string[]): number {
  let count = 0;
  editModel((model) => {
    const result = copyThreatToElements(model, threatId, elementIds);
    count = result.ids.length;
    return result.model;
  });
  return count;
}
