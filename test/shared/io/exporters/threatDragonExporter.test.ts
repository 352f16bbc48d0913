import { describe, expect, it } from 'vitest';

import { exportThreatDragon } from '../../../../shared/io/exporters/threatDragonExporter';
import { importThreatDragon } from '../../../../shared/io/importers/threatDragonImporter';
import type { ThreatModel } from '../../../../shared/model/types';
import { fixtureJson } from '../../../support/fixtures';
import { syntheticModel } from '../../../support/syntheticModel';
import { threatDragonSchemaErrors } from '../../../support/jsonSchemas';

const NOW = new Date('2026-01-01T00:00:00Z');

function fromThreatDragon(value: unknown): ThreatModel {
  const result = importThreatDragon(value, { now: NOW });
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value.model;
}

function toThreatDragon(model: ThreatModel): unknown {
  const result = exportThreatDragon(model);
  if (!result.ok) throw new Error('export failed');
  return JSON.parse(result.value);
}

/** What a round trip must keep: elements, flows and their ends, threats and their decisions. */
function essentials(model: ThreatModel) {
  const elements = model.diagrams.flatMap((d) => d.elements);
  return {
    elements: elements.map((e) => `${e.id} ${e.kind} ${e.name}`).sort(),
    flows: elements
      .flatMap((e) => (e.kind === 'dataFlow' ? [`${e.id} ${e.sourceId}->${e.targetId}`] : []))
      .sort(),
    threats: model.threats
      .map((t) => `${t.id} #${t.number} ${t.elementId} ${t.category} ${t.status} ${t.title}`)
      .sort(),
    mitigations: model.threats.map((t) => `${t.id} ${t.mitigationIds.join(',')}`).sort(),
  };
}

describe('threatDragonExporter', () => {
  describe('exportThreatDragon()', () => {
    it.each([
      'threat-dragon/v2/demo-threat-model.v2.json',
      'threat-dragon/v2/iot-device.v2.json',
      'threat-dragon/v2/three-tier-web-app.v2.json',
      'threat-dragon/v2/test-reports.v2.json',
      'threat-dragon/v1/demo-threat-model.v1.json',
    ])('round-trips %s through our model and back without losing meaning', (file) => {
      const first = fromThreatDragon(fixtureJson(file));
      const exported = toThreatDragon(first);
      expect(threatDragonSchemaErrors(exported)).toEqual([]);
      const second = fromThreatDragon(exported);
      expect(essentials(second)).toEqual(essentials(first));
    });

    it('writes a file Threat Dragon accepts for a large model of our own, with warnings for what it cannot hold', () => {
      const result = exportThreatDragon(syntheticModel(300));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(threatDragonSchemaErrors(JSON.parse(result.value))).toEqual([]);
      expect(result.warnings.map((w) => w.code)).toContain('export/trust-levels');
    });

    it('writes the free end of a dangling flow as a point', () => {
      const model = fromThreatDragon(fixtureJson('threat-dragon/v2/three-tier-web-app.v2.json'));
      const flow = model.diagrams[0]?.elements.find((e) => e.kind === 'dataFlow');
      if (flow?.kind === 'dataFlow') flow.targetId = 'nowhere';
      const exported = toThreatDragon(model) as {
        detail: { diagrams: { cells: { id: string; target: unknown }[] }[] };
      };
      const cell = exported.detail.diagrams[0]?.cells.find((c) => c.id === flow?.id);
      expect(cell?.target).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    });
  });
});
