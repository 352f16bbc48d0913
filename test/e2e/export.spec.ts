import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';

import { drawSmallApi, openApp } from './support/threats';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test.describe('export dialog', () => {
  test('exporting a report previews the HTML in a sandboxed frame and downloads the file', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Export', exact: true }).click();

    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: 'HTML', exact: true }).check();

    const frame = dialog.locator('iframe[title="Report preview"]');
    await expect(frame).toHaveAttribute('sandbox', '');
    expect(await frame.getAttribute('srcdoc')).toContain('Content-Security-Policy');
    await expect(
      page.frameLocator('iframe[title="Report preview"]').getByRole('heading', { name: 'Summary' }),
    ).toBeVisible();

    await page.screenshot({ path: test.info().outputPath('export-dialog.png') });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export HTML' }).click();
    expect((await download).suggestedFilename()).toMatch(/-report\.html$/);
    await expect(dialog).toBeHidden();
  });

  test('exporting the open diagram as a PNG downloads a sharp picture with its threat badges', async ({
    page,
  }) => {
    await openApp(page);
    await drawSmallApi(page);
    await page.getByRole('button', { name: 'Generate threats' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();

    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await dialog.getByRole('radio', { name: 'Diagram as PNG' }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export Diagram as PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const saved = test.info().outputPath('diagram.png');
    await file.saveAs(saved);
    await expect(dialog).toBeHidden();

    const bytes = await readFile(saved);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.length).toBeGreaterThan(10_000);
    // Drawn at twice the picture's size: the header's width is well beyond a plain 1x diagram.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(800);
  });
});
