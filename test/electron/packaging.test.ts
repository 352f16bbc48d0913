import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';

const schemes: { scheme: string; privileges: Record<string, boolean> }[] = [];
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (list: typeof schemes) => schemes.push(...list),
    handle: vi.fn(),
  },
}));

const config = parse(readFileSync(path.resolve('electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;

describe('packaging', () => {
  it('sets every fuse the security checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    expect(config.asar).toBe(true);
  });

  it('associates .gatehouse files, with icons that exist', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'gatehouse', icon: 'file-icon' }),
    ]);
    for (const icon of [
      'icon.png',
      'icon.ico',
      'icon.icns',
      'file-icon.png',
      'file-icon.ico',
      'file-icon.icns',
    ])
      expect(existsSync(path.resolve('build', icon)), icon).toBe(true);
    expect(readFileSync(path.resolve('build/icon.icns')).subarray(0, 4).toString()).toBe('icns');
  });

  it('builds AppImage, deb, dmg and NSIS installers', () => {
    const targets = (platform: string) => (config[platform] as { target: string[] }).target;
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('win')).toEqual(['nsis']);
  });

  it('registers app:// as a standard, secure scheme without bypassing the policy', async () => {
    const { registerAppScheme } = await import('../../electron/main/protocol');
    registerAppScheme();
    expect(schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});
