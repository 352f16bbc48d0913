import { beforeEach, describe, expect, it } from 'vitest';

import { createModel } from '../../../shared/model/factories';
import { useAppStore } from '../../../renderer/store/appStore';
import { historyGroup, redo, undo } from '../../../renderer/store/history';
import { selectActiveDiagram, selectDirty } from '../../../renderer/store/selectors';

const store = () => useAppStore.getState();
const elements = () => selectActiveDiagram(store()).elements;
const history = () => useAppStore.temporal.getState();

beforeEach(() => {
  store().loadDocument(createModel({ title: 'Test' }));
});

describe('appStore', () => {
  describe('addElement()', () => {
    it('adds a box centred on the point and selects it', () => {
      const id = store().addElement('process', { x: 100, y: 100 });

      expect(elements().map((e) => e.id)).toEqual([id]);
      expect(store().model.layout.nodes[id]).toEqual({ x: 25, y: 60, width: 150, height: 80 });
      expect(store().selectedIds).toEqual([id]);
    });

    it('puts a box dropped inside a zone in that zone', () => {
      const zone = store().addElement('trustBoundary', { x: 0, y: 0 });
      const inner = store().addElement('dataStore', { x: 10, y: 10 });
      const outer = store().addElement('dataStore', { x: 900, y: 900 });

      const byId = new Map(elements().map((e) => [e.id, e]));
      expect(byId.get(inner)).toMatchObject({ boundaryId: zone });
      expect(byId.get(outer)).toMatchObject({ boundaryId: null });
    });
  });

  describe('connect()', () => {
    it('adds a flow between two boxes and refuses a loop onto itself', () => {
      const a = store().addElement('externalEntity', { x: 0, y: 0 });
      const b = store().addElement('process', { x: 300, y: 0 });

      const flow = store().connect(a, b);

      expect(store().connect(a, a)).toBeNull();
      expect(elements().find((e) => e.id === flow)).toMatchObject({
        kind: 'dataFlow',
        sourceId: a,
        targetId: b,
      });
    });
  });

  describe('deleteSelection()', () => {
    it('deletes the flows attached to a deleted box and keeps what a deleted zone held', () => {
      const zone = store().addElement('trustBoundary', { x: 0, y: 0 });
      const a = store().addElement('process', { x: 0, y: 0 });
      const b = store().addElement('process', { x: 900, y: 0 });
      store().connect(a, b);

      store().select([zone, b]);
      store().deleteSelection();

      expect(elements().map((e) => e.id)).toEqual([a]);
      expect(elements()[0]).toMatchObject({ boundaryId: null });
      expect(store().model.layout.nodes[b]).toBeUndefined();
    });
  });

  describe('commitGesture()', () => {
    it('turns a whole drag into one undo step and moves a zone with its contents', () => {
      const zone = store().addElement('trustBoundary', { x: 0, y: 0 });
      const inner = store().addElement('process', { x: 0, y: 0 });
      const before = history().pastStates.length;
      const innerBox = store().model.layout.nodes[inner]!;

      for (let step = 1; step <= 10; step++) {
        store().setGesture({
          positions: {
            [zone]: { x: -210 + step * 10, y: -150 },
            [inner]: { x: innerBox.x + step * 10, y: innerBox.y },
          },
          boxes: {},
        });
      }
      store().commitGesture();

      expect(history().pastStates.length).toBe(before + 1);
      expect(store().model.layout.nodes[inner]!.x).toBe(innerBox.x + 100);
      undo();
      expect(store().model.layout.nodes[inner]!.x).toBe(innerBox.x);
    });

    it('moves a box out of its zone when it is dropped outside', () => {
      const zone = store().addElement('trustBoundary', { x: 0, y: 0 });
      const inner = store().addElement('process', { x: 0, y: 0 });
      store().select([inner]);

      store().setGesture({ positions: { [inner]: { x: 1000, y: 1000 } }, boxes: {} });
      store().commitGesture();

      expect(elements().find((e) => e.id === inner)).toMatchObject({ boundaryId: null });
      expect(elements().find((e) => e.id === zone)).toBeDefined();
    });

    it('nests a zone dropped entirely inside another zone', () => {
      const outer = store().addElement('trustBoundary', { x: 0, y: 0 });
      const inner = store().addElement('trustBoundary', { x: 2000, y: 0 });
      store().select([inner]);

      store().setGesture({
        positions: {},
        boxes: { [inner]: { x: -150, y: -100, width: 200, height: 150 } },
      });
      store().commitGesture();

      expect(elements().find((e) => e.id === inner)).toMatchObject({ boundaryId: outer });
    });
  });

  describe('pasteFragment()', () => {
    it('pastes copies with new ids, keeping the flows among them, into another model', () => {
      const a = store().addElement('process', { x: 0, y: 0 });
      const b = store().addElement('dataStore', { x: 300, y: 0 });
      store().connect(a, b);
      store().select([a, b]);
      const fragment = store().copySelection()!;

      store().loadDocument(createModel({ title: 'Other' }));
      store().pasteFragment(fragment);

      const pasted = elements();
      expect(pasted).toHaveLength(3);
      expect(pasted.some((e) => e.id === a || e.id === b)).toBe(false);
      const flow = pasted.find((e) => e.kind === 'dataFlow');
      expect(flow && flow.kind === 'dataFlow' && pasted.some((e) => e.id === flow.sourceId)).toBe(
        true,
      );
    });
  });

  describe('history', () => {
    it('records nothing for selection, status or a no-op edit', () => {
      const id = store().addElement('process', { x: 0, y: 0 });
      const before = history().pastStates.length;

      store().select([]);
      store().setStatus('Hello');
      store().updateElement(id, { name: 'Process' });

      expect(history().pastStates.length).toBe(before);
    });

    it('makes a group of edits one step, as typing in one field is', () => {
      const id = store().addElement('process', { x: 0, y: 0 });
      const before = history().pastStates.length;

      historyGroup(() => {
        for (const name of ['G', 'Ga', 'Gat', 'Gateway']) store().updateElement(id, { name });
      });

      expect(history().pastStates.length).toBe(before + 1);
      undo();
      expect(elements()[0]?.name).toBe('Process');
      redo();
      expect(elements()[0]?.name).toBe('Gateway');
    });

    it('counts a document as unsaved until it is saved, and clean again after undoing to it', () => {
      expect(selectDirty(store())).toBe(false);
      store().addElement('process', { x: 0, y: 0 });
      expect(selectDirty(store())).toBe(true);
      undo();
      expect(selectDirty(store())).toBe(false);
    });
  });
});
