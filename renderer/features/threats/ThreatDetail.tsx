/**
 * One threat in full: what it is, where it sits, its references as links, its risk before and
 * after mitigation, the decision and its reason, and the mitigations that cover it.
 */
import { useMemo, useState } from 'react';

import { formatThreatNumber } from '../../../shared/model/ids';
import { indexModel } from '../../../shared/model/modelIndex';
import type { Threat, ThreatModel } from '../../../shared/model/types';
import {
  labelOf,
  STATUSES_NEEDING_JUSTIFICATION,
  STRIDE_NAMES,
  THREAT_STATUSES,
  type ThreatStatus,
} from '../../../shared/model/vocabulary';
import { adoptSuggestion, findMitigationByTitle, suggestionsFor } from '../../../shared/plan';
import { assessThreat, mitigationsById } from '../../../shared/risk';
import { engineForModel } from '../../../shared/rules/engine';
import { CommitText } from '../mitigations/MitigationEditor';
import { createMitigationFor, link, unlink } from '../mitigations/mitigationActions';
import { BandChip } from '../risk/BandChip';
import { referenceLink } from './references';
import { threatElementsOf } from './RegisterFilters';
import { copyThreat, removeThreats, requestStatus, reviewThreats } from './threatActions';
import { editModel, useModel } from './threatDocument';
import { updateThreatText } from './threatEdits';
import { markerOf } from './threatMarkers';
import { useThreatsUi } from './threatsUiStore';

export function ThreatDetail() {
  const model = useModel();
  const selectedId = useThreatsUi((state) => state.selectedThreatId);
  const threat = model.threats.find((candidate) => candidate.id === selectedId);

  if (!threat)
    return (
      <section className="threat-detail" aria-label="Threat detail">
        <p className="muted">Select a threat to see its detail.</p>
      </section>
    );
  return <ThreatDetailBody key={threat.id} model={model} threat={threat} />;
}

function ThreatDetailBody({ model, threat }: { model: ThreatModel; threat: Threat }) {
  const number = formatThreatNumber(threat.number);
  const element = indexModel(model).elements.get(threat.elementId);
  const risk = useMemo(
    () => assessThreat(threat, mitigationsById(model.mitigations)),
    [threat, model.mitigations],
  );
  const marker = markerOf(threat);
  const needsReason =
    STATUSES_NEEDING_JUSTIFICATION.has(threat.status) && threat.justification.trim() === '';

  return (
    <section className="threat-detail" aria-labelledby="threat-detail-title">
      <div className="panel-heading">
        <h2 id="threat-detail-title">
          {number} {threat.title}
        </h2>
        {marker ? (
          <button type="button" onClick={() => reviewThreats([threat.id])}>
            Mark reviewed ({marker})
          </button>
        ) : null}
        <button
          type="button"
          aria-label="Close threat detail"
          onClick={() => useThreatsUi.getState().selectThreat(null)}
        >
          Close
        </button>
      </div>
      <dl className="facts">
        <dt>Element</dt>
        <dd>
          {element ? `${element.name} (${labelOf(element.kind)})` : `Removed: ${threat.elementId}`}
        </dd>
        <dt>Category</dt>
        <dd>
          {threat.category} · {STRIDE_NAMES[threat.category]}
        </dd>
        <dt>Source</dt>
        <dd>{threat.ruleId ? `Rule ${threat.ruleId}` : 'Written by hand'}</dd>
        <dt>Risk</dt>
        <dd>
          <BandChip rating={risk.inherent} prefix="Inherent" />{' '}
          <BandChip rating={risk.residual} prefix="Residual" />
        </dd>
      </dl>
      {threat.description ? <p className="description">{threat.description}</p> : null}
      {threat.references.length > 0 ? (
        <>
          <h3>References</h3>
          <ul className="plain-list references">
            {threat.references.map((reference) => {
              const { label, href } = referenceLink(reference);
              return (
                <li key={reference}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {label}
                    </a>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <h3>Decision</h3>
      <label className="field">
        Status
        <select
          value={threat.status}
          onChange={(event) => requestStatus([threat.id], event.target.value as ThreatStatus)}
        >
          {THREAT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {labelOf(status)}
            </option>
          ))}
        </select>
      </label>
      <CommitText
        label="Justification"
        multiline
        value={threat.justification}
        validate={(text) =>
          STATUSES_NEEDING_JUSTIFICATION.has(threat.status) && text.trim() === ''
            ? `A threat marked ${labelOf(threat.status).toLowerCase()} needs a justification.`
            : null
        }
        onCommit={(justification) =>
          editModel((current) => updateThreatText(current, threat.id, { justification }))
        }
      />
      {needsReason ? (
        <p className="error" role="alert">
          This decision has no justification yet: write why it was taken.
        </p>
      ) : null}
      <ThreatMitigations model={model} threat={threat} />
      <CommitText
        label="Notes"
        multiline
        value={threat.notes}
        onCommit={(notes) =>
          editModel((current) => updateThreatText(current, threat.id, { notes }))
        }
      />
      <CopyToElements model={model} threat={threat} />
      {threat.ruleId === null || threat.stale ? (
        <button type="button" className="danger" onClick={() => removeThreats([threat.id])}>
          Delete {number}
        </button>
      ) : null}
    </section>
  );
}

function ThreatMitigations({ model, threat }: { model: ThreatModel; threat: Threat }) {
  const [title, setTitle] = useState('');
  const [existing, setExisting] = useState('');
  const lookup = mitigationsById(model.mitigations);
  const linked = threat.mitigationIds.flatMap((id) => {
    const mitigation = lookup.get(id);
    return mitigation ? [mitigation] : [];
  });
  const others = model.mitigations.filter(
    (mitigation) => !threat.mitigationIds.includes(mitigation.id),
  );
  const engine = engineForModel(model);
  const suggestions = (engine.ok ? suggestionsFor(threat, engine.value) : []).filter(
    (suggestion) => findMitigationByTitle(linked, suggestion.title) === undefined,
  );

  return (
    <>
      <h3>Mitigations</h3>
      {linked.length === 0 ? <p className="muted">No mitigation covers this threat yet.</p> : null}
      <ul className="plain-list">
        {linked.map((mitigation) => (
          <li key={mitigation.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const ui = useThreatsUi.getState();
                ui.selectMitigation(mitigation.id);
                ui.setTab('mitigations');
              }}
            >
              {mitigation.title}
            </button>{' '}
            <span className="muted">{labelOf(mitigation.status)}</span>{' '}
            <button
              type="button"
              aria-label={`Unlink ${mitigation.title}`}
              onClick={() => unlink(mitigation.id, [threat.id])}
            >
              Unlink
            </button>
          </li>
        ))}
      </ul>
      {suggestions.length > 0 ? (
        <>
          <h4 className="subheading">Suggested by its rule</h4>
          <ul className="plain-list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.title}>
                {suggestion.title}{' '}
                <button
                  type="button"
                  aria-label={`Adopt ${suggestion.title}`}
                  onClick={() =>
                    editModel((current) => {
                      const adopted = adoptSuggestion(current, threat.id, suggestion.title);
                      return adopted.ok ? adopted.value.model : current;
                    })
                  }
                >
                  Adopt
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {others.length > 0 ? (
        <div className="field-row">
          <label className="field grow">
            Existing mitigation
            <select value={existing} onChange={(event) => setExisting(event.target.value)}>
              <option value="">Choose…</option>
              {others.map((mitigation) => (
                <option key={mitigation.id} value={mitigation.id}>
                  {mitigation.title}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={existing === ''}
            onClick={() => {
              link(existing, [threat.id]);
              setExisting('');
            }}
          >
            Link mitigation
          </button>
        </div>
      ) : null}
      <div className="field-row">
        <label className="field grow">
          New mitigation for this threat
          <input value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <button
          type="button"
          disabled={title.trim() === ''}
          onClick={() => {
            createMitigationFor(title.trim(), [threat.id]);
            setTitle('');
          }}
        >
          Add mitigation
        </button>
      </div>
    </>
  );
}

function CopyToElements({ model, threat }: { model: ThreatModel; threat: Threat }) {
  const [targets, setTargets] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const elements = threatElementsOf(model).filter((element) => element.id !== threat.elementId);
  if (elements.length === 0) return null;

  return (
    <div className="copy-threat">
      <label className="field">
        Copy to elements
        <select
          multiple
          size={Math.min(5, elements.length)}
          value={targets}
          onChange={(event) =>
            setTargets([...event.target.selectedOptions].map((option) => option.value))
          }
        >
          {elements.map((element) => (
            <option key={element.id} value={element.id}>
              {element.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={targets.length === 0}
        onClick={() => {
          const count = copyThreat(threat.id, targets);
          setDone(`Copied to ${count} ${count === 1 ? 'element' : 'elements'}.`);
          setTargets([]);
        }}
      >
        Copy threat
      </button>
      {done ? (
        <span className="muted" aria-live="polite">
          {done}
        </span>
      ) : null}
    </div>
  );
}
