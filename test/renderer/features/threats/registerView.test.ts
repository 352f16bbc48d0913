import { describe, expect, it } from 'vitest';

import {
  DEFAULT_QUERY,
  registerView,
  type RegisterQuery,
} from '../../../../renderer/features/threats/registerView';
import { modelWithThreats } from './fixtures';

const query = (patch: Partial<RegisterQuery>): RegisterQuery => ({ ...DEFAULT_QUERY, ...patch });
const ids = (view: ReturnType<typeof registerView>) =>
  view.rows.flatMap((row) => (row.kind === 'threat' ? [row.key] : []));

describe('registerView', () => {
  describe('registerView()', () => {
    it('ranks by residual risk by default', () => {
      // t3 is 16 inherent, but an implemented mitigation brings it down to 8, below t4's 9.
      expect(ids(registerView(modelWithThreats(), DEFAULT_QUERY))).toEqual([
        't1',
        't4',
        't3',
        't2',
      ]);
    });

    it('sorts by a column in either direction', () => {
      const model = modelWithThreats();
      const sort = { key: 'number', direction: 'descending' } as const;
      expect(ids(registerView(model, query({ sort })))).toEqual(['t4', 't3', 't2', 't1']);
    });

    it('filters by category, status, element and marker', () => {
      const model = modelWithThreats();
      expect(ids(registerView(model, query({ category: 'T' })))).toEqual(['t2']);
      expect(ids(registerView(model, query({ elementId: 'store_ledger' })))).toEqual(['t2']);
      expect(ids(registerView(model, query({ marker: 'stale' })))).toEqual(['t4']);
      expect(ids(registerView(model, query({ marker: 'new' })))).toEqual(['t2']);
      expect(ids(registerView(model, query({ status: 'accepted' })))).toEqual([]);
    });

    it('filters by residual band', () => {
      expect(ids(registerView(modelWithThreats(), query({ band: 'critical' })))).toEqual(['t1']);
    });

    it('searches titles, element names and numbers', () => {
      const model = modelWithThreats();
      expect(ids(registerView(model, query({ search: 'bola' })))).toEqual(['t3']);
      expect(ids(registerView(model, query({ search: 'ledger' })))).toEqual(['t2']);
      expect(ids(registerView(model, query({ search: 'T-0004' })))).toEqual(['t4']);
    });

    it('narrows to a matrix cell and leaves stale threats out, as the matrix does', () => {
      const model = modelWithThreats();
      const inherent = query({ cell: { basis: 'inherent', likelihood: 4, impact: 4 } });
      expect(ids(registerView(model, inherent))).toEqual(['t3']);
      const residual = query({ cell: { basis: 'residual', likelihood: 2, impact: 4 } });
      expect(ids(registerView(model, residual))).toEqual(['t3']);
      const staleCell = query({ cell: { basis: 'inherent', likelihood: 3, impact: 3 } });
      expect(ids(registerView(model, staleCell))).toEqual([]);
    });

    it('groups by category with a heading row per group', () => {
      const view = registerView(modelWithThreats(), query({ groupBy: 'category' }));
      const headings = view.rows.flatMap((row) => (row.kind === 'group' ? [row.label] : []));
      expect(headings).toEqual(['S · Spoofing', 'T · Tampering', 'E · Elevation of privilege']);
      expect(view.shown).toBe(4);
    });
  });
});
