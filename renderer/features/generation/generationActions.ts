/**
 * Generating threats from the app: the whole model on demand, and one edit at a time in live mode.
 * The engine in shared/rules does the work and the merge that keeps every decision; this file
 * only applies its result through the store and reports what changed.
 */
import { describeSummary, generateThreats, hasChanges } from '../../../shared/rules/generate';
import { editModel, getModel, reportStatus, showThreatsPanel } from '../threats/threatDocument';
import { useThreatsUi } from '../threats/threatsUiStore';

/** Generates the threats of the whole model as one undo step; returns the line shown to the user. */
export function generateAll(): string {
  const result = generateThreats(getModel());
  if (!result.ok) {
    const message = `Threats were not generated: ${result.errors[0]?.message ?? 'the rules could not be read'}. Fix or remove the rule pack in Rule packs.`;
    useThreatsUi.getState().setLastRun(message);
    reportStatus(message);
    return message;
  }
  const { model, summary } = result.value;
  if (hasChanges(summary)) editModel(() => model);
  showThreatsPanel();
  const line = `Generated: ${describeSummary(summary)}.`;
  useThreatsUi.getState().setLastRun(line);
  reportStatus(line);
  return line;
}
