/**
 * The one place that hands a link to the system browser. The user sees the full address and
 * decides; only http(s) addresses get that far.
 */
import { dialog, shell, type BrowserWindow } from 'electron';

import { log } from './logger';
import { parseExternalUrl } from './services/externalUrl';

export async function openExternalAfterConfirm(
  window: BrowserWindow | null,
  candidate: string,
): Promise<boolean> {
  const url = parseExternalUrl(candidate);
  if (!url) {
    log.warn('[link] refused a link that is not http(s)');
    return false;
  }
  const options = {
    type: 'question' as const,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Open link',
    message: 'Open this address in your browser?',
    detail: url.href,
    noLink: true,
  };
  const { response } = window
    ? await dialog.showMessageBox(window, options)
    : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  // The one guarded opener: http(s) only, and only after the user saw the full address.
  await shell.openExternal(url.href); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}
