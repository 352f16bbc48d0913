import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { Autosaver, type JournalWriter } from '../../../renderer/db/autosave';
import type { JournalResult, JournalWrite } from '../../../renderer/db/journal';
import { useAppStore } from '../../../renderer/store/appStore';
import { createModel } from '../../../shared/model/factories';

function fakeWriter(results: JournalResult[]): JournalWriter & { writes: JournalWrite[] } {
  const writes: JournalWrite[] = [];
  return {
    writes,
    write: async (write) => {
      writes.push(write);
      return results.shift() ?? { type: 'saved', revision: writes.length + 1 };
    },
  };
}

/** Flushes with fake timers running, since the write waits for an idle moment. */
async function flushNow(saver: Autosaver): Promise<void> {
  const done = saver.flush();
  await vi.advanceTimersByTimeAsync(10);
  await done;
}

describe('Autosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useAppStore.getState().loadDocument(createModel({ title: 'Autosave' }));
    useAppStore.getState().setBanner(null);
  });
  afterEach(() => vi.useRealTimers());

  describe('flush()', () => {
    it('writes a second after the last change, once for a burst of edits', async () => {
      const writer = fakeWriter([]);
      const saver = new Autosaver(useAppStore, writer);
      saver.attach(1, useAppStore.getState().model);
      saver.start();

      for (let i = 0; i < 5; i++) {
        useAppStore.getState().addElement('process', { x: i * 200, y: 0 });
        await vi.advanceTimersByTimeAsync(300);
      }
      expect(writer.writes).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1100);

      expect(writer.writes).toHaveLength(1);
      expect(JSON.parse(writer.writes[0]!.json).diagrams[0].elements).toHaveLength(5);
      expect(writer.writes[0]!.baseRevision).toBe(1);
      saver.stop();
    });

    it('shows a full disk once, keeps the model open and keeps trying', async () => {
      const writer = fakeWriter([{ type: 'quota' }, { type: 'quota' }]);
      const saver = new Autosaver(useAppStore, writer);
      saver.attach(1, useAppStore.getState().model);
      saver.start();

      useAppStore.getState().addElement('process', { x: 0, y: 0 });
      await flushNow(saver);
      const banner = useAppStore.getState().banner;
      useAppStore.getState().setBanner(null);
      useAppStore.getState().addElement('dataStore', { x: 300, y: 0 });
      await flushNow(saver);

      expect(banner?.text).toMatch(/storage is full/);
      expect(useAppStore.getState().banner).toBeNull();
      expect(useAppStore.getState().model.diagrams[0]!.elements).toHaveLength(2);
      useAppStore.getState().addElement('dataStore', { x: 600, y: 0 });
      await flushNow(saver);
      expect(writer.writes).toHaveLength(3);
      expect(saver.pending).toBe(false);
      saver.stop();
    });

    it('stops writing after another tab wrote first, until the user decides', async () => {
      const writer = fakeWriter([{ type: 'conflict', revision: 7 }]);
      const onConflict = vi.fn();
      const saver = new Autosaver(useAppStore, writer, { onConflict });
      saver.attach(1, useAppStore.getState().model);
      saver.start();

      useAppStore.getState().addElement('process', { x: 0, y: 0 });
      await flushNow(saver);
      useAppStore.getState().addElement('process', { x: 300, y: 0 });
      await vi.advanceTimersByTimeAsync(2000);

      expect(onConflict).toHaveBeenCalledOnce();
      expect(writer.writes).toHaveLength(1);
      saver.stop();
    });
  });
});
