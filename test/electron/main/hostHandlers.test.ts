/**
 * The export call of the main process against a stand-in for Electron's save dialog: text formats
 * are written as they come, a picture sent as base64 is written as its bytes.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it, vi } from 'vitest';

import type { HostServices } from '../../../electron/main/hostHandlers';

const chosen = vi.hoisted(() => ({ path: '' }));

vi.mock('electron', () => ({
  app: { getPath: () => tmpdir() },
  dialog: { showSaveDialog: async () => ({ canceled: false, filePath: chosen.path }) },
  shell: {},
  BrowserWindow: class {},
}));

const { createHostHandlers } = await import('../../../electron/main/hostHandlers');

function handlers() {
  return createHostHandlers({
    windows: {},
    documents: {},
    recent: {},
    takePendingFile: () => null,
    refreshMenu: () => undefined,
  } as unknown as HostServices);
}

const window = {} as Parameters<ReturnType<typeof handlers>['exportFile']>[0];

describe('electron/main/hostHandlers', () => {
  describe('exportFile()', () => {
    it('writes a picture sent as base64 as its bytes', async () => {
      chosen.path = path.join(mkdtempSync(path.join(tmpdir(), 'gh-export-')), 'diagram.png');
      const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);

      const result = await handlers().exportFile(window, {
        format: 'png',
        suggestedName: 'diagram.png',
        text: bytes.toString('base64'),
        encoding: 'base64',
      });

      expect(result.ok).toBe(true);
      expect(readFileSync(chosen.path)).toEqual(bytes);
    });

    it('writes text formats as they come', async () => {
      chosen.path = path.join(mkdtempSync(path.join(tmpdir(), 'gh-export-')), 'report.csv');

      await handlers().exportFile(window, {
        format: 'csv',
        suggestedName: 'report.csv',
        text: 'id,title\n1,Spoofing',
      });

      expect(readFileSync(chosen.path, 'utf8')).toBe('id,title\n1,Spoofing');
    });
  });
});
