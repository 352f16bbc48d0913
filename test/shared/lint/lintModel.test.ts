import { describe, expect, it } from 'vitest';

import { lintModel } from '../../../shared/lint/lintModel';
import {
  createDataFlow,
  createDataStore,
  createModel,
  createProcess,
  createTrustBoundary,
} from '../../../shared/model/factories';
import type { Element } from '../../../shared/model/types';

function codesFor(elements: Element[]): string[] {
  const model = createModel();
  model.diagrams[0]!.elements = elements;
  return lintModel(model).map((finding) => `${finding.code}:${finding.elementId}`);
}

describe('lintModel', () => {
  describe('lintModel()', () => {
    it('reports a flow that is not connected at both ends', () => {
      expect(
        codesFor([
          createProcess({ id: 'p' }),
          createDataFlow('p', 'gone', { id: 'f', properties: { protocol: 'HTTPS' } }),
        ]),
      ).toEqual(['lint/dangling-flow:f']);
    });

    it('reports unnamed elements and flows without a protocol', () => {
      const codes = codesFor([
        createProcess({ id: 'p', name: '' }),
        createProcess({ id: 'q' }),
        createDataFlow('p', 'q', { id: 'f' }),
      ]);
      expect(codes).toEqual(['lint/unnamed:p', 'lint/no-protocol:f']);
    });

    it('reports a crossing without authentication or encryption, but not a safe one', () => {
      const zone = createTrustBoundary({ id: 'z' });
      const inside = createProcess({ id: 'in', boundaryId: 'z' });
      const outside = createProcess({ id: 'out' });
      expect(
        codesFor([
          zone,
          inside,
          outside,
          createDataFlow('out', 'in', { id: 'f', properties: { protocol: 'HTTP' } }),
        ]),
      ).toEqual(['lint/unauthenticated-crossing:f', 'lint/cleartext-crossing:f']);
      expect(
        codesFor([
          zone,
          inside,
          outside,
          createDataFlow('out', 'in', { id: 'f', properties: { protocol: 'mTLS' } }),
        ]),
      ).toEqual([]);
    });

    it('reports a store with personal data and no encryption at rest', () => {
      expect(codesFor([createDataStore({ id: 's', properties: { holdsPii: true } })])).toEqual([
        'lint/unencrypted-sensitive-store:s',
      ]);
      expect(
        codesFor([
          createDataStore({ id: 's', properties: { holdsPii: true, encryptedAtRest: true } }),
        ]),
      ).toEqual([]);
    });

    it('reports an element placed in a zone that does not exist', () => {
      expect(codesFor([createProcess({ id: 'p', boundaryId: 'zone_gone' })])).toEqual([
        'lint/missing-zone:p',
      ]);
    });
  });
});
