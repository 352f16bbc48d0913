/**
 * Mitigation commands for the views. Each goes through the store as one undoable edit; residual
 * risk, the matrix and the plan are derived from the model, so they follow at once.
 */
import { editModel } from '../threats/threatDocument';
import {
  addMitigation,
  deleteMitigation,
  linkMitigation,
  unlinkMitigation,
  updateMitigation,
  type MitigationPatch,
} from '../threats/threatEdits';
import { useThreatsUi } from '../threats/threatsUiStore';

/** Creates a mitigation linked to the given threats and selects it. */
export function createMitigationFor(title: string, threatIds: Iterable<string> = []): string {
  let created = '';
  editModel((model) => {
    const result = addMitigation(model, { title }, threatIds);
    created = result.id;
    return result.model;
  });
  useThreatsUi.getState().selectMitigation(created);
  return created;
}

export function changeMitigation(id: string, patch: MitigationPatch): void {
  editModel((model) => updateMitigation(model, id, patch));
}

export function removeMitigation(id: string): void {
  editModel((model) => deleteMitigation(model, id));
  const ui = useThreatsUi.getState();
  if (ui.selectedMitigationId === id) ui.selectMitigation(null);
}

export function link(mitigationId: string, threatIds: Iterable<string>): void {
  editModel((model) => linkMitigation(model, mitigationId, threatIds));
}

export function unlink(mitigationId: string, threatIds: Iterable<string>): void {
  editModel((model) => unlinkMitigation(model, mitigationId, threatIds));
}
