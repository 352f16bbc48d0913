import { describe, expect, it } from 'vitest';

import { changedElements } from '../../../../renderer/features/generation/changedElements';
import type { Element, ThreatModel } from '../../../../shared/model/types';
import { exampleModel } from '../../../support/exampleModel';

function renameElement(model: ThreatModel, id: string, name: string): ThreatModel {
  return {
    ...model,
    diagrams: model.diagrams.map((diagram) => ({
      ...diagram,
      elements: diagram.elements.map((element) =>
        element.id === id ? ({ ...element, name } as Element) : element,
      ),
    })),
  };
}

describe('changedElements', () => {
  describe('changedElements()', () => {
    it('finds nothing when only the layout or the threats changed', () => {
      const model = exampleModel();
      const moved = { ...model, layout: { ...model.layout, nodes: {} }, threats: [] };
      expect(changedElements(model, moved).none).toBe(true);
    });

    it('finds the one element an edit changed', () => {
      const model = exampleModel();
      expect(changedElements(model, renameElement(model, 'flow_pay', 'Pay')).changedIds).toEqual([
        'flow_pay',
      ]);
    });

    it('finds removed elements', () => {
      const model = exampleModel();
      const without = {
        ...model,
        diagrams: model.diagrams.map((diagram) => ({
          ...diagram,
          elements: diagram.elements.filter((element) => element.id !== 'store_ledger'),
        })),
      };
      expect(changedElements(model, without).changedIds).toEqual(['store_ledger']);
    });

    it('reports a rule pack change so that the whole model is regenerated', () => {
      const model = exampleModel();
      const next = { ...model, rulePacks: { ...model.rulePacks, disabled: ['api'] } };
      expect(changedElements(model, next)).toMatchObject({ none: false, rulesChanged: true });
    });
  });
});
