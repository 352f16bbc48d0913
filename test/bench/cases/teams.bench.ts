/** Budgets of the semantic diff and the three-way merge, on 10,000-element models. */
import { diffModels } from '../../../shared/diff/diffModels';
import { mergeModels } from '../../../shared/merge/mergeModels';
import type { ThreatModel } from '../../../shared/model/types';
import { applyEdits, type Edit, type EditKind, modelWithThreats } from '../../support/randomEdits';
import { seededRandom } from '../../support/syntheticModel';
import { medianMs, type BenchCase } from '../measure';

const SIZE = 10_000;
const KINDS: EditKind[] = [
  'rename',
  'retag',
  'property',
  'rezone',
  'delete',
  'add',
  'threat',
  'layout',
];

/** About 500 edits (5 % of the model), spread over the ids a side may touch. */
function someEdits(seed: number): Edit[] {
  const random = seededRandom(seed);
  return Array.from({ length: 500 }, () => ({
    kind: KINDS[Math.floor(random() * KINDS.length)]!,
    target: Math.floor(random() * SIZE),
    value: Math.floor(random() * 1000),
  }));
}

const base = modelWithThreats(SIZE, 7);
const ids = base.diagrams[0]!.elements.map((element) => element.id);
const ours: ThreatModel = applyEdits(
  base,
  someEdits(1),
  ids.filter((_, i) => i % 2 === 0),
  'ours',
);
// Theirs touches every id, so some edits collide with ours and the merge records conflicts too.
const theirs: ThreatModel = applyEdits(base, someEdits(2), ids, 'theirs');

const cases: BenchCase[] = [
  {
    name: 'diff two 10,000-element models',
    budgetMs: 500,
    run: () => medianMs(() => diffModels(base, ours)),
  },
  {
    name: 'merge two edits of a 10,000-element model',
    budgetMs: 500,
    run: () => medianMs(() => mergeModels(base, ours, theirs)),
  },
];

export default cases;
