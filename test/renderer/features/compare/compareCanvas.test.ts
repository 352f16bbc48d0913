import { afterEach, describe, expect, it } from 'vitest';

import {
  compareClassOf,
  useCompareCanvas,
} from '../../../../renderer/features/compare/compareCanvas';
import type { Highlight } from '../../../../renderer/features/compare/compareHighlights';

describe('renderer/features/compare/compareCanvas', () => {
  afterEach(() => useCompareCanvas.getState().clearHighlights());

  describe('showHighlights()', () => {
    it('tells only the elements whose highlight changed', () => {
      const told: string[] = [];
      const select = (id: string) => (state: { highlights: ReadonlyMap<string, Highlight> }) =>
        state.highlights.get(id) ?? null;
      for (const id of ['proc_api', 'proc_worker']) {
        let last = select(id)(useCompareCanvas.getState());
        useCompareCanvas.subscribe((state) => {
          const next = select(id)(state);
          if (next !== last) told.push(`${id}:${next}`);
          last = next;
        });
      }

      useCompareCanvas.getState().showHighlights(new Map([['proc_api', 'changed']]));
      useCompareCanvas.getState().showHighlights(
        new Map([
          ['proc_api', 'changed'],
          ['proc_db', 'added'],
        ]),
      );
      useCompareCanvas.getState().clearHighlights();

      expect(told).toEqual(['proc_api:changed', 'proc_api:null']);
    });
  });

  describe('compareClassOf()', () => {
    it('gives a class per kind of change and none for an untouched element', () => {
      expect([compareClassOf('added'), compareClassOf('changed'), compareClassOf(null)]).toEqual([
        ' compare-added',
        ' compare-changed',
        '',
      ]);
    });
  });
});
