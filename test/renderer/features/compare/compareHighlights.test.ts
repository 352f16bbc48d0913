import { describe, expect, it } from 'vitest';

import {
  changeEntries,
  highlightsOf,
} from '../../../../renderer/features/compare/compareHighlights';
import { diffModels } from '../../../../shared/diff/diffModels';
import { createProcess } from '../../../../shared/model/factories';
import { edited, elementOf, smallModel } from '../../../support/modelEdits';

function reviewDiff() {
  const before = smallModel();
  const after = edited(before, (m) => {
    m.diagrams[0]!.elements = m.diagrams[0]!.elements.filter((e) => e.id !== 'store_orders');
    m.diagrams[0]!.elements.push(createProcess({ id: 'proc_billing', name: 'Billing' }));
    elementOf(m, 'flow_in').name = 'Checkout';
  });
  return diffModels(before, after);
}

describe('renderer/features/compare/compareHighlights', () => {
  describe('highlightsOf()', () => {
    it('marks added, removed and changed elements distinctly', () => {
      expect(Object.fromEntries(highlightsOf(reviewDiff()))).toEqual({
        store_orders: 'removed',
        proc_billing: 'added',
        flow_in: 'changed',
      });
    });
  });

  describe('changeEntries()', () => {
    it('lists every change with the element to show', () => {
      const entries = changeEntries(reviewDiff());
      expect(entries.map((e) => [e.line.change, e.elementId])).toEqual([
        ['removed', 'store_orders'],
        ['added', 'proc_billing'],
        ['changed', 'flow_in'],
      ]);
      expect(entries[2]!.line.details).toEqual(['renamed from “Request” to “Checkout”']);
    });
  });
});
