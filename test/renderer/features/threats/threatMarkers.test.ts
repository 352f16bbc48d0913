import { describe, expect, it } from 'vitest';

import {
  countUnreviewed,
  reviewSummary,
} from '../../../../renderer/features/threats/threatMarkers';
import { modelWithThreats } from './fixtures';

describe('threatMarkers', () => {
  describe('countUnreviewed()', () => {
    it('counts new and stale threats that nobody reviewed', () => {
      expect(countUnreviewed(modelWithThreats().threats)).toEqual({ newCount: 1, staleCount: 1 });
    });
  });

  describe('reviewSummary()', () => {
    it('says what changed', () => {
      expect(reviewSummary({ newCount: 12, staleCount: 3 })).toBe('12 new, 3 stale');
      expect(reviewSummary({ newCount: 0, staleCount: 0 })).toBe('Nothing to review');
    });
  });
});
