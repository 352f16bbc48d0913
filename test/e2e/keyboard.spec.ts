import { expect, test } from '@playwright/test';

import { model, openEditor } from './support/editor';

test.describe('keyboard-only editing', () => {
  test('adding two elements and a flow between them needs no mouse', async ({ page }) => {
    await openEditor(page);
    const palette = page.getByRole('navigation', { name: 'Palette' });

    await palette.getByRole('button', { name: 'Process', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Orders API');
    await page.keyboard.press('Enter');

    await palette.getByRole('button', { name: 'Data store', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Orders DB');
    await page.keyboard.press('Enter');

    await palette.getByRole('button', { name: 'Data flow', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add a data flow' });
    await expect(dialog).toBeVisible();
    // The dialog opens on its first control, the source; pick Orders API, then the target.
    await expect(dialog.getByLabel('Source')).toBeFocused();
    await dialog.getByLabel('Source').selectOption({ label: 'Orders API — Process' });
    await page.keyboard.press('Tab');
    await dialog.getByLabel('Target').selectOption({ label: 'Orders DB — Data store' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Add flow' })).toBeFocused();
    await page.keyboard.press('Enter');

    const elements = (await model(page)).diagrams[0]!.elements;
    const byName = new Map(elements.map((e) => [e.name, e]));
    expect(byName.get('Data flow')).toMatchObject({
      kind: 'dataFlow',
      sourceId: byName.get('Orders API')!.id,
      targetId: byName.get('Orders DB')!.id,
    });

    // Focus moves between the elements on the canvas with Tab; arrows move the selected one.
    await page.locator('.react-flow__node').first().focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('.react-flow__node:focus')).toHaveCount(1);
    await page.keyboard.press('Enter');
    const id = await page.locator('.react-flow__node:focus').getAttribute('data-id');
    const before = (await model(page)).layout.nodes[id!]!;
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await model(page)).layout.nodes[id!]!.x)
      .toBeGreaterThan(before.x);
    await page.screenshot({ path: test.info().outputPath('keyboard.png') });
  });
});
