import path from 'node:path';

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { decideClose, withTimeout } from '../../../../electron/main/services/closeFlow';
import { parseExternalUrl } from '../../../../electron/main/services/externalUrl';
import { fileFromArgs } from '../../../../electron/main/services/launchArgs';
import { buildMenuTemplate } from '../../../../electron/main/services/menuTemplate';
import { fitToScreens, parseWindowState } from '../../../../electron/main/services/windowState';

const SCREEN = { x: 0, y: 0, width: 1920, height: 1080 };

function labels(items: MenuItemConstructorOptions[] | undefined): string[] {
  return (items ?? []).map((item) =>
    (item.label ?? item.role ?? item.type ?? '').replace(/&/g, ''),
  );
}

function submenu(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const found = template.find((item) => item.label?.replace(/&/g, '') === label);
  return (found?.submenu as MenuItemConstructorOptions[] | undefined) ?? [];
}

describe('menuTemplate', () => {
  const actions = {
    send: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    closeWindow: vi.fn(),
    showAbout: vi.fn(),
    showDocumentation: vi.fn(),
  };
  const build = (platform: NodeJS.Platform) =>
    buildMenuTemplate(
      {
        platform,
        appName: 'Gatehouse',
        recent: [{ path: '/m/a.gatehouse', name: 'a.gatehouse' }],
        theme: 'dark',
      },
      actions,
    );

  describe('buildMenuTemplate()', () => {
    it('has every File, Edit, View and Help item with its shortcut', () => {
      const template = build('linux');
      expect(labels(submenu(template, 'File'))).toEqual(
        expect.arrayContaining([
          'New Model',
          'Open…',
          'Open Recent',
          'Import…',
          'Save',
          'Save As…',
          'Export…',
          'Close',
          'Exit',
        ]),
      );
      expect(labels(submenu(template, 'Edit'))).toEqual(
        expect.arrayContaining(['Undo', 'Redo', 'cut', 'copy', 'paste', 'Delete', 'Select All']),
      );
      expect(labels(submenu(template, 'View'))).toEqual(
        expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'Theme', 'Inspector', 'Threats']),
      );
      expect(labels(submenu(template, 'Help'))).toEqual([
        'Documentation',
        'separator',
        'About Gatehouse',
      ]);
      const save = submenu(template, 'File').find((item) => item.label === '&Save');
      expect(save?.accelerator).toBe('CmdOrCtrl+S');
    });

    it('follows macOS conventions on macOS', () => {
      const template = build('darwin');
      expect(template[0]?.label).toBe('Gatehouse');
      expect(labels(submenu(template, 'File'))).not.toContain('Exit');
      expect(template.some((item) => item.role === 'windowMenu')).toBe(true);
      const redo = submenu(template, 'Edit').find((item) => item.label === '&Redo');
      expect(redo?.accelerator).toBe('Shift+Cmd+Z');
    });

    it('sends the command of the item that was clicked', () => {
      const save = submenu(build('win32'), 'File').find((item) => item.label === '&Save');
      (save?.click as () => void)();
      expect(actions.send).toHaveBeenCalledWith('file.save');
      const recent = submenu(submenu(build('win32'), 'File'), 'Open Recent');
      (recent[0]?.click as () => void)();
      expect(actions.openRecent).toHaveBeenCalledWith('/m/a.gatehouse');
    });

    it('leaves editing keys to the page so text fields keep their own undo', () => {
      for (const item of submenu(build('linux'), 'Edit').filter((entry) => entry.click))
        expect(item.registerAccelerator).toBe(false);
    });
  });
});

describe('closeFlow', () => {
  const steps = (dirty: boolean, choice: 'save' | 'discard' | 'cancel') => ({
    isDirty: () => dirty,
    askToSave: vi.fn(async () => choice),
    saveThenClose: vi.fn(),
    flushJournal: vi.fn(async () => true),
  });

  describe('decideClose()', () => {
    it('closes a clean window after flushing the journal, without asking', async () => {
      const clean = steps(false, 'cancel');
      expect(await decideClose(clean)).toBe('close');
      expect(clean.askToSave).not.toHaveBeenCalled();
      expect(clean.flushJournal).toHaveBeenCalledOnce();
    });

    it('keeps the window and flushes nothing when the user cancels', async () => {
      const cancelled = steps(true, 'cancel');
      expect(await decideClose(cancelled)).toBe('keep-open');
      expect(cancelled.flushJournal).not.toHaveBeenCalled();
    });

    it('asks the page to save first when the user picks Save', async () => {
      const saving = steps(true, 'save');
      expect(await decideClose(saving)).toBe('saving');
      expect(saving.saveThenClose).toHaveBeenCalledOnce();
    });

    it("closes after flushing when the user picks Don't Save", async () => {
      const discard = steps(true, 'discard');
      expect(await decideClose(discard)).toBe('close');
      expect(discard.flushJournal).toHaveBeenCalledOnce();
    });
  });

  describe('withTimeout()', () => {
    it('gives the fallback when the page never answers', async () => {
      expect(await withTimeout(new Promise<boolean>(() => undefined), 10, false)).toBe(false);
      expect(await withTimeout(Promise.resolve(true), 10, false)).toBe(true);
    });
  });
});

describe('windowState', () => {
  describe('fitToScreens()', () => {
    it('keeps a position that is on a screen', () => {
      const state = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: false };
      expect(fitToScreens(state, [SCREEN])).toEqual(state);
    });

    it('drops a position on a screen that is gone, keeping the size', () => {
      const state = { bounds: { x: 3000, y: 80, width: 1200, height: 800 }, maximized: true };
      expect(fitToScreens(state, [SCREEN])).toEqual({
        bounds: { width: 1200, height: 800 },
        maximized: true,
      });
    });

    it('shrinks a window larger than every screen', () => {
      const state = { bounds: { width: 5000, height: 3000 }, maximized: false };
      expect(fitToScreens(state, [SCREEN]).bounds).toEqual({ width: 1920, height: 1080 });
    });
  });

  describe('parseWindowState()', () => {
    it('falls back to the defaults for damaged state', () => {
      expect(parseWindowState('{"bounds":{"x":"a"}}').bounds).toEqual({ width: 1280, height: 820 });
      expect(parseWindowState('not json').maximized).toBe(false);
    });
  });
});

describe('launchArgs', () => {
  describe('fileFromArgs()', () => {
    it('finds the model file and resolves it against the launch folder', () => {
      expect(fileFromArgs(['/opt/gatehouse', 'models/a.gatehouse'], '/home/me')).toBe(
        path.resolve('/home/me', 'models/a.gatehouse'),
      );
      expect(fileFromArgs(['electron', '.', '--inspect', 'B.GATEHOUSE'], '/w')).toBe(
        path.resolve('/w/B.GATEHOUSE'),
      );
    });

    it('ignores flags, the app folder and other files', () => {
      expect(fileFromArgs(['electron', '.', '--x=a.gatehouse', 'notes.txt'], '/w')).toBeNull();
    });
  });
});

describe('externalUrl', () => {
  describe('parseExternalUrl()', () => {
    it.each(['https://owasp.org/API-Security/', 'http://example.com/a?b#c'])(
      'accepts %s',
      (url) => {
        expect(parseExternalUrl(url)?.href).toBe(url);
      },
    );

    it.each([
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'app://gatehouse/index.html',
      'https://user:pass@example.com/',
      'data:text/html,<script>',
      'not a url',
    ])('refuses %s', (url) => {
      expect(parseExternalUrl(url)).toBeNull();
    });
  });
});
