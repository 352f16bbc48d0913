/**
 * Merge conflicts recorded in the open model, each with the value of both branches and a choice.
 * Our value is already in place; choosing settles the conflict and removes its record.
 */
import type { MergeConflict } from '../../../shared/model/types';
import { resolveConflict, type ConflictChoice } from '../../../shared/merge/resolveConflict';
import { useDocumentStore } from '../../store/documentStore';

function shown(value: MergeConflict['base']): string {
  if (value === null) return '(deleted)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

export function ConflictList({ report }: { report(message: string): void }) {
  const conflicts = useDocumentStore((state) => state.model.conflicts);
  if (conflicts.length === 0) return null;

  const choose = (conflict: MergeConflict, choice: ConflictChoice) => {
    const result = resolveConflict(useDocumentStore.getState().model, conflict.id, choice);
    if (!result.ok) {
      report(result.errors[0]?.message ?? 'The conflict could not be resolved.');
      return;
    }
    useDocumentStore.getState().changeModel(() => result.value);
    report(`Kept ${choice === 'ours' ? 'our' : 'their'} value for ${conflict.path}.`);
  };

  return (
    <section className="conflict-list" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Merge conflicts ({conflicts.length})</h2>
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict.id}>
            <p>
              <code>{conflict.path}</code>
            </p>
            <dl>
              <dt>Ours</dt>
              <dd>{shown(conflict.ours)}</dd>
              <dt>Theirs</dt>
              <dd>{shown(conflict.theirs)}</dd>
              <dt>Before both</dt>
              <dd>{shown(conflict.base)}</dd>
            </dl>
            <button
              type="button"
              aria-label={`Keep ours for ${conflict.path}`}
              onClick={() => choose(conflict, 'ours')}
            >
              Keep ours
            </button>
            <button
              type="button"
              aria-label={`Take theirs for ${conflict.path}`}
              onClick={() => choose(conflict, 'theirs')}
            >
              Take theirs
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
