/** Rule packs of the model: built-in packs on or off, and the user's own packs loaded from files. */
import { useId, useState } from 'react';

import type { Problem } from '../../../shared/result';
import { builtInRulePacks } from '../../../shared/rules/engine';
import { editModel, useModel } from '../threats/threatDocument';
import { addCustomPack, readRulePackText, removeCustomPack, setPackEnabled } from './rulePackEdits';

export function RulePacksPanel() {
  const model = useModel();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [loaded, setLoaded] = useState<string | null>(null);
  const fileId = useId();
  const disabled = new Set(model.rulePacks.disabled);

  const load = async (file: File) => {
    setLoaded(null);
    const result = readRulePackText(await file.text(), file.name);
    if (!result.ok) {
      setProblems(result.errors);
      return;
    }
    setProblems([]);
    editModel((current) => addCustomPack(current, result.value));
    setLoaded(
      `Loaded ${String(result.value.name ?? result.value.id)} from ${file.name}. Generate threats to apply it.`,
    );
  };

  return (
    <section className="rule-packs" aria-labelledby="rule-packs-title">
      <div className="panel-heading">
        <h2 id="rule-packs-title">Rule packs</h2>
        <span className="muted">Saved with this model; the command line uses the same packs.</span>
      </div>
      <fieldset>
        <legend>Built-in packs</legend>
        <ul className="plain-list">
          {builtInRulePacks().map((pack) => (
            <li key={pack.id}>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={!disabled.has(pack.id)}
                  onChange={(event) =>
                    editModel((current) => setPackEnabled(current, pack.id, event.target.checked))
                  }
                />
                {pack.name} <span className="muted">({pack.rules.length} rules)</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Your packs</legend>
        {model.rulePacks.custom.length === 0 ? <p className="muted">None loaded.</p> : null}
        <ul className="plain-list">
          {model.rulePacks.custom.map((pack) => {
            const id = String(pack.id ?? '');
            const name = typeof pack.name === 'string' ? pack.name : id;
            const count = Array.isArray(pack.rules) ? pack.rules.length : 0;
            return (
              <li key={id}>
                <label className="inline">
                  <input
                    type="checkbox"
                    checked={!disabled.has(id)}
                    onChange={(event) =>
                      editModel((current) => setPackEnabled(current, id, event.target.checked))
                    }
                  />
                  {name} <span className="muted">({count} rules)</span>
                </label>{' '}
                <button
                  type="button"
                  aria-label={`Remove ${name}`}
                  onClick={() => editModel((current) => removeCustomPack(current, id))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
        <label className="field" htmlFor={fileId}>
          Load a rule pack (JSON)
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void load(file);
          }}
        />
        {loaded ? <p aria-live="polite">{loaded}</p> : null}
        {problems.length > 0 ? (
          <div role="alert" className="error">
            <p>The rule pack was not loaded:</p>
            <ul>
              {problems.map((item, index) => (
                <li key={index}>{item.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </fieldset>
    </section>
  );
}
