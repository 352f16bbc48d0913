import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { useLayoutStore } from '../../../renderer/app/layoutStore';
import { onHostCommand } from '../../../renderer/host/hostCommandEvent';
import { runHostCommand, type HostCommandContext } from '../../../renderer/host/runHostCommand';
import { useAppStore } from '../../../renderer/store/appStore';
import type { HostApi, HostCommand } from '../../../shared/host/contract';
import { createModel, createProcess } from '../../../shared/model/factories';

function pageStubs(activeElement: { tagName: string } | null = null) {
  const page = new EventTarget();
  const documentStub = {
    activeElement,
    execCommand: vi.fn(),
    documentElement: { dataset: {} as Record<string, string> },
  };
  const stored = new Map<string, string>();
  vi.stubGlobal(
    'window',
    Object.assign(page, {
      confirm: () => true,
      matchMedia: () => ({ matches: false }),
    }),
  );
  vi.stubGlobal('document', documentStub);
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => stored.set(key, value),
  });
  return documentStub;
}

function context(): HostCommandContext & { host: HostApi } {
  return {
    host: { kind: 'desktop', readyToClose: vi.fn(async () => undefined) } as unknown as HostApi,
    commands: {
      newDocument: vi.fn(),
      open: vi.fn(async () => undefined),
      save: vi.fn(async () => undefined),
      saveAs: vi.fn(async () => undefined),
    },
    report: vi.fn(),
  };
}

function loadTwoProcesses(): void {
  const model = createModel({ title: 'Commands' });
  model.diagrams[0]!.elements.push(
    createProcess({ id: 'proc_api', name: 'API' }),
    createProcess({ id: 'proc_worker', name: 'Worker' }),
  );
  useAppStore.getState().loadDocument(model);
}

const elementIds = () =>
  useAppStore.getState().model.diagrams[0]!.elements.map((element) => element.id);

describe('runHostCommand', () => {
  beforeEach(() => {
    loadTwoProcesses();
    useLayoutStore.setState({ sideHidden: false, bottomHidden: false });
  });
  afterEach(() => vi.unstubAllGlobals());

  describe('runHostCommand()', () => {
    it('selects every element of the open diagram on Select All', async () => {
      pageStubs();

      await runHostCommand('edit.select-all', context());

      expect(useAppStore.getState().selectedIds).toEqual(['proc_api', 'proc_worker']);
    });

    it('deletes the canvas selection on Delete', async () => {
      pageStubs();
      useAppStore.getState().select(['proc_worker']);

      await runHostCommand('edit.delete', context());

      expect(elementIds()).toEqual(['proc_api']);
    });

    it('leaves Delete and Select All to a text field that has the keyboard', async () => {
      const page = pageStubs({ tagName: 'INPUT' });
      useAppStore.getState().select(['proc_worker']);

      await runHostCommand('edit.delete', context());
      await runHostCommand('edit.select-all', context());

      expect(elementIds()).toEqual(['proc_api', 'proc_worker']);
      expect(page.execCommand.mock.calls).toEqual([['delete'], ['selectAll']]);
    });

    it('hides the inspector and shows it again', async () => {
      pageStubs();

      await runHostCommand('view.toggle-inspector', context());
      const hidden = useLayoutStore.getState().sideHidden;
      await runHostCommand('view.toggle-inspector', context());

      expect([hidden, useLayoutStore.getState().sideHidden]).toEqual([true, false]);
    });

    it('brings up the threats tab, then hides the bottom panel when it is already showing', async () => {
      pageStubs();
      useAppStore.getState().showBottomPanel('problems');

      await runHostCommand('view.toggle-threats', context());
      const shown = [useAppStore.getState().bottomPanel, useLayoutStore.getState().bottomHidden];
      await runHostCommand('view.toggle-threats', context());

      expect(shown).toEqual(['threats', false]);
      expect(useLayoutStore.getState().bottomHidden).toBe(true);
    });

    it('passes Import, Export, Library and theme changes on to the features that own them', async () => {
      const page = pageStubs();
      const heard: HostCommand[] = [];
      const stop = onHostCommand(
        ['file.import', 'file.export', 'view.toggle-library', 'view.theme-dark'],
        (command) => heard.push(command),
      );

      for (const command of [
        'file.import',
        'file.export',
        'view.toggle-library',
        'view.theme-dark',
        'edit.delete',
      ] as const) {
        await runHostCommand(command, context());
      }
      stop();

      expect(heard).toEqual([
        'file.import',
        'file.export',
        'view.toggle-library',
        'view.theme-dark',
      ]);
      expect(page.documentElement.dataset.theme).toBe('dark');
    });

    it('flushes before-close work, then tells the host the window may close', async () => {
      pageStubs();
      const run = context();

      await runHostCommand('window.prepare-close', run);

      expect(run.host.readyToClose).toHaveBeenCalledOnce();
    });
  });
});
