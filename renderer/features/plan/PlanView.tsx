/**
 * The mitigation plan: controls in the order to do them (risk removed per unit of effort, from the
 * engine's plan builder), each with its threats, owner and due date, then the open threats that
 * nobody has decided on yet.
 */
import { useMemo, useState } from 'react';

import { formatThreatNumber } from '../../../shared/model/ids';
import { labelOf } from '../../../shared/model/vocabulary';
import { adoptFirstSuggestions, buildMitigationPlan } from '../../../shared/plan';
import { engineForModel } from '../../../shared/rules/engine';
import { BandChip } from '../risk/BandChip';
import { editModel, getModel, useModel } from '../threats/threatDocument';
import { useThreatsUi } from '../threats/threatsUiStore';

const openThreat = (id: string) => {
  const ui = useThreatsUi.getState();
  ui.selectThreat(id);
  ui.setTab('register');
};

const openMitigation = (id: string) => {
  const ui = useThreatsUi.getState();
  ui.selectMitigation(id);
  ui.setTab('mitigations');
};

export function PlanView() {
  const model = useModel();
  const plan = useMemo(() => buildMitigationPlan(model), [model]);
  const [message, setMessage] = useState<string | null>(null);

  const adopt = () => {
    const engine = engineForModel(getModel());
    if (!engine.ok) {
      setMessage(
        `Suggestions are not available: ${engine.errors[0]?.message ?? 'the rules could not be read'}`,
      );
      return;
    }
    let outcome = { created: 0, linked: 0 };
    editModel((current) => {
      const result = adoptFirstSuggestions(
        current,
        engine.value,
        plan.undecided.map((item) => item.threat.id),
      );
      outcome = result;
      return result.model;
    });
    setMessage(
      `Linked ${outcome.linked} threats to suggested mitigations (${outcome.created} new).`,
    );
  };

  return (
    <section className="plan-view" aria-labelledby="plan-title">
      <div className="panel-heading">
        <h2 id="plan-title">Mitigation plan</h2>
        <span className="muted">
          Risk points: {plan.totals.inherent} inherent, {plan.totals.residual} residual,{' '}
          {plan.totals.removableByPlan} more removable by the plan
        </span>
      </div>
      {plan.items.length === 0 ? (
        <p className="muted">
          No mitigations yet. Add them from a threat or adopt the rules&apos; suggestions below.
        </p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Mitigations in the order to do them</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Mitigation</th>
              <th scope="col">Status</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Effort</th>
              <th scope="col">Risk removed</th>
              <th scope="col">Threats</th>
            </tr>
          </thead>
          <tbody>
            {plan.items.map((item) => (
              <tr key={item.mitigation.id}>
                <td>{item.rank}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => openMitigation(item.mitigation.id)}
                  >
                    {item.mitigation.title}
                  </button>
                </td>
                <td>
                  {labelOf(item.mitigation.status)}
                  {item.inPlace ? ' ✓' : ''}
                </td>
                <td>{item.mitigation.owner || '—'}</td>
                <td>{item.mitigation.dueDate ?? '—'}</td>
                <td>{item.mitigation.effort}</td>
                <td>{item.riskRemoved}</td>
                <td className="plan-threats">
                  {item.threats.slice(0, 6).map(({ threat }) => (
                    <button
                      key={threat.id}
                      type="button"
                      className="link-button"
                      title={threat.title}
                      onClick={() => openThreat(threat.id)}
                    >
                      {formatThreatNumber(threat.number)}
                    </button>
                  ))}
                  {item.threats.length > 6 ? (
                    <span className="muted">+{item.threats.length - 6} more</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="panel-heading">
        <h3 id="undecided-title">Undecided threats ({plan.undecided.length})</h3>
        <button type="button" disabled={plan.undecided.length === 0} onClick={adopt}>
          Adopt suggested mitigations
        </button>
        {message ? <span aria-live="polite">{message}</span> : null}
      </div>
      <ul className="plain-list undecided" aria-labelledby="undecided-title">
        {plan.undecided.slice(0, 200).map(({ threat, residual }) => (
          <li key={threat.id}>
            <BandChip rating={residual} />{' '}
            <button type="button" className="link-button" onClick={() => openThreat(threat.id)}>
              {formatThreatNumber(threat.number)} {threat.title}
            </button>
          </li>
        ))}
      </ul>
      {plan.undecided.length > 200 ? (
        <p className="muted">
          {plan.undecided.length - 200} more; filter the register by status Open to see them all.
        </p>
      ) : null}
    </section>
  );
}
