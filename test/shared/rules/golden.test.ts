import { describe, expect, it } from 'vitest';

import { readModel } from '../../../shared/format/readModel';
import { writeModel } from '../../../shared/format/writeModel';
import { formatThreatNumber } from '../../../shared/model/ids';
import type { ThreatModel } from '../../../shared/model/types';
import { generateThreats } from '../../../shared/rules/generate';
import { REALISTIC_MODELS } from '../../support/realisticModels';

function generate(model: ThreatModel): ThreatModel {
  const result = generateThreats(model);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value.model;
}

/** One line per threat: what a reviewer reads, and what a rule change shows in a diff. */
function threatList(model: ThreatModel): string {
  return model.threats
    .map(
      (t) =>
        `${formatThreatNumber(t.number)}  ${t.category}  L${t.likelihood} I${t.impact}  ${t.title}\n        ${t.id}  [${t.references.join(', ')}]`,
    )
    .join('\n')
    .concat('\n');
}

describe('rules/generate (golden models)', () => {
  describe.each(Object.entries(REALISTIC_MODELS))('%s model', (name, build) => {
    it('generates the reviewed list of threats', async () => {
      await expect(threatList(generate(build()))).toMatchFileSnapshot(
        `__golden__/${name}.threats.txt`,
      );
    });

    it('writes a model that reads back, and regenerates to the same bytes', () => {
      const first = writeModel(generate(build()));
      const read = readModel(first);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(writeModel(generate(read.value))).toBe(first);
    });
  });
});
