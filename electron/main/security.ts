/**
 * The guards every web page of the app gets, installed once for every web contents as it is
 * created (the main window and the hidden print window alike): no navigation away from the app,
 * no new windows, no <webview>, and no permission is ever granted.
 */
import { app, session, type BrowserWindow, type WebContents } from 'electron';

import { openExternalAfterConfirm } from './externalLinks';
import { log } from './logger';
import { isAppUrl } from './services/appOrigin';
import { parseExternalUrl } from './services/externalUrl';

export function setupSecurityGuards(
  findWindow: (contents: WebContents) => BrowserWindow | null,
): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log.warn('[security] refused to attach a webview');
    });

    const refuseNavigation = (event: { preventDefault(): void; url: string }) => {
      if (isAppUrl(event.url)) return;
      event.preventDefault();
      log.warn('[security] refused a navigation away from the app');
      if (parseExternalUrl(event.url))
        void openExternalAfterConfirm(findWindow(contents), event.url);
    };
    contents.on('will-navigate', refuseNavigation);
    contents.on('will-frame-navigate', (event) => {
      if (isAppUrl(event.url)) return;
      event.preventDefault();
      log.warn('[security] refused a frame navigation away from the app');
    });
    contents.on('will-redirect', (event) => {
      if (isAppUrl(event.url)) return;
      event.preventDefault();
      log.warn('[security] refused a redirect away from the app');
    });

    contents.setWindowOpenHandler(({ url }) => {
      if (parseExternalUrl(url)) void openExternalAfterConfirm(findWindow(contents), url);
      return { action: 'deny' };
    });
  });
}

/** Denies every permission request and check: the app needs no camera, location or the like. */
export function denyAllPermissions(target = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`[security] denied a permission request: ${permission}`);
    callback(false);
  });
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  target.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
