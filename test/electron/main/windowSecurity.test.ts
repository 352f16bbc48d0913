/**
 * Every window the shell opens, checked with Electron replaced by a recorder: the options each
 * `new BrowserWindow` receives must keep the page isolated, sandboxed and without Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it, vi } from 'vitest';

const created: { webPreferences?: Record<string, unknown> }[] = [];

vi.mock('electron', () => {
  class FakeWebContents {
    id = created.length;
    on() {
      return this;
    }
    send() {}
    printToPDF = async () => Buffer.from('%PDF');
    isCrashed = () => false;
  }
  class BrowserWindow {
    webContents = new FakeWebContents();
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      created.push(options);
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    maximize() {}
    loadURL = async () => undefined;
    destroy() {}
    static getFocusedWindow = () => null;
  }
  return {
    BrowserWindow,
    app: { quit: vi.fn() },
    dialog: {},
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  };
});

const { AppWindows } = await import('../../../electron/main/appWindows');
const { printHtmlToPdf } = await import('../../../electron/main/pdfExport');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(path.join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(folder, entry.name)]
        : [],
  );
}

describe('window security', () => {
  it('opens exactly the windows this test checks', () => {
    const constructions = sourceFiles(path.resolve('electron')).flatMap(
      (file) => readFileSync(file, 'utf8').match(/new BrowserWindow\(/g) ?? [],
    );
    expect(constructions).toHaveLength(2);
  });

  it('isolates, sandboxes and strips Node from the main window and the print window', async () => {
    created.length = 0;
    new AppWindows('/app/preload.cjs').open(
      { bounds: { width: 800, height: 600 }, maximized: false },
      () => undefined,
    );
    await printHtmlToPdf({
      html: '<p>x</p>',
      suggestedName: 'r',
      pageSize: 'A4',
      landscape: false,
    });

    expect(created).toHaveLength(2);
    for (const options of created) {
      expect(options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
      });
      expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    }
    expect(created[0]?.webPreferences?.preload).toBe('/app/preload.cjs');
    expect(created[1]?.webPreferences).toMatchObject({ javascript: false });
    expect(created[1]?.webPreferences).not.toHaveProperty('preload');
  });
});
