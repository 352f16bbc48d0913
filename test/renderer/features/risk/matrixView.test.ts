import { describe, expect, it } from 'vitest';

import { cellName, matrixOf } from '../../../../renderer/features/risk/matrixView';
import { heatMapCell } from '../../../../shared/risk';
import { modelWithThreats } from '../threats/fixtures';

describe('matrixView', () => {
  describe('matrixOf()', () => {
    it('places current threats by inherent or residual rating', () => {
      const model = modelWithThreats();
      const inherent = matrixOf(model, 'inherent');
      expect(inherent.total).toBe(3);
      expect(heatMapCell(inherent, 4, 4).count).toBe(1);
      const residual = matrixOf(model, 'residual');
      expect(heatMapCell(residual, 4, 4).count).toBe(0);
      expect(heatMapCell(residual, 2, 4).count).toBe(1);
    });
  });

  describe('cellName()', () => {
    it('names the cell with its ratings, count and band', () => {
      const cell = heatMapCell(matrixOf(modelWithThreats(), 'inherent'), 4, 5);
      expect(cellName(cell)).toBe('Likelihood 4 Likely, impact 5 Severe: 1 threat, critical risk');
    });
  });
});
