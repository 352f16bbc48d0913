/**
 * The options of every window this app opens, in one place so a test can check them. Every
 * security option is set explicitly, even where it is the default, so intent is visible and a
 * default changing upstream changes nothing here.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

import type { WindowBounds } from './windowState';

/** The web preferences every window starts from: no Node, isolated, sandboxed. */
export const SECURE_WEB_PREFERENCES = {
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  contextIsolation: true,
  sandbox: true,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const satisfies WebPreferences;

export function mainWindowOptions(
  bounds: WindowBounds,
  preloadPath: string,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Gatehouse',
    backgroundColor: '#1b1d22',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  };
}

/** The hidden window a report is printed in: no preload, and no scripts at all. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false, images: true },
  };
}
