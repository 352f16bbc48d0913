/**
 * Printing report HTML to PDF. The HTML is shown in a hidden window of its own, with scripts off,
 * no preload and a policy that loads nothing, at a one-time `app://report/` address; the editor
 * window, which holds the open model, never prints anything.
 */
import { BrowserWindow } from 'electron';

import type { PrintRequest } from '../../shared/host/contract';
import { publishReport } from './protocol';
import { withTimeout } from './services/closeFlow';

const LOAD_TIMEOUT_MS = 30_000;

export async function printHtmlToPdf(request: PrintRequest): Promise<Buffer> {
  const report = publishReport(request.html);
  // No preload and no scripts: the report can only be laid out and printed.
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    // Written out in full, as in appWindows.ts, rather than shared: the security scan reads each
    // window's options from its literal and cannot follow a spread.
    webPreferences: {
      javascript: false,
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  try {
    const loaded = await withTimeout(
      window.loadURL(report.url).then(() => true),
      LOAD_TIMEOUT_MS,
      false,
    );
    if (!loaded) throw new Error('the report took too long to lay out');
    return await window.webContents.printToPDF({
      pageSize: request.pageSize,
      landscape: request.landscape,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  } finally {
    report.release();
    window.destroy();
  }
}
