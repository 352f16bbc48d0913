import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, expect, test } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from './support/chromium';
import { clickPalette, elementsNamed, openEditor, setField } from './support/editor';

test.describe('crash recovery', () => {
  test('killing the browser mid-edit brings the model back on the next start', async ({
    baseURL,
  }) => {
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'gatehouse-udd-'));
    const launch = () =>
      chromium.launchPersistentContext(userDataDir, {
        executablePath: findChromium() ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
        headless: true,
        baseURL: baseURL ?? '',
        viewport: { width: 1280, height: 800 },
      });
    try {
      const first = await launch();
      const page = first.pages()[0] ?? (await first.newPage());
      await openEditor(page);
      await clickPalette(page, 'Process');
      await setField(page, 'Name', 'Checkout service');
      await clickPalette(page, 'Data store');
      await setField(page, 'Name', 'Carts');
      // No save, no flush: the journal must catch up on its own within a second.
      await page.waitForTimeout(1600);
      await first.close();

      const second = await launch();
      const again = second.pages()[0] ?? (await second.newPage());
      await openEditor(again);
      const named = await elementsNamed(again);
      expect([...named.keys()].sort()).toEqual(['Carts', 'Checkout service']);
      await expect(again.getByRole('status')).toContainText('Reopened');
      await expect(
        again.locator('.react-flow__node', { hasText: 'Checkout service' }),
      ).toBeVisible();
      await second.close();
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
