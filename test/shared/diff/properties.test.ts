import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { applyDiff } from '../../../shared/diff/applyDiff';
import { diffModels, isEmptyDiff } from '../../../shared/diff/diffModels';
import { writeModel } from '../../../shared/format/writeModel';
import {
  applyEdits,
  editArbitrary,
  modelWithThreats,
  withoutLayout,
} from '../../support/randomEdits';

const seedArbitrary = fc.integer({ min: 1, max: 1000 });
const editsArbitrary = fc.array(editArbitrary, { maxLength: 12 });

function ids(model: ReturnType<typeof modelWithThreats>): string[] {
  return model.diagrams[0]!.elements.map((e) => e.id);
}

describe('shared/diff properties', () => {
  describe('diffModels()', () => {
    it('finds nothing between a model and itself', () => {
      fc.assert(
        fc.property(seedArbitrary, (seed) => {
          const model = modelWithThreats(60, seed);
          expect(isEmptyDiff(diffModels(model, model, { layout: true }))).toBe(true);
          expect(isEmptyDiff(diffModels(model, modelWithThreats(60, seed)))).toBe(true);
        }),
        { numRuns: 30 },
      );
    });
  });

  describe('applyDiff()', () => {
    it('reproduces the new model from the old one and their diff, layout aside', () => {
      fc.assert(
        fc.property(seedArbitrary, editsArbitrary, (seed, edits) => {
          const before = modelWithThreats(60, seed);
          const after = applyEdits(before, edits, ids(before), 'x');
          const rebuilt = applyDiff(before, diffModels(before, after));
          expect(writeModel(withoutLayout(rebuilt))).toBe(writeModel(withoutLayout(after)));
        }),
        { numRuns: 60 },
      );
    });

    it('reproduces the new model byte for byte when the diff includes layout', () => {
      fc.assert(
        fc.property(seedArbitrary, editsArbitrary, (seed, edits) => {
          const before = modelWithThreats(60, seed);
          const after = applyEdits(before, edits, ids(before), 'x');
          const rebuilt = applyDiff(before, diffModels(before, after, { layout: true }));
          expect(writeModel(rebuilt)).toBe(writeModel(after));
        }),
        { numRuns: 60 },
      );
    });

    it('leaves the model it was given untouched', () => {
      const before = modelWithThreats(60, 3);
      const text = writeModel(before);
      const after = applyEdits(before, [{ kind: 'rename', target: 1, value: 2 }], ids(before), 'x');
      applyDiff(before, diffModels(before, after));
      expect(writeModel(before)).toBe(text);
    });
  });
});
