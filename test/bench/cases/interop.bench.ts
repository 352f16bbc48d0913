/** Budgets of the importers: the largest real Threat Modeling Tool file and the crAPI spec. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { importModel } from '../../../shared/io/importers/importModel';
import { medianMs, type BenchCase } from '../measure';

function fixture(root: string, file: string): string {
  return readFileSync(path.join(root, 'test/fixtures', file), 'utf8');
}

async function importOrThrow(text: string): Promise<void> {
  const result = await importModel(text);
  if (!result.ok) throw new Error(result.errors[0]?.message);
}

const cases: BenchCase[] = [
  {
    name: 'import the 1.3 MB Threat Modeling Tool example (.tm7)',
    budgetMs: 1000,
    run: ({ root }) => {
      const text = fixture(root, 'tm7/MTMT_example.tm7');
      return medianMs(() => importOrThrow(text), 5, 1);
    },
  },
  {
    name: 'import the crAPI OpenAPI spec, with automatic layout',
    budgetMs: 300,
    run: ({ root }) => {
      const text = fixture(root, 'openapi/owasp-crapi.openapi.json');
      return medianMs(() => importOrThrow(text), 7, 2);
    },
  },
];

export default cases;
