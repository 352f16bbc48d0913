import { describe, expect, it } from 'vitest';

import { mitigationSchema, threatSchema } from '../../../shared/model/schema';
import type { Mitigation, Threat } from '../../../shared/model/types';
import {
  assessThreat,
  inherentRisk,
  mitigationsById,
  residualRisk,
} from '../../../shared/risk/assess';

function threat(init: Partial<Threat> = {}): Threat {
  return threatSchema.parse({
    id: 'r:e',
    number: 1,
    title: 't',
    category: 'S',
    elementId: 'e',
    ...init,
  });
}

function mitigation(init: Partial<Mitigation> & { id: string }): Mitigation {
  return mitigationSchema.parse({ title: init.id, ...init });
}

describe('risk/assess', () => {
  describe('inherentRisk()', () => {
    it('rates the threat by its own likelihood and impact', () => {
      expect(inherentRisk(threat({ likelihood: 4, impact: 5 }))).toEqual({
        likelihood: 4,
        impact: 5,
        score: 20,
        band: 'critical',
      });
    });
  });

  describe('residualRisk()', () => {
    const lookup = mitigationsById([
      mitigation({ id: 'done', status: 'implemented', reduction: { likelihood: 2, impact: 1 } }),
      mitigation({ id: 'checked', status: 'verified', reduction: { likelihood: 1, impact: 0 } }),
      mitigation({ id: 'planned', status: 'planned', reduction: { likelihood: 4, impact: 4 } }),
    ]);

    it('applies the reduction of implemented and verified mitigations', () => {
      const risk = residualRisk(
        threat({ likelihood: 5, impact: 4, mitigationIds: ['done'] }),
        lookup,
      );
      expect(risk).toMatchObject({ likelihood: 3, impact: 3, score: 9, band: 'medium' });
    });

    it('adds up the reductions of several mitigations in place', () => {
      const risk = residualRisk(
        threat({ likelihood: 5, impact: 4, mitigationIds: ['done', 'checked'] }),
        lookup,
      );
      expect(risk).toMatchObject({ likelihood: 2, impact: 3, score: 6 });
    });

    it('ignores mitigations that are only planned', () => {
      const risk = residualRisk(
        threat({ likelihood: 5, impact: 4, mitigationIds: ['planned'] }),
        lookup,
      );
      expect(risk.score).toBe(20);
    });

    it('never goes below 1', () => {
      const strong = mitigationsById([
        mitigation({ id: 'm', status: 'verified', reduction: { likelihood: 4, impact: 4 } }),
      ]);
      const risk = residualRisk(threat({ likelihood: 2, impact: 2, mitigationIds: ['m'] }), strong);
      expect(risk).toMatchObject({ likelihood: 1, impact: 1, score: 1, band: 'veryLow' });
    });

    it('counts a mitigation linked twice once and ignores unknown links', () => {
      const risk = residualRisk(
        threat({ likelihood: 5, impact: 4, mitigationIds: ['done', 'done', 'gone'] }),
        lookup,
      );
      expect(risk.likelihood).toBe(3);
    });
  });

  describe('assessThreat()', () => {
    it('gives equal inherent and residual risk when nothing is in place', () => {
      const risk = assessThreat(threat({ likelihood: 3, impact: 3 }), new Map());
      expect(risk.residual).toEqual(risk.inherent);
    });
  });
});
