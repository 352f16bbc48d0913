import { expect, test, type Page } from '@playwright/test';

import { writeModel } from '../../shared/format/writeModel';
import { createProcess } from '../../shared/model/factories';
import { edited, smallModel } from '../support/modelEdits';

const version1 = smallModel();
const version2 = edited(version1, (m) => {
  m.diagrams[0]!.elements = m.diagrams[0]!.elements.filter((e) => e.id !== 'store_orders');
  m.diagrams[0]!.elements.push(createProcess({ id: 'proc_billing', name: 'Billing' }));
});

const version3 = edited(version2, (m) => {
  const gateway = m.diagrams[0]!.elements.find((e) => e.id === 'proc_gateway')!;
  gateway.name = 'API gateway';
});

async function compareWithFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('tab', { name: 'Compare' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Compare with file…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function openText(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status')).toHaveText(`Opened ${name}.`);
}

test.describe('local history', () => {
  test.beforeEach(async ({ page }) => {
    // Use the file input and download paths, which a test can drive, instead of native pickers.
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      delete w['showOpenFilePicker'];
      delete w['showSaveFilePicker'];
    });
  });

  test('saving makes a restore point that previews as highlighted changes and restores', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'History' }).click();
    await openText(page, 'payments.gatehouse', writeModel(version1));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await download;
    const points = page.getByRole('list', { name: 'Restore points' });
    await expect(points.getByRole('listitem')).toHaveCount(1);

    await openText(page, 'payments.gatehouse', writeModel(version2));
    await points.getByRole('button', { name: /^Preview the version of/ }).click();

    const changes = page.getByRole('region', { name: 'Restoring this version would change' });
    await expect(changes.locator('.change-added')).toContainText('Orders DB');
    await expect(changes.locator('.change-removed')).toContainText('Billing');
    await page.screenshot({ path: test.info().outputPath('history-preview.png') });

    await points.getByRole('button', { name: /^Restore the version of/ }).click();
    await expect(page.getByRole('status')).toContainText('Restored the version of');
    await expect(points.getByRole('listitem')).toHaveCount(2);
    await expect(
      page.getByRole('region', { name: 'Restoring this version would change' }),
    ).toHaveCount(0);
  });

  test('comparing the open model with a file lists its changes one by one', async ({ page }) => {
    await page.goto('/');
    await openText(page, 'v2.gatehouse', writeModel(version2));
    await page.getByRole('tab', { name: 'Compare' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Compare with file…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'v1.gatehouse',
      mimeType: 'application/json',
      buffer: Buffer.from(writeModel(version1)),
    });

    const changes = page.getByRole('region', {
      name: 'Changes from v1.gatehouse to the open model',
    });
    await expect(changes.locator('.change-removed')).toContainText('Orders DB');
    await expect(changes.locator('.change-added')).toContainText('Billing');
    await expect(changes.getByText('1 of 2')).toBeVisible();
    await changes.getByRole('button', { name: 'Next change' }).click();
    await expect(changes.getByText('2 of 2')).toBeVisible();
  });

  test('an open comparison marks added and changed elements on the canvas', async ({ page }) => {
    await page.goto('/');
    await openText(page, 'v3.gatehouse', writeModel(version3));
    await compareWithFile(page, 'v1.gatehouse', writeModel(version1));

    const node = (id: string) => page.locator(`.react-flow__node[data-id="${id}"] .dfd-node`);
    await expect(node('proc_gateway')).toHaveClass(/\bcompare-changed\b/);
    await expect(node('proc_billing')).toHaveClass(/\bcompare-added\b/);
    await expect(node('ent_client')).not.toHaveClass(/\bcompare-/);
    await page.screenshot({ path: test.info().outputPath('compare-canvas.png') });

    const changes = page.getByRole('region', {
      name: 'Changes from v1.gatehouse to the open model',
    });
    await changes.locator('.change-added').getByRole('button').click();
    await expect(page.locator('.react-flow__node[data-id="proc_billing"]')).toHaveClass(
      /\bselected\b/,
    );

    await page.getByRole('button', { name: 'Close comparison' }).click();
    await expect(node('proc_gateway')).not.toHaveClass(/\bcompare-/);
  });
});
