/** Mitigations as first-class items: the list, a form to add one, and the selected one's editor. */
import { useMemo, useState } from 'react';

import type { Threat } from '../../../shared/model/types';
import { labelOf } from '../../../shared/model/vocabulary';
import { useModel } from '../threats/threatDocument';
import { useThreatsUi } from '../threats/threatsUiStore';
import {
  changeMitigation,
  createMitigationFor,
  link,
  removeMitigation,
  unlink,
} from './mitigationActions';
import { MitigationEditor } from './MitigationEditor';

export function MitigationsPanel() {
  const model = useModel();
  const selectedId = useThreatsUi((state) => state.selectedMitigationId);
  const selectMitigation = useThreatsUi((state) => state.selectMitigation);
  const checked = useThreatsUi((state) => state.checkedThreatIds);
  const [title, setTitle] = useState('');

  const threatsByMitigation = useMemo(() => {
    const map = new Map<string, Threat[]>();
    for (const threat of model.threats) {
      for (const id of threat.mitigationIds) {
        const list = map.get(id);
        if (list) list.push(threat);
        else map.set(id, [threat]);
      }
    }
    return map;
  }, [model.threats]);
  const selected = model.mitigations.find((mitigation) => mitigation.id === selectedId) ?? null;

  const add = () => {
    if (title.trim() === '') return;
    createMitigationFor(title.trim(), checked);
    setTitle('');
  };

  return (
    <section className="mitigations-panel" aria-labelledby="mitigations-title">
      <div className="panel-heading">
        <h2 id="mitigations-title">Mitigations</h2>
        <span className="muted">{model.mitigations.length} in this model</span>
      </div>
      <div className="field-row">
        <label className="field grow">
          New mitigation
          <input
            value={title}
            placeholder="Enforce object-level authorization"
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') add();
            }}
          />
        </label>
        <button type="button" onClick={add} disabled={title.trim() === ''}>
          Add mitigation{checked.size > 0 ? ` for ${checked.size} selected` : ''}
        </button>
      </div>
      <div className="split">
        <table className="data-table">
          <caption className="visually-hidden">Mitigations</caption>
          <thead>
            <tr>
              <th scope="col">Mitigation</th>
              <th scope="col">Status</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Effort</th>
              <th scope="col">Threats</th>
            </tr>
          </thead>
          <tbody>
            {model.mitigations.map((mitigation) => (
              <tr
                key={mitigation.id}
                aria-selected={mitigation.id === selectedId}
                className={mitigation.id === selectedId ? 'is-selected' : ''}
              >
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => selectMitigation(mitigation.id)}
                  >
                    {mitigation.title || '(untitled)'}
                  </button>
                </td>
                <td>{labelOf(mitigation.status)}</td>
                <td>{mitigation.owner}</td>
                <td>{mitigation.dueDate ?? ''}</td>
                <td>{mitigation.effort}</td>
                <td>{threatsByMitigation.get(mitigation.id)?.length ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {selected ? (
          <MitigationEditor
            key={selected.id}
            mitigation={selected}
            linkedThreats={threatsByMitigation.get(selected.id) ?? []}
            checkedCount={checked.size}
            onChange={(patch) => changeMitigation(selected.id, patch)}
            onLinkChecked={() => link(selected.id, checked)}
            onLinkNumber={(number) => {
              const threat = model.threats.find((candidate) => candidate.number === number);
              if (!threat)
                return `There is no threat T-${String(number).padStart(4, '0')} in this model.`;
              link(selected.id, [threat.id]);
              return null;
            }}
            onUnlink={(threatId) => unlink(selected.id, [threatId])}
            onOpenThreat={(threatId) => {
              const ui = useThreatsUi.getState();
              ui.selectThreat(threatId);
              ui.setTab('register');
            }}
            onDelete={() => removeMitigation(selected.id)}
          />
        ) : (
          <p className="muted">Select a mitigation to edit it, or add one above.</p>
        )}
      </div>
    </section>
  );
}
