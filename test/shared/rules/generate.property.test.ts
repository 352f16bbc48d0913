import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { writeModel } from '../../../shared/format/writeModel';
import type { ThreatModel } from '../../../shared/model/types';
import { generateThreats, regenerateThreats } from '../../../shared/rules/generate';
import { applyRuleEdit, decisionOf, ruleEditArbitrary } from '../../support/ruleEdits';
import { syntheticModel } from '../../support/syntheticModel';

function full(model: ThreatModel): ThreatModel {
  const result = generateThreats(model);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value.model;
}

const BASE = full(syntheticModel(60, 7));

describe('rules/generate (properties)', () => {
  it('never loses a decision and never duplicates an id or a number over random edits', () => {
    fc.assert(
      fc.property(fc.array(ruleEditArbitrary, { minLength: 1, maxLength: 25 }), (edits) => {
        let model = BASE;
        for (const edit of edits) {
          const edited = applyRuleEdit(model, edit).model;
          const before = new Map(edited.threats.map((t) => [t.id, decisionOf(t)]));
          model = full(edited);

          const ids = new Set(model.threats.map((t) => t.id));
          const numbers = new Set(model.threats.map((t) => t.number));
          expect(ids.size).toBe(model.threats.length);
          expect(numbers.size).toBe(model.threats.length);
          expect(Math.max(0, ...numbers)).toBeLessThanOrEqual(model.threatCounter);
          for (const threat of model.threats) {
            const decided = before.get(threat.id);
            if (decided !== undefined) expect(decisionOf(threat)).toEqual(decided);
          }
          for (const id of before.keys()) expect(ids.has(id)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('regenerates incrementally with the same result as a full run', () => {
    fc.assert(
      fc.property(fc.array(ruleEditArbitrary, { minLength: 1, maxLength: 15 }), (edits) => {
        let model = BASE;
        for (const edit of edits) {
          const previous = model;
          const { model: edited, changed } = applyRuleEdit(model, edit);
          const incremental = regenerateThreats(edited, changed, { previous });
          if (!incremental.ok) throw new Error('incremental failed');
          expect(writeModel(incremental.value.model)).toBe(writeModel(full(edited)));
          model = incremental.value.model;
        }
      }),
      { numRuns: 40 },
    );
  });

  it('is idempotent after any edit sequence', () => {
    fc.assert(
      fc.property(fc.array(ruleEditArbitrary, { minLength: 1, maxLength: 10 }), (edits) => {
        let model = BASE;
        for (const edit of edits) model = full(applyRuleEdit(model, edit).model);
        const again = generateThreats(model);
        expect(again.ok && again.value.model).toBe(model);
      }),
      { numRuns: 20 },
    );
  });
});
