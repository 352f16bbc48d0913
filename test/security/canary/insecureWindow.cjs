// A deliberately insecure window. The security scan runs on this file too and must find these
// problems; if it finds nothing here, the scanner is not working and the scan fails.
const { BrowserWindow } = require('electron');

module.exports = function openInsecureWindow() {
  const window = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false },
  });
  window.loadURL('http://example.com/');
  return window;
};
