import { describe, expect, it } from 'vitest';

import { createDataFlow } from '../../../shared/model/factories';
import {
  isFlowAuthenticated,
  isFlowEncrypted,
  normalizeProtocol,
} from '../../../shared/model/protocols';

describe('protocols', () => {
  describe('isFlowEncrypted()', () => {
    it('follows the protocol until the flow says otherwise', () => {
      expect(isFlowEncrypted(createDataFlow('a', 'b', { properties: { protocol: 'https' } }))).toBe(
        true,
      );
      expect(isFlowEncrypted(createDataFlow('a', 'b', { properties: { protocol: 'HTTP' } }))).toBe(
        false,
      );
      expect(
        isFlowEncrypted(
          createDataFlow('a', 'b', { properties: { protocol: 'HTTP', encrypted: true } }),
        ),
      ).toBe(true);
      expect(
        isFlowEncrypted(createDataFlow('a', 'b', { properties: { protocol: 'Carrier pigeon' } })),
      ).toBe(false);
    });
  });

  describe('isFlowAuthenticated()', () => {
    it('takes an explicit setting over the protocol default', () => {
      expect(
        isFlowAuthenticated(createDataFlow('a', 'b', { properties: { protocol: 'mTLS' } })),
      ).toBe(true);
      expect(
        isFlowAuthenticated(
          createDataFlow('a', 'b', { properties: { protocol: 'mTLS', authenticated: false } }),
        ),
      ).toBe(false);
    });
  });

  describe('normalizeProtocol()', () => {
    it('spells known protocols the canonical way and keeps unknown ones', () => {
      expect(normalizeProtocol(' grpc ')).toBe('gRPC');
      expect(normalizeProtocol('Named pipe')).toBe('Named pipe');
    });
  });
});
