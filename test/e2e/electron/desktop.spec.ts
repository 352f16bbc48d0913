/**
 * The desktop app end to end: the secure window, the menus, opening and saving through the
 * native dialogs (answered by the test), closing with unsaved changes, and PDF printing. These
 * need an Electron binary; without one they are skipped and the run says why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import type {} from '../../../renderer/host/getHost';
import type {} from '../../../renderer/store/testHook';
import { writeModel } from '../../../shared/format/writeModel';
import { createModel } from '../../../shared/model/factories';
import {
  answerMessageBoxes,
  answerOpenDialog,
  answerSaveDialog,
  clickMenu,
  ELECTRON_BINARY,
  launchApp,
  messageBoxesShown,
  SKIP_REASON,
  tellWhySkipped,
  type LaunchedApp,
} from '../support/electronApp';

tellWhySkipped();
test.skip(!ELECTRON_BINARY, SKIP_REASON);

let launched: LaunchedApp;
test.beforeEach(async () => {
  launched = await launchApp();
});
test.afterEach(async () => {
  await launched.app.close().catch(() => undefined);
});

function modelFile(name: string, title: string): string {
  const file = path.join(launched.folder, name);
  writeFileSync(file, writeModel({ ...createModel(), title }));
  return file;
}

async function makeUnsavedChange(page: Page): Promise<void> {
  await page.goto('app://gatehouse/index.html?testHook');
  await page.waitForFunction(() => window.__gatehouse !== undefined);
  await page.evaluate(() =>
    window.__gatehouse?.store.getState().changeModel((model) => ({ ...model, title: 'Changed' })),
  );
}

test.describe('desktop window', () => {
  test('the window shows the app from app:// with no Node and the policy as a header', async () => {
    const { app, page } = launched;
    await expect(page.getByRole('heading', { name: /Gatehouse/ })).toBeVisible();

    const inPage = await page.evaluate(async () => ({
      protocol: location.protocol,
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
      host: window.gatehouse?.kind,
      policy: (await fetch('/index.html')).headers.get('content-security-policy'),
    }));
    expect(inPage).toMatchObject({
      protocol: 'app:',
      require: 'undefined',
      process: 'undefined',
      host: 'desktop',
    });
    expect(inPage.policy).toContain("frame-ancestors 'none'");

    expect(await page.evaluate(() => 'ipcRenderer' in window || 'electron' in window)).toBe(false);
    expect(app.windows()).toHaveLength(1);
  });

  test('navigation, new windows and permissions are refused', async () => {
    const { app, page } = launched;
    await answerMessageBoxes(app, 1);
    await page.evaluate(() => {
      window.open('https://example.org/');
      location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/gatehouse\//);
    expect(app.windows()).toHaveLength(1);
    expect(await page.evaluate(() => Notification.requestPermission())).not.toBe('granted');
  });

  test('the menus offer File, Edit, View and Help', async () => {
    const labels = await launched.app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label.replace(/&/g, '')),
    );
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
  });
});

test.describe('desktop files', () => {
  test('File › Open opens the chosen model', async () => {
    const { app, page } = launched;
    await answerOpenDialog(app, modelFile('payments.gatehouse', 'Payments API'));
    await clickMenu(app, 'File', 'Open…');
    await expect(page.getByRole('status')).toHaveText('Opened payments.gatehouse.');
  });

  test('Save As writes the file, and a file changed on disk is not overwritten', async () => {
    const { app, page, folder } = launched;
    const target = path.join(folder, 'saved.gatehouse');
    await answerSaveDialog(app, target);
    await clickMenu(app, 'File', 'Save As…');
    await expect(page.getByRole('status')).toHaveText('Saved saved.gatehouse.');
    expect(JSON.parse(readFileSync(target, 'utf8'))).toHaveProperty('formatVersion');

    writeFileSync(target, '{"changed":"elsewhere"}');
    await answerMessageBoxes(app, 2);
    await clickMenu(app, 'File', 'Save');
    await expect.poll(() => messageBoxesShown(app)).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('{"changed":"elsewhere"}');
  });

  test('closing with unsaved changes asks, and Cancel keeps the window', async () => {
    const { app, page } = launched;
    await makeUnsavedChange(page);
    await answerMessageBoxes(app, 2);
    await clickMenu(app, 'File', 'Close');
    await expect.poll(() => messageBoxesShown(app)).toBe(1);
    expect(app.windows()).toHaveLength(1);

    await answerMessageBoxes(app, 1);
    const closed = app.waitForEvent('close');
    await clickMenu(app, 'File', 'Close');
    await closed;
  });

  test('a report prints to a PDF file', async () => {
    const { app, page, folder } = launched;
    const target = path.join(folder, 'report.pdf');
    await answerSaveDialog(app, target);
    const result = await page.evaluate(() =>
      window.gatehouse?.printToPdf({
        html: '<!doctype html><title>Report</title><h1>Threat report</h1><script>document.title="ran"</script>',
        suggestedName: 'report',
        pageSize: 'A4',
        landscape: false,
      }),
    );
    expect(result?.ok).toBe(true);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
