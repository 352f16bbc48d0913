import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { locateJsonError } from '../../../shared/format/locateJsonError';

describe('locateJsonError', () => {
  describe('locateJsonError()', () => {
    it('points at the first character that breaks the grammar', () => {
      expect(locateJsonError('{"a": oops}')).toBe(6);
      expect(locateJsonError('[1, 2,, 3]')).toBe(6);
      expect(locateJsonError('{"a": 1} extra')).toBe(9);
    });

    it('returns the length for text that ends too early', () => {
      expect(locateJsonError('{"a": [1, 2')).toBe(11);
    });

    it('accepts everything JSON.stringify writes', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const text = JSON.stringify(value, null, 2);
          expect(locateJsonError(text)).toBe(text.length);
        }),
      );
    });

    it('handles nesting far deeper than the call stack', () => {
      const deep = '['.repeat(100_000) + ']'.repeat(99_999);
      expect(locateJsonError(deep)).toBe(deep.length);
    });
  });
});
