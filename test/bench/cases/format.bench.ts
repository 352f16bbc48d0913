/** Budgets of the native file format and the CLI's start-up. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { readModel } from '../../../shared/format/readModel';
import { writeModel } from '../../../shared/format/writeModel';
import { indexModel } from '../../../shared/model/modelIndex';
import { syntheticModel } from '../../support/syntheticModel';
import { medianMs, type BenchCase } from '../measure';

/** A model whose file is about 2 MB. */
function twoMegabyteModelText(): string {
  let count = 1500;
  let text = writeModel(syntheticModel(count));
  while (text.length < 2 * 1024 * 1024) {
    count = Math.round(count * ((2 * 1024 * 1024) / text.length) * 1.02);
    text = writeModel(syntheticModel(count));
  }
  return text;
}

const text = twoMegabyteModelText();

const cases: BenchCase[] = [
  {
    name: `open a ${(text.length / 2 ** 20).toFixed(1)} MB model (parse, migrate, validate, index)`,
    budgetMs: 300,
    run: () =>
      medianMs(() => {
        const result = readModel(text);
        if (!result.ok) throw new Error(result.errors[0]?.message);
        indexModel(result.value);
      }),
  },
  {
    name: 'save a 2 MB model (canonical write, atomic file replace)',
    budgetMs: 200,
    run: async () => {
      const model = readModel(text);
      if (!model.ok) throw new Error('bench model does not read');
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gatehouse-bench-'));
      const { nodeIo } = await import('../../../cli/io');
      const target = path.join(dir, 'model.gatehouse');
      writeFileSync(target, '');
      const ms = await medianMs(() => nodeIo.writeText(target, writeModel(model.value)));
      rmSync(dir, { recursive: true, force: true });
      return ms;
    },
  },
  {
    name: 'gatehouse --version, cold',
    budgetMs: 300,
    run: ({ root }) =>
      medianMs(
        () => execFileSync(process.execPath, [path.join(root, 'cli/bin.cjs'), '--version']),
        5,
        1,
      ),
  },
];

export default cases;
