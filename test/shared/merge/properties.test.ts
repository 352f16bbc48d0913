import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { writeModel } from '../../../shared/format/writeModel';
import { mergeModels } from '../../../shared/merge/mergeModels';
import type { ThreatModel } from '../../../shared/model/types';
import { applyEdits, editArbitrary, modelWithThreats } from '../../support/randomEdits';

const seedArbitrary = fc.integer({ min: 1, max: 1000 });
const editsArbitrary = fc.array(editArbitrary, { maxLength: 12 });

function ids(model: ThreatModel): string[] {
  return model.diagrams[0]!.elements.map((e) => e.id);
}

describe('shared/merge properties', () => {
  describe('mergeModels()', () => {
    it('keeps both sides of disjoint edits, as if they were made one after the other', () => {
      fc.assert(
        fc.property(
          seedArbitrary,
          editsArbitrary,
          editsArbitrary,
          (seed, oursEdits, theirsEdits) => {
            const base = modelWithThreats(60, seed);
            // Zones are left out of the targets: deleting a zone is not disjoint from moving an
            // element of the other side into it, so those pairs belong to the conflict tests.
            const all = base.diagrams[0]!.elements.filter(
              (element) => element.kind !== 'trustBoundary',
            ).map((element) => element.id);
            const oursTargets = all.filter((_, i) => i % 2 === 0);
            const theirsTargets = all.filter((_, i) => i % 2 === 1);
            const ours = applyEdits(base, oursEdits, oursTargets, 'ours');
            const theirs = applyEdits(base, theirsEdits, theirsTargets, 'theirs');
            const both = applyEdits(ours, theirsEdits, theirsTargets, 'theirs');

            const { model, conflicts } = mergeModels(base, ours, theirs);

            expect(conflicts).toEqual([]);
            expect(writeModel(model)).toBe(writeModel(both));
          },
        ),
        { numRuns: 60 },
      );
    });

    it('changes nothing when merging a model with itself', () => {
      fc.assert(
        fc.property(seedArbitrary, (seed) => {
          const model = modelWithThreats(60, seed);
          const result = mergeModels(model, model, model);
          expect(result.conflicts).toEqual([]);
          expect(writeModel(result.model)).toBe(writeModel(model));
        }),
        { numRuns: 20 },
      );
    });

    it('gives ours when theirs did not change anything, and theirs when ours did not', () => {
      fc.assert(
        fc.property(seedArbitrary, editsArbitrary, (seed, edits) => {
          const base = modelWithThreats(60, seed);
          const changed = applyEdits(base, edits, ids(base), 'side');
          expect(writeModel(mergeModels(base, changed, base).model)).toBe(writeModel(changed));
          expect(writeModel(mergeModels(base, base, changed).model)).toBe(writeModel(changed));
        }),
        { numRuns: 60 },
      );
    });

    it('always writes a model and leaves its inputs untouched, conflicts or not', () => {
      fc.assert(
        fc.property(
          seedArbitrary,
          editsArbitrary,
          editsArbitrary,
          (seed, oursEdits, theirsEdits) => {
            const base = modelWithThreats(40, seed);
            const ours = applyEdits(base, oursEdits, ids(base), 'ours');
            const theirs = applyEdits(base, theirsEdits, ids(base), 'theirs');
            const { model, conflicts } = mergeModels(base, ours, theirs);
            expect(() => writeModel(model)).not.toThrow();
            expect(model.conflicts.length).toBeGreaterThanOrEqual(conflicts.length);
          },
        ),
        { numRuns: 40 },
      );
    });
  });
});
