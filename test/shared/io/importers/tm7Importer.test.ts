import { describe, expect, it } from 'vitest';

import { importTm7 } from '../../../../shared/io/importers/tm7Importer';
import { fixtureText } from '../../../support/fixtures';
import { countModel } from '../../../support/modelCounts';
import { HOSTILE_INPUT_DEADLINE_MS } from '../../../support/deadlines';

const NOW = new Date('2026-01-01T00:00:00Z');

function importFixture(file: string) {
  const result = importTm7(fixtureText(file), { now: NOW });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { ...result.value, warnings: result.warnings };
}

describe('tm7Importer', () => {
  describe('importTm7()', () => {
    it('imports the example with the counts StartLeft finds in it', () => {
      const { model } = importFixture('tm7/MTMT_example.tm7');
      expect(countModel(model)).toEqual({
        diagrams: 1,
        externalEntities: 1,
        processes: 1,
        dataStores: 2,
        flows: 6,
        zones: 2,
        lines: 0,
        threats: 43,
      });
    });

    it('imports nested zones, a boundary line and a flow with no source', () => {
      const { model, warnings } = importFixture('tm7/MTMT_nested_tz.tm7');
      const counts = countModel(model);
      expect(counts).toMatchObject({
        processes: 2,
        dataStores: 2,
        flows: 3,
        lines: 1,
        threats: 16,
      });
      expect(counts.zones).toBeGreaterThanOrEqual(2);
      const zones = model.diagrams
        .flatMap((d) => d.elements)
        .filter((e) => e.kind === 'trustBoundary' && e.properties.shape === 'zone');
      expect(
        zones.some(
          (zone) => zone.kind === 'trustBoundary' && zones.some((z) => z.id === zone.boundaryId),
        ),
      ).toBe(true);
      expect(warnings.map((w) => w.code)).toContain('import/dangling-flow');
    });

    it('keeps names, stencils, state and priority', () => {
      const { model } = importFixture('tm7/MTMT_example.tm7');
      const elements = model.diagrams.flatMap((d) => d.elements);
      const store = elements.find((e) => e.name === 'Accounting PostgreSQL');
      expect(store?.kind).toBe('dataStore');
      expect(store?.tags).toContain('stencil:SE.DS.TMCore.AzurePostgresDB');
      const threat = model.threats.find((t) => t.number === 55);
      expect(threat).toMatchObject({ category: 'E', status: 'open', impact: 4 });
      expect(elements.find((e) => e.id === threat?.elementId)?.kind).toBe('dataFlow');
      expect(threat?.mitigationIds).toHaveLength(1);
    });

    it('puts each box in the zone drawn around it', () => {
      const { model } = importFixture('tm7/MTMT_example.tm7');
      const elements = model.diagrams.flatMap((d) => d.elements);
      const store = elements.find((e) => e.name === 'Accounting PostgreSQL');
      const zone = elements.find((e) => store?.kind === 'dataStore' && e.id === store.boundaryId);
      expect(zone?.name).toBe('Public Cloud');
    });

    it('refuses entity declarations before parsing', () => {
      const bomb =
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
        '<ThreatModel>&lol2;</ThreatModel>';
      const started = performance.now();
      const result = importTm7(bomb);
      expect(performance.now() - started).toBeLessThan(HOSTILE_INPUT_DEADLINE_MS);
      expect(!result.ok && result.errors[0]?.code).toBe('import/xml-declarations');
    });

    it('refuses absurd nesting', () => {
      const deep = `<ThreatModel>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</ThreatModel>`;
      const result = importTm7(deep);
      expect(!result.ok && result.errors[0]?.code).toBe('import/too-deep');
    });

    it('refuses XML that is not a model', () => {
      expect(importTm7('<Other/>').ok).toBe(false);
      expect(importTm7('<ThreatModel><unclosed').ok).toBe(false);
    });
  });
});
