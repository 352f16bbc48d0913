import { describe, expect, it } from 'vitest';

import {
  BAND_INFO,
  RISK_BANDS,
  bandOf,
  bandOfRatings,
  clampRating,
  compareBands,
  isAtOrAbove,
  riskScore,
  severityOf,
} from '../../../shared/risk/matrix';

describe('risk/matrix', () => {
  describe('riskScore()', () => {
    it('multiplies likelihood by impact', () => {
      expect(riskScore(4, 3)).toBe(12);
      expect(riskScore(5, 5)).toBe(25);
      expect(riskScore(1, 1)).toBe(1);
    });

    it('holds out-of-scale ratings on the 1 to 5 scale', () => {
      expect(riskScore(0, 9)).toBe(5);
      expect(riskScore(Number.NaN, 2)).toBe(2);
      expect(clampRating(2.6)).toBe(3);
    });
  });

  describe('bandOf()', () => {
    it('places every cell of the matrix in the published band', () => {
      const expected: Record<number, string> = {
        1: 'veryLow',
        2: 'veryLow',
        3: 'low',
        4: 'low',
        5: 'medium',
        6: 'medium',
        8: 'medium',
        9: 'medium',
        10: 'high',
        12: 'high',
        15: 'veryHigh',
        16: 'veryHigh',
        20: 'critical',
        25: 'critical',
      };
      for (const [score, band] of Object.entries(expected))
        expect(bandOf(Number(score))).toBe(band);
    });

    it('matches the drawn matrix row by row', () => {
      const rows = [
        ['medium', 'high', 'veryHigh', 'critical', 'critical'],
        ['low', 'medium', 'high', 'veryHigh', 'critical'],
        ['low', 'medium', 'medium', 'high', 'veryHigh'],
        ['veryLow', 'low', 'medium', 'medium', 'high'],
        ['veryLow', 'veryLow', 'low', 'low', 'medium'],
      ];
      rows.forEach((row, r) =>
        row.forEach((band, c) => expect(bandOfRatings(5 - r, c + 1)).toBe(band)),
      );
    });

    it('covers 1 to 25 without gaps between band edges', () => {
      let next = 1;
      for (const band of RISK_BANDS) {
        expect(BAND_INFO[band].min).toBe(next);
        next = BAND_INFO[band].max + 1;
      }
      expect(next).toBe(26);
    });
  });

  describe('isAtOrAbove()', () => {
    it('collapses bands onto four severities', () => {
      expect(severityOf('veryLow')).toBe('low');
      expect(severityOf('veryHigh')).toBe('high');
      expect(isAtOrAbove('veryHigh', 'high')).toBe(true);
      expect(isAtOrAbove('medium', 'high')).toBe(false);
      expect(isAtOrAbove('veryLow', 'low')).toBe(true);
      expect(isAtOrAbove('high', 'critical')).toBe(false);
    });
  });

  describe('compareBands()', () => {
    it('orders bands from low to critical', () => {
      expect(compareBands('low', 'critical')).toBeLessThan(0);
      expect(compareBands('high', 'medium')).toBeGreaterThan(0);
    });
  });
});
