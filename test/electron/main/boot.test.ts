/**
 * The main process started against a recording stand-in for Electron: it must take the
 * single-instance lock, register `app://` before the app is ready, serve the page with its policy,
 * register one checked handler per contract channel, build the menu and open the window on the
 * app's page. The real thing runs in the Electron end-to-end tests where a binary exists.
 */
import { describe, expect, it, vi } from 'vitest';

import { HOST_CHANNELS } from '../../../shared/host/contract';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const recorded = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  schemes: [] as unknown[],
  protocolHandler: null as null | ((request: { url: string }) => Promise<Response>),
  windows: [] as { url: string; options: unknown; webContentsId: number }[],
  menuBuilt: 0,
  readyBeforeScheme: false,
  ready: false,
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const app = Object.assign(new EventEmitter(), {
    getPath: () => mkdtempSync(path.join(tmpdir(), 'gh-boot-')),
    setPath: vi.fn(),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve().then(() => (recorded.ready = true)),
    isReady: () => recorded.ready,
    quit: vi.fn(),
    getName: () => 'Gatehouse',
    getVersion: () => '0.0.0',
  });
  class BrowserWindow extends EventEmitter {
    static getFocusedWindow = () => null;
    webContents: InstanceType<typeof EventEmitter> & { id: number };
    constructor(options: unknown) {
      super();
      const webContents = Object.assign(new EventEmitter(), {
        id: 41 + recorded.windows.length,
        send: vi.fn(),
        isCrashed: () => false,
        reload: vi.fn(),
      });
      this.webContents = webContents;
      recorded.windows.push({ url: '', options, webContentsId: webContents.id });
    }
    maximize() {}
    loadURL(url: string) {
      const last = recorded.windows.at(-1);
      if (last) last.url = url;
      return Promise.resolve();
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setDisplayMediaRequestHandler: vi.fn(),
    },
  };
  return {
    app,
    BrowserWindow,
    session,
    dialog: {},
    shell: {},
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: () => recorded.menuBuilt++,
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => recorded.handlers.set(channel, handler),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        recorded.readyBeforeScheme = recorded.ready;
        recorded.schemes.push(...schemes);
      },
      handle: (_scheme: string, handler: typeof recorded.protocolHandler) =>
        (recorded.protocolHandler = handler),
    },
  };
});

describe('main process', () => {
  it('starts: scheme first, then handlers, menu and the window on app://', async () => {
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));

    expect(recorded.readyBeforeScheme).toBe(false);
    expect(recorded.schemes).toHaveLength(1);
    expect([...recorded.handlers.keys()].sort()).toEqual(Object.values(HOST_CHANNELS).sort());
    expect(recorded.menuBuilt).toBeGreaterThan(0);
    expect(recorded.windows[0]?.url).toBe('app://gatehouse/index.html');
  });

  it('serves files of the bundle with the policy header and refuses the rest', async () => {
    const serve = recorded.protocolHandler;
    if (!serve) throw new Error('no protocol handler');
    const missing = await serve({ url: 'app://gatehouse/no-such-file.js' });
    expect(missing.status).toBe(404);
    expect((await serve({ url: 'app://gatehouse/../../../etc/passwd' })).status).toBe(404);
    expect((await serve({ url: 'app://elsewhere/index.html' })).status).toBe(404);
    expect((await serve({ url: 'app://report/0123.html' })).status).toBe(404);
  });

  it('refuses calls from anyone but the app window, and answers the app window', async () => {
    const handler = recorded.handlers.get(HOST_CHANNELS.listRecent);
    if (!handler) throw new Error('no handler');
    const id = recorded.windows[0]?.webContentsId;
    const from = (webContentsId: number | undefined, url: string, parent: unknown = null) => ({
      sender: { id: webContentsId },
      senderFrame: { url, parent },
    });

    await expect(handler(from(999, 'app://gatehouse/index.html'))).rejects.toThrow(/Refused/);
    await expect(handler(from(id, 'https://evil.example/'))).rejects.toThrow(/Refused/);
    await expect(handler(from(id, 'app://gatehouse/index.html', {}))).rejects.toThrow(/Refused/);
    await expect(handler(from(id, 'app://gatehouse/index.html'), 'extra')).rejects.toThrow(
      /Refused/,
    );
    await expect(handler(from(id, 'app://gatehouse/index.html'))).resolves.toEqual([]);
  });
});
