/**
 * Launching the desktop app for the Electron tests. Each launch gets a fresh profile and a
 * scratch folder; when no Electron binary is available the tests are skipped, with the reason
 * printed once so a run never looks greener than it was.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { _electron, type ElectronApplication, type Page } from '@playwright/test';

import { findElectronBinary, HOW_TO_GET_ELECTRON } from '../../../build/electronBinary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const ELECTRON_BINARY = findElectronBinary(ROOT);
export const SKIP_REASON = `Electron tests did not run. ${HOW_TO_GET_ELECTRON}`;

let told = false;
/** Prints why the Electron tests are skipped, once per run. */
export function tellWhySkipped(): void {
  if (ELECTRON_BINARY || told) return;
  told = true;
  process.stdout.write(`\n${SKIP_REASON}\n`);
}

export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  /** A folder for the files this test opens and saves. */
  folder: string;
}

export async function launchApp(args: string[] = []): Promise<LaunchedApp> {
  if (!ELECTRON_BINARY) throw new Error(SKIP_REASON);
  const folder = mkdtempSync(path.join(tmpdir(), 'gh-desktop-'));
  const app = await _electron.launch({
    executablePath: ELECTRON_BINARY,
    args: [ROOT, ...args],
    env: { ...process.env, GATEHOUSE_USER_DATA: path.join(folder, 'profile') },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page, folder };
}

/** Makes the next open dialog choose `file` (or cancel when null). */
export async function answerOpenDialog(
  app: ElectronApplication,
  file: string | null,
): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showOpenDialog = (async () => ({
      canceled: chosen === null,
      filePaths: chosen ? [chosen] : [],
    })) as typeof dialog.showOpenDialog;
  }, file);
}

/** Makes the next save dialog choose `file`. */
export async function answerSaveDialog(app: ElectronApplication, file: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = (async () => ({
      canceled: false,
      filePath: chosen,
    })) as typeof dialog.showSaveDialog;
  }, file);
}

/** Makes message boxes answer with the button at `index`, and counts how often they were shown. */
export async function answerMessageBoxes(app: ElectronApplication, index: number): Promise<void> {
  await app.evaluate(({ dialog }, response) => {
    const counter = globalThis as { messageBoxes?: number };
    counter.messageBoxes = 0;
    dialog.showMessageBox = (async () => {
      counter.messageBoxes = (counter.messageBoxes ?? 0) + 1;
      return { response, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  }, index);
}

export async function messageBoxesShown(app: ElectronApplication): Promise<number> {
  return app.evaluate(() => (globalThis as { messageBoxes?: number }).messageBoxes ?? 0);
}

/** Clicks a menu item by its path of labels (ampersands ignored), as a user would. */
export async function clickMenu(app: ElectronApplication, ...labels: string[]): Promise<void> {
  await app.evaluate(({ Menu, BrowserWindow }, wanted) => {
    let items = Menu.getApplicationMenu()?.items ?? [];
    let found: Electron.MenuItem | undefined;
    for (const label of wanted) {
      found = items.find((item) => item.label.replace(/&/g, '') === label);
      if (!found) throw new Error(`No menu item "${label}"`);
      items = found.submenu?.items ?? [];
    }
    const window = BrowserWindow.getAllWindows()[0];
    found?.click(undefined, window, window?.webContents);
  }, labels);
}
