import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it, vi } from 'vitest';

import type { JournalResult, JournalWrite } from '../../../renderer/db/journal';
import { GatehouseDb } from '../../../renderer/db/GatehouseDb';
import { startWorkspace } from '../../../renderer/db/startWorkspace';
import { registerBeforeClose, runBeforeClose } from '../../../renderer/host/beforeClose';
import { useAppStore } from '../../../renderer/store/appStore';
import { createModel } from '../../../shared/model/factories';

describe('beforeClose', () => {
  afterEach(() => vi.unstubAllGlobals());

  describe('runBeforeClose()', () => {
    it('runs every task, even when one of them fails', async () => {
      const ran: string[] = [];
      const removeFailing = registerBeforeClose(() => Promise.reject(new Error('disk gone')));
      const removeWorking = registerBeforeClose(async () => {
        ran.push('flushed');
      });

      await runBeforeClose();
      removeFailing();
      removeWorking();

      expect(ran).toEqual(['flushed']);
    });

    it('stops waiting for a task that never finishes', async () => {
      const remove = registerBeforeClose(() => new Promise<void>(() => undefined));

      const started = Date.now();
      await runBeforeClose(50);
      remove();

      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('writes the latest change to the autosave journal before the window closes', async () => {
      vi.stubGlobal('window', new EventTarget());
      const writes: JournalWrite[] = [];
      const writer = {
        write: async (write: JournalWrite): Promise<JournalResult> => {
          writes.push(write);
          return { type: 'saved', revision: writes.length + 1 };
        },
      };
      useAppStore.getState().loadDocument(createModel({ title: 'Before close' }));
      const db = new GatehouseDb(`gatehouse-close-${Date.now()}`);
      const workspace = await startWorkspace(useAppStore, { db, writer });

      useAppStore.getState().changeModel((model) => ({ ...model, title: 'Renamed just now' }));
      await runBeforeClose();
      workspace.autosaver.stop();

      expect(writes.at(-1)?.title).toBe('Renamed just now');
    });
  });
});
