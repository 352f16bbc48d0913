import { describe, expect, it } from 'vitest';

import { importText } from '../../../../shared/io/importers/importModel';
import { fixtureText } from '../../../support/fixtures';
import { countModel, encloses } from '../../../support/modelCounts';

const NOW = new Date('2026-01-01T00:00:00Z');

function importFixture(file: string) {
  const result = importText(fixtureText(file), { now: NOW });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { ...result.value, warnings: result.warnings };
}

describe('otmImporter', () => {
  describe('importOtm()', () => {
    it.each([
      [
        'otm/otm-spec-example.json',
        {
          diagrams: 1,
          externalEntities: 1,
          processes: 1,
          dataStores: 2,
          flows: 2,
          zones: 2,
          lines: 0,
          threats: 2,
        },
      ],
      [
        'otm/startleft-manual-threat-model.otm.yaml',
        {
          diagrams: 1,
          externalEntities: 1,
          processes: 1,
          dataStores: 1,
          flows: 2,
          zones: 3,
          lines: 0,
          threats: 0,
        },
      ],
      [
        'otm/startleft-mtmt-example.otm.yaml',
        {
          diagrams: 1,
          externalEntities: 1,
          processes: 1,
          dataStores: 2,
          flows: 6,
          zones: 3,
          lines: 0,
          threats: 43,
        },
      ],
    ])('imports %s with the counts of the source', (file, expected) => {
      expect(countModel(importFixture(file).model)).toEqual(expected);
    });

    it('keeps trust ratings, nesting and the kinds the keywords suggest', () => {
      const { model } = importFixture('otm/startleft-mtmt-example.otm.yaml');
      const elements = model.diagrams[0]?.elements ?? [];
      const sandbox = elements.find((e) => e.name === 'Sandbox environment');
      expect(sandbox?.kind === 'trustBoundary' && sandbox.boundaryId).toBe(
        'f0ba7722-39b6-4c81-8290-a30a248bb8d9',
      );
      expect(sandbox?.kind === 'trustBoundary' && sandbox.properties.trustLevel).toBe(10);
      expect(elements.find((e) => e.name === 'Accounting PostgreSQL')?.kind).toBe('dataStore');
      expect(elements.find((e) => e.name === 'Mobile Client')?.kind).toBe('externalEntity');
    });

    it('links threat instances to the catalogue with state, ratings and mitigations', () => {
      const { model } = importFixture('otm/otm-spec-example.json');
      const onService = model.threats.find((t) => t.elementId === 'web-service');
      expect(onService).toMatchObject({
        title: 'Threat 1',
        category: 'S',
        likelihood: 3,
        impact: 5,
        status: 'open',
      });
      expect(onService?.references).toContain('CWE-79');
      const mitigation = model.mitigations.find(
        (m) => m.id === 'fd6136f4-e2ff-11eb-ba80-0242ac130004',
      );
      expect(mitigation).toMatchObject({ status: 'implemented', reduction: { likelihood: 2 } });
    });

    it('makes zones enclose their members', () => {
      const { model } = importFixture('otm/startleft-manual-threat-model.otm.yaml');
      for (const element of model.diagrams[0]?.elements ?? []) {
        if (element.kind === 'dataFlow' || element.boundaryId === null) continue;
        const zone = model.layout.nodes[element.boundaryId];
        const box = model.layout.nodes[element.id];
        expect(zone && box && encloses(zone, box)).toBe(true);
      }
    });
  });
});
