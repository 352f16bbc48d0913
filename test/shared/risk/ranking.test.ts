import { describe, expect, it } from 'vitest';

import { mitigationSchema, threatSchema } from '../../../shared/model/schema';
import type { Threat } from '../../../shared/model/types';
import { heatMap, heatMapCell } from '../../../shared/risk/heatMap';
import { rankModelThreats, rankThreats } from '../../../shared/risk/ranking';

function threat(number: number, init: Partial<Threat> = {}): Threat {
  return threatSchema.parse({
    id: `t${number}`,
    number,
    title: 't',
    category: 'T',
    elementId: 'e',
    ...init,
  });
}

const mitigations = [
  mitigationSchema.parse({
    id: 'm',
    title: 'Rate limit',
    status: 'implemented',
    reduction: { likelihood: 2, impact: 0 },
  }),
];

describe('risk/ranking', () => {
  describe('rankThreats()', () => {
    it('orders by residual risk, then inherent risk, then number', () => {
      const threats = [
        threat(1, { likelihood: 2, impact: 2 }), // 4 / 4
        threat(2, { likelihood: 5, impact: 4, mitigationIds: ['m'] }), // 20 / 12
        threat(3, { likelihood: 4, impact: 3 }), // 12 / 12
        threat(4, { likelihood: 4, impact: 3 }), // 12 / 12
        threat(5, { likelihood: 5, impact: 5 }), // 25 / 25
      ];
      const order = rankThreats(threats, mitigations).map((a) => a.threat.number);
      expect(order).toEqual([5, 2, 3, 4, 1]);
    });
  });

  describe('rankModelThreats()', () => {
    it('leaves stale threats out unless asked', () => {
      const model = { threats: [threat(1), threat(2, { stale: true })], mitigations };
      expect(rankModelThreats(model)).toHaveLength(1);
      expect(rankModelThreats(model, { includeStale: true })).toHaveLength(2);
    });
  });
});

describe('risk/heatMap', () => {
  describe('heatMap()', () => {
    const ranked = rankThreats(
      [
        threat(1, { likelihood: 5, impact: 4, mitigationIds: ['m'] }),
        threat(2, { likelihood: 5, impact: 4 }),
        threat(3, { likelihood: 1, impact: 1 }),
      ],
      mitigations,
    );

    it('counts threats per cell of their residual rating', () => {
      const map = heatMap(ranked);
      expect(map.cells).toHaveLength(25);
      expect(heatMapCell(map, 5, 4).threatIds).toEqual(['t2']);
      expect(heatMapCell(map, 3, 4).count).toBe(1);
      expect(heatMapCell(map, 1, 1).count).toBe(1);
      expect(map.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(3);
    });

    it('counts by inherent rating when asked', () => {
      const map = heatMap(ranked, 'inherent');
      expect(heatMapCell(map, 5, 4).count).toBe(2);
      expect(heatMapCell(map, 5, 4).band).toBe('critical');
    });

    it('lays the cells out as the matrix is drawn, likelihood 5 first', () => {
      const map = heatMap([]);
      expect(map.cells[0]).toMatchObject({ likelihood: 5, impact: 1 });
      expect(map.cells[24]).toMatchObject({ likelihood: 1, impact: 5 });
    });
  });
});
