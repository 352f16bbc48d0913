import { describe, expect, it } from 'vitest';

import { formatThreatNumber, newId, sanitizeId, threatIdFor } from '../../../shared/model/ids';
import { ID_PATTERN } from '../../../shared/model/schema';

describe('ids', () => {
  describe('newId()', () => {
    it('makes schema-valid ids that do not repeat', () => {
      const ids = new Set(Array.from({ length: 2000 }, () => newId('proc')));
      expect(ids.size).toBe(2000);
      for (const id of ids) expect(id).toMatch(ID_PATTERN);
    });
  });

  describe('sanitizeId()', () => {
    it('keeps an id that already fits, and repairs one that does not', () => {
      expect(sanitizeId('6c1b2f4e-0d1a-4b8e-9f0a-1c2d3e4f5a6b')).toBe(
        '6c1b2f4e-0d1a-4b8e-9f0a-1c2d3e4f5a6b',
      );
      expect(sanitizeId('web app/primary')).toBe('web-app-primary');
      expect(sanitizeId('   ')).toBeNull();
    });
  });

  describe('threatIdFor()', () => {
    it('derives the same id from the same rule, element and qualifier', () => {
      expect(threatIdFor('api1.bola', 'proc_a', 'GET /a/{id}')).toBe(
        threatIdFor('api1.bola', 'proc_a', 'GET /a/{id}'),
      );
      expect(threatIdFor('api1.bola', 'proc_a', 'GET /a/{id}')).not.toBe(
        threatIdFor('api1.bola', 'proc_a', 'GET /b/{id}'),
      );
      expect(threatIdFor('api1.bola', 'proc_a')).toMatch(ID_PATTERN);
    });
  });

  describe('formatThreatNumber()', () => {
    it('pads to four digits', () => {
      expect(formatThreatNumber(42)).toBe('T-0042');
      expect(formatThreatNumber(12345)).toBe('T-12345');
    });
  });
});
