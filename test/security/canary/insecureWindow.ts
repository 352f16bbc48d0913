// A deliberately insecure window, never run. The security scan reads this file too and must find
// these problems; if it finds nothing here, the scanner is not working and the scan fails.
import { BrowserWindow } from 'electron';

export function openInsecureWindow(): BrowserWindow {
  const window = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false },
  });
  void window.loadURL('http://example.com/');
  return window;
}
