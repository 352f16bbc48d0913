import { describe, expect, it } from 'vitest';

import { exportOtm } from '../../../../shared/io/exporters/otmExporter';
import { importText } from '../../../../shared/io/importers/importModel';
import type { ThreatModel } from '../../../../shared/model/types';
import { fixtureText } from '../../../support/fixtures';
import { otmSchemaErrors } from '../../../support/jsonSchemas';
import { syntheticModel } from '../../../support/syntheticModel';

const NOW = new Date('2026-01-01T00:00:00Z');

function fromText(text: string): ThreatModel {
  const result = importText(text, { now: NOW });
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value.model;
}

function toOtm(model: ThreatModel): string {
  const result = exportOtm(model);
  if (!result.ok) throw new Error('export failed');
  return result.value;
}

function essentials(model: ThreatModel) {
  const elements = model.diagrams.flatMap((d) => d.elements);
  return {
    elements: elements
      .map((e) => `${e.id} ${e.kind} ${e.name} in ${e.kind === 'dataFlow' ? '-' : e.boundaryId}`)
      .sort(),
    flows: elements
      .flatMap((e) => (e.kind === 'dataFlow' ? [`${e.id} ${e.sourceId}->${e.targetId}`] : []))
      .sort(),
    threats: model.threats
      .map(
        (t) =>
          `${t.id} ${t.elementId} ${t.category} ${t.status} ${t.title} ${t.likelihood}/${t.impact} ${t.mitigationIds.join(',')}`,
      )
      .sort(),
    mitigations: model.mitigations.map((m) => `${m.id} ${m.title} ${m.status}`).sort(),
  };
}

describe('otmExporter', () => {
  describe('exportOtm()', () => {
    it.each([
      'otm/otm-spec-example.json',
      'otm/startleft-manual-threat-model.otm.yaml',
      'otm/startleft-mtmt-example.otm.yaml',
    ])('round-trips %s through our model and back', (file) => {
      const first = fromText(fixtureText(file));
      const text = toOtm(first);
      expect(otmSchemaErrors(JSON.parse(text))).toEqual([]);
      expect(essentials(fromText(text))).toEqual(essentials(first));
    });

    it('keeps statuses other than open through a round trip', () => {
      const model = fromText(fixtureText('otm/startleft-mtmt-example.otm.yaml'));
      const statuses = ['mitigated', 'accepted', 'notApplicable', 'transferred'] as const;
      model.threats.forEach(
        (threat, i) => (threat.status = statuses[i % statuses.length] ?? 'open'),
      );
      const back = fromText(toOtm(model));
      expect(back.threats.map((t) => t.status).sort()).toEqual(
        model.threats.map((t) => t.status).sort(),
      );
    });

    it('writes a valid document for a model of our own and puts loose elements in an Outside zone', () => {
      const result = exportOtm(syntheticModel(200));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(otmSchemaErrors(JSON.parse(result.value))).toEqual([]);
    });
  });
});
