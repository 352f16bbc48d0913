import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  startLiveGeneration,
  type LiveGeneration,
} from '../../../../renderer/features/generation/liveGeneration';
import { useAppStore } from '../../../../renderer/store/appStore';
import { undo } from '../../../../renderer/store/history';
import { updateProperties } from '../../../../renderer/store/modelEdits';
import { exampleModel } from '../../../support/exampleModel';

const store = () => useAppStore.getState();
const threatsOn = (elementId: string) =>
  store().model.threats.filter((threat) => threat.elementId === elementId && !threat.stale);
const setProtocol = (protocol: string) =>
  store().changeModel((model) => updateProperties(model, 'flow_pay', { protocol }));

let live: LiveGeneration | null = null;

beforeEach(() => {
  store().loadDocument(exampleModel());
});

afterEach(() => {
  live?.stop();
  live = null;
});

describe('liveGeneration', () => {
  describe('startLiveGeneration()', () => {
    it('generates the whole model when it starts', () => {
      live = startLiveGeneration();
      expect(store().model.threats.length).toBeGreaterThan(0);
    });

    it('regenerates an edited flow in the same task as the edit', async () => {
      live = startLiveGeneration();
      const cleartext = (threat: { ruleId: string | null }) =>
        threat.ruleId === 'stride.flow.cleartext';
      expect(threatsOn('flow_pay').some(cleartext)).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 100));

      setProtocol('HTTP');

      expect(threatsOn('flow_pay').some(cleartext)).toBe(true);
    });

    it('makes the edit and its threats one undo step', async () => {
      live = startLiveGeneration();
      const generated = store().model;
      await new Promise((resolve) => setTimeout(resolve, 100));

      setProtocol('HTTP');
      undo();

      expect(store().model).toBe(generated);
    });

    it('debounces a burst of edits and catches up when flushed', () => {
      live = startLiveGeneration();
      setProtocol('HTTP');
      const afterFirst = store().model.threats;
      setProtocol('HTTPS');

      // The second edit came within the burst window: its threats wait for the burst to end.
      expect(store().model.threats).toBe(afterFirst);
      live.flush();
      expect(store().model.threats).not.toBe(afterFirst);
    });
  });
});
