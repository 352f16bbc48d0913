import { describe, expect, it } from 'vitest';

import { elementBadgesOf } from '../../../../renderer/features/threats/elementBadges';
import { setThreatStatus } from '../../../../renderer/features/threats/threatEdits';
import { modelWithThreats } from './fixtures';

describe('elementBadges', () => {
  describe('elementBadgesOf()', () => {
    it('counts open, current threats per element with their highest residual band', () => {
      const badges = elementBadgesOf(modelWithThreats());
      expect(badges.get('proc_gateway')).toEqual({ open: 2, band: 'critical' });
      expect(badges.get('store_ledger')).toEqual({ open: 1, band: 'low' });
    });

    it('drops an element whose threats are all decided', () => {
      const model = setThreatStatus(modelWithThreats(), ['t2'], 'mitigated');
      expect(elementBadgesOf(model).has('store_ledger')).toBe(false);
    });
  });
});
