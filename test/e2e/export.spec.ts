import { expect, test } from '@playwright/test';

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
});
