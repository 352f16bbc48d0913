import { describe, expect, it } from 'vitest';

import { readModel } from '../../../shared/format/readModel';
import { writeModel } from '../../../shared/format/writeModel';
import type { ThreatModel } from '../../../shared/model/types';
import { buildMitigationPlan } from '../../../shared/plan/buildPlan';
import {
  adoptFirstSuggestions,
  adoptSuggestion,
  suggestedMitigationId,
  suggestionsFor,
} from '../../../shared/plan/suggestions';
import { builtInRulePacks, buildRuleEngine } from '../../../shared/rules/engine';
import { generateThreats } from '../../../shared/rules/generate';
import { ruleWorld } from '../../support/ruleWorld';

function generated(): ThreatModel {
  const result = generateThreats(
    ruleWorld({ flowIn: { protocol: 'HTTP' }, flowOut: { protocol: 'SQL' } }),
  );
  if (!result.ok) throw new Error('generation failed');
  return result.value.model;
}

const engine = (() => {
  const built = buildRuleEngine(builtInRulePacks());
  if (!built.ok) throw new Error('engine');
  return built.value;
})();

describe('plan/suggestions', () => {
  describe('adoptSuggestion()', () => {
    it('creates one mitigation per title and links every threat that adopts it', () => {
      const model = generated();
      const cleartext = model.threats.filter((t) => t.ruleId === 'stride.flow.cleartext');
      expect(cleartext).toHaveLength(2);
      const title = suggestionsFor(cleartext[0]!, engine)[0]!.title;

      const first = adoptSuggestion(model, cleartext[0]!.id, title, engine);
      if (!first.ok) throw new Error(first.errors[0]?.message);
      expect(first.value.created).toBe(true);
      expect(first.value.mitigationId).toBe(suggestedMitigationId(title));

      const second = adoptSuggestion(
        first.value.model,
        cleartext[1]!.id,
        title.toUpperCase(),
        engine,
      );
      if (!second.ok) throw new Error(second.errors[0]?.message);
      expect(second.value.created).toBe(false);
      expect(second.value.model.mitigations).toHaveLength(1);
      expect(second.value.model.mitigations[0]).toMatchObject({ status: 'proposed', effort: 'S' });
      const linked = second.value.model.threats.filter((t) =>
        t.mitigationIds.includes(first.value.mitigationId),
      );
      expect(linked.map((t) => t.id)).toEqual(cleartext.map((t) => t.id));

      const again = adoptSuggestion(second.value.model, cleartext[1]!.id, title, engine);
      if (!again.ok) throw new Error('again');
      expect(again.value.model).toBe(second.value.model);
      expect(readModel(writeModel(again.value.model)).ok).toBe(true);
    });

    it('refuses a title the rule does not suggest and an unknown threat', () => {
      const model = generated();
      const result = adoptSuggestion(model, model.threats[0]!.id, 'Pray', engine);
      expect(result.ok).toBe(false);
      expect(adoptSuggestion(model, 'nope', 'x').ok).toBe(false);
    });
  });

  describe('adoptFirstSuggestions()', () => {
    it('gives every open threat a proposed control and a plan to rank them', () => {
      const { model, created, linked } = adoptFirstSuggestions(generated(), engine);
      expect(linked).toBe(model.threats.length);
      expect(created).toBe(model.mitigations.length);
      expect(created).toBeLessThan(linked);
      const plan = buildMitigationPlan(model);
      expect(plan.undecided).toEqual([]);
      expect(plan.items[0]!.value).toBeGreaterThanOrEqual(plan.items.at(-1)!.value);
    });
  });
});
