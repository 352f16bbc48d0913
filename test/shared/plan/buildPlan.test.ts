import { describe, expect, it } from 'vitest';

import { mitigationSchema, threatSchema } from '../../../shared/model/schema';
import type { Mitigation, Threat } from '../../../shared/model/types';
import { buildMitigationPlan } from '../../../shared/plan/buildPlan';

function threat(number: number, init: Partial<Threat> = {}): Threat {
  return threatSchema.parse({
    id: `t${number}`,
    number,
    title: `Threat ${number}`,
    category: 'T',
    elementId: 'e',
    ruleId: 'r',
    ...init,
  });
}

function mitigation(id: string, init: Partial<Mitigation> = {}): Mitigation {
  return mitigationSchema.parse({ id, title: id, ...init });
}

describe('plan/buildPlan', () => {
  describe('buildMitigationPlan()', () => {
    it('orders mitigations by risk removed per unit of effort', () => {
      const plan = buildMitigationPlan({
        mitigations: [
          // L: removes 2 likelihood from two 5x4 threats: (20-12)*2 = 16 → 16/3 ≈ 5.3
          mitigation('big', { effort: 'L', owner: 'Ana', dueDate: '2026-03-01' }),
          // S: removes 2 likelihood from one 4x3 threat: 12-6 = 6 → 6/1 = 6
          mitigation('cheap', { effort: 'S' }),
          mitigation('nothing', { effort: 'S' }),
          mitigation('no', { status: 'rejected' }),
        ],
        threats: [
          threat(1, { likelihood: 5, impact: 4, mitigationIds: ['big'] }),
          threat(2, { likelihood: 5, impact: 4, mitigationIds: ['big', 'no'] }),
          threat(3, { likelihood: 4, impact: 3, mitigationIds: ['cheap'] }),
        ],
      });
      expect(plan.items.map((item) => [item.rank, item.mitigation.id, item.riskRemoved])).toEqual([
        [1, 'cheap', 6],
        [2, 'big', 16],
        [3, 'nothing', 0],
      ]);
      expect(plan.items[1]!.threats.map((a) => a.threat.number)).toEqual([1, 2]);
      expect(plan.items[1]!.mitigation.owner).toBe('Ana');
    });

    it('counts what a control in place already removes', () => {
      const plan = buildMitigationPlan({
        mitigations: [mitigation('done', { status: 'implemented', effort: 'M' })],
        threats: [threat(1, { likelihood: 4, impact: 4, mitigationIds: ['done'] })],
      });
      expect(plan.items[0]).toMatchObject({ inPlace: true, riskRemoved: 8, value: 4 });
      expect(plan.totals).toEqual({ inherent: 16, residual: 8, removableByPlan: 0 });
    });

    it('ignores accepted threats and stale ones when scoring', () => {
      const plan = buildMitigationPlan({
        mitigations: [mitigation('m')],
        threats: [
          threat(1, { likelihood: 5, impact: 5, mitigationIds: ['m'], status: 'accepted' }),
          threat(2, { likelihood: 5, impact: 5, mitigationIds: ['m'], stale: true }),
        ],
      });
      expect(plan.items[0]!.riskRemoved).toBe(0);
      expect(plan.items[0]!.threats.map((a) => a.threat.number)).toEqual([1]);
    });

    it('ends with the open threats nobody has decided on, highest risk first', () => {
      const plan = buildMitigationPlan({
        mitigations: [mitigation('m'), mitigation('no', { status: 'rejected' })],
        threats: [
          threat(1, { likelihood: 2, impact: 2 }),
          threat(2, { likelihood: 5, impact: 5, mitigationIds: ['no'] }),
          threat(3, { likelihood: 4, impact: 4, mitigationIds: ['m'] }),
          threat(4, { likelihood: 5, impact: 5, status: 'accepted' }),
          threat(5, { likelihood: 5, impact: 5, stale: true }),
        ],
      });
      expect(plan.undecided.map((a) => a.threat.number)).toEqual([2, 1]);
    });
  });
});
