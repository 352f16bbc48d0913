// Finds the Electron binary without downloading it (requiring the `electron` package would try
// to): ELECTRON_OVERRIDE_DIST_PATH if set, otherwise the copy `npx install-electron` unpacks
// into node_modules/electron/dist.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const HOW_TO_GET_ELECTRON =
  'No Electron binary is available: run `npx install-electron` to download it, or set ' +
  'ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron.';

function executableName(packageDir) {
  const pathFile = path.join(packageDir, 'path.txt');
  if (existsSync(pathFile)) return readFileSync(pathFile, 'utf8').trim();
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/** The path of a runnable Electron, or null when there is none. */
export function findElectronBinary(root) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const folder = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const candidate = path.join(folder, executableName(packageDir));
  return existsSync(candidate) ? candidate : null;
}
