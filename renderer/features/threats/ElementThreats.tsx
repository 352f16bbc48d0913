/**
 * The threats of one element, for the inspector: each with its residual band and status; a click
 * opens it in the register.
 */
import { useMemo } from 'react';

import { formatThreatNumber } from '../../../shared/model/ids';
import { labelOf } from '../../../shared/model/vocabulary';
import { compareByRisk } from '../../../shared/risk';
import { BandChip } from '../risk/BandChip';
import { AddThreatForm } from './AddThreatForm';
import { assessedThreatsOf } from './registerView';
import { showThreatsPanel, useModel } from './threatDocument';
import { useThreatsUi } from './threatsUiStore';

export function ElementThreats({ elementId }: { elementId: string }) {
  const model = useModel();
  const threats = useMemo(
    () =>
      assessedThreatsOf(model)
        .filter((assessed) => assessed.threat.elementId === elementId)
        .sort(compareByRisk),
    [model, elementId],
  );

  return (
    <section className="element-threats" aria-labelledby={`element-threats-${elementId}`}>
      <h3 id={`element-threats-${elementId}`}>Threats ({threats.length})</h3>
      {threats.length === 0 ? (
        <p className="muted">No threats. Generate threats to see what applies here.</p>
      ) : (
        <ul className="plain-list">
          {threats.map(({ threat, residual }) => (
            <li key={threat.id} className="element-threat">
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const ui = useThreatsUi.getState();
                  ui.selectThreat(threat.id);
                  ui.setTab('register');
                  showThreatsPanel();
                }}
              >
                {formatThreatNumber(threat.number)} {threat.title}
              </button>
              <span className="element-threat-meta">
                <BandChip rating={residual} /> {labelOf(threat.status)}
                {threat.stale ? ' · stale' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <AddThreatForm elementId={elementId} />
    </section>
  );
}
