import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createModel } from '../../../shared/model/factories';
import { useAppStore } from '../../../renderer/store/appStore';
import { redo, undo } from '../../../renderer/store/history';
import { selectActiveDiagram } from '../../../renderer/store/selectors';

type Action =
  | {
      type: 'add';
      kind: 'process' | 'dataStore' | 'externalEntity' | 'trustBoundary';
      x: number;
      y: number;
    }
  | { type: 'connect'; from: number; to: number }
  | { type: 'rename'; which: number; name: string }
  | { type: 'delete'; which: number }
  | { type: 'nudge'; which: number; dx: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    type: fc.constant('add' as const),
    kind: fc.constantFrom('process', 'dataStore', 'externalEntity', 'trustBoundary'),
    x: fc.integer({ min: -500, max: 500 }),
    y: fc.integer({ min: -500, max: 500 }),
  }),
  fc.record({ type: fc.constant('connect' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({
    type: fc.constant('rename' as const),
    which: fc.nat(),
    name: fc.string({ maxLength: 8 }),
  }),
  fc.record({ type: fc.constant('delete' as const), which: fc.nat() }),
  fc.record({
    type: fc.constant('nudge' as const),
    which: fc.nat(),
    dx: fc.integer({ min: -64, max: 64 }),
  }),
);

function apply(step: Action): void {
  const state = useAppStore.getState();
  const ids = selectActiveDiagram(state).elements.map((e) => e.id);
  const boxes = selectActiveDiagram(state)
    .elements.filter((e) => e.kind !== 'dataFlow')
    .map((e) => e.id);
  const at = (list: string[], i: number) => list[i % Math.max(1, list.length)];
  switch (step.type) {
    case 'add':
      state.addElement(step.kind, { x: step.x, y: step.y });
      return;
    case 'connect': {
      const from = at(boxes, step.from);
      const to = at(boxes, step.to);
      if (from && to) state.connect(from, to);
      return;
    }
    case 'rename': {
      const id = at(ids, step.which);
      if (id) state.updateElement(id, { name: step.name });
      return;
    }
    case 'delete': {
      const id = at(ids, step.which);
      if (id) {
        state.select([id]);
        state.deleteSelection();
      }
      return;
    }
    case 'nudge': {
      const id = at(boxes, step.which);
      if (id) {
        state.select([id]);
        state.nudgeSelection(step.dx, 0);
      }
    }
  }
}

describe('history', () => {
  describe('undo() and redo()', () => {
    it('undoing k steps and redoing them restores the document, for any edits', () => {
      fc.assert(
        fc.property(fc.array(action, { minLength: 1, maxLength: 25 }), fc.nat(), (actions, k) => {
          useAppStore.getState().loadDocument(createModel({ title: 'Property' }));
          const start = useAppStore.getState().model;
          for (const step of actions) apply(step);
          const end = useAppStore.getState().model;
          const steps = useAppStore.temporal.getState().pastStates.length;
          const back = k % (steps + 1);

          for (let i = 0; i < back; i++) undo();
          for (let i = 0; i < back; i++) redo();
          expect(useAppStore.getState().model).toEqual(end);

          for (let i = 0; i < steps; i++) undo();
          expect(useAppStore.getState().model).toEqual(start);
        }),
        { numRuns: 150 },
      );
    });
  });
});
