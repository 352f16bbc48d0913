import { describe, expect, it } from 'vitest';

import {
  importThreatDragon,
  threatDragonVersion,
} from '../../../../shared/io/importers/threatDragonImporter';
import { fixtureJson } from '../../../support/fixtures';
import { countModel } from '../../../support/modelCounts';

const NOW = new Date('2026-01-01T00:00:00Z');

function importFixture(file: string) {
  const result = importThreatDragon(fixtureJson(file), { now: NOW });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { ...result.value, warnings: result.warnings };
}

describe('threatDragonImporter', () => {
  describe('threatDragonVersion()', () => {
    it('tells version 1 from version 2 files', () => {
      expect(threatDragonVersion(fixtureJson('threat-dragon/v1/demo-threat-model.v1.json'))).toBe(
        1,
      );
      expect(threatDragonVersion(fixtureJson('threat-dragon/v2/demo-threat-model.v2.json'))).toBe(
        2,
      );
      expect(threatDragonVersion({ openapi: '3.0.0' })).toBeNull();
    });
  });

  describe('importThreatDragon()', () => {
    it.each([
      [
        'threat-dragon/v2/demo-threat-model.v2.json',
        {
          diagrams: 1,
          externalEntities: 1,
          processes: 2,
          dataStores: 4,
          flows: 10,
          zones: 0,
          lines: 3,
          threats: 14,
        },
      ],
      [
        'threat-dragon/v2/iot-device.v2.json',
        {
          diagrams: 1,
          externalEntities: 1,
          processes: 9,
          dataStores: 1,
          flows: 14,
          zones: 0,
          lines: 1,
          threats: 4,
        },
      ],
      [
        'threat-dragon/v2/three-tier-web-app.v2.json',
        {
          diagrams: 1,
          externalEntities: 0,
          processes: 3,
          dataStores: 0,
          flows: 3,
          zones: 2,
          lines: 0,
          threats: 2,
        },
      ],
      [
        'threat-dragon/v2/test-reports.v2.json',
        {
          diagrams: 7,
          externalEntities: 12,
          processes: 6,
          dataStores: 6,
          flows: 9,
          zones: 2,
          lines: 2,
          threats: 8,
        },
      ],
      [
        'threat-dragon/v1/demo-threat-model.v1.json',
        {
          diagrams: 1,
          externalEntities: 1,
          processes: 2,
          dataStores: 4,
          flows: 10,
          zones: 0,
          lines: 4,
          threats: 14,
        },
      ],
    ])('imports %s with the counts of the source', (file, expected) => {
      expect(countModel(importFixture(file).model)).toEqual(expected);
    });

    it('keeps the source ids of cells and threats', () => {
      const { model } = importFixture('threat-dragon/v2/three-tier-web-app.v2.json');
      const ids = model.diagrams[0]?.elements.map((e) => e.id) ?? [];
      expect(ids).toContain('5170eb10-abe9-48ec-8c74-b5ad508c28ef');
      expect(model.threats.map((t) => t.id)).toContain('264eeb9a-f5b3-4224-93e7-ac0cb72f20de');
    });

    it('puts processes in the boundary box that encloses them in the drawing', () => {
      const { model } = importFixture('threat-dragon/v2/three-tier-web-app.v2.json');
      const elements = model.diagrams[0]?.elements ?? [];
      const webUi = elements.find((e) => e.name === 'Web UI');
      const zoneId = webUi && webUi.kind !== 'dataFlow' ? webUi.boundaryId : undefined;
      const zone = elements.find((e) => e.id === zoneId);
      expect(zone?.kind).toBe('trustBoundary');
      expect(zone?.name).toBe('Internet');
    });

    it('maps status and severity, and links mitigation text', () => {
      const { model } = importFixture('threat-dragon/v2/three-tier-web-app.v2.json');
      const threat = model.threats.find((t) => t.id === '264eeb9a-f5b3-4224-93e7-ac0cb72f20de');
      expect(threat).toMatchObject({
        status: 'mitigated',
        category: 'I',
        likelihood: 4,
        impact: 4,
      });
      const mitigation = model.mitigations.find((m) => m.id === threat?.mitigationIds[0]);
      expect(mitigation?.status).toBe('implemented');
      expect(mitigation?.description.length).toBeGreaterThan(0);
    });

    it('keeps boundary curves as lines with their points, including the misspelled shape', () => {
      const { model } = importFixture('threat-dragon/v2/test-reports.v2.json');
      const lines = model.diagrams
        .flatMap((d) => d.elements)
        .filter((e) => e.kind === 'trustBoundary' && e.properties.shape === 'line');
      expect(lines).toHaveLength(2);
      for (const line of lines)
        expect(model.layout.edges[line.id]?.points.length).toBeGreaterThanOrEqual(2);
    });

    it('maps element flags onto properties and tags', () => {
      const { model } = importFixture('threat-dragon/v1/demo-threat-model.v1.json');
      const elements = model.diagrams.flatMap((d) => d.elements);
      const config = elements.find((e) => e.name === 'Worker Config');
      expect(config?.kind === 'dataStore' && config.properties.holdsCredentials).toBe(true);
      const web = elements.find((e) => e.kind === 'dataFlow' && e.name === 'Web Request');
      expect(web?.kind === 'dataFlow' && web.properties.encrypted).toBe(true);
      expect(web?.tags).toContain('public-network');
      const worker = elements.find((e) => e.kind === 'process' && e.name.startsWith('Background'));
      expect(worker?.tags).toContain('privilege:executionContext =Limited');
    });

    it('reports a flow with a free end and keeps it', () => {
      const value = fixtureJson('threat-dragon/v2/three-tier-web-app.v2.json') as {
        detail: { diagrams: { cells: Record<string, unknown>[] }[] };
      };
      const flow = value.detail.diagrams[0]?.cells.find((c) => c.shape === 'flow');
      if (flow) flow.target = { x: 10, y: 20 };
      const result = importThreatDragon(value, { now: NOW });
      expect(result.ok).toBe(true);
      expect(result.warnings.map((w) => w.code)).toContain('import/dangling-flow');
    });

    it('refuses something that is not a Threat Dragon model', () => {
      const result = importThreatDragon({ hello: 'world' });
      expect(result.ok).toBe(false);
    });
  });
});
