import { expect, test } from '@playwright/test';

import { expectAccessibleInBothThemes, setTheme } from './support/axe';
import {
  clickPalette,
  dropFromPalette,
  elementsNamed,
  model,
  nodeCentre,
  openEditor,
  setField,
} from './support/editor';

test.describe('diagram editor', () => {
  test('drawing an API with the palette, zones and the inspector survives undo, redo and a reload', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openEditor(page);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;

    // Two zones side by side, by drag, and what lives in them.
    const dmz = await dropFromPalette(page, 'Trust boundary', {
      x: pane.x + pane.width * 0.27,
      y: pane.y + pane.height * 0.4,
    });
    await setField(page, 'Name', 'DMZ');
    await setField(page, 'Trust level', '30');
    const internal = await dropFromPalette(page, 'Trust boundary', {
      x: pane.x + pane.width * 0.73,
      y: pane.y + pane.height * 0.4,
    });
    await setField(page, 'Name', 'Internal');
    await setField(page, 'Trust level', '80');

    const gateway = await dropFromPalette(page, 'Process', await nodeCentre(page, dmz));
    await setField(page, 'Name', 'API gateway');
    await page.getByLabel('Technology').selectOption('gateway');
    await page.getByLabel('Exposure').selectOption('internet');
    await page.getByLabel('Authentication').selectOption('oauth2');
    await page.getByLabel('Rate limited').check();

    const zone = (await page.locator(`.react-flow__node[data-id="${internal}"]`).boundingBox())!;
    const inZone = (fx: number, fy: number) => ({
      x: zone.x + zone.width * fx,
      y: zone.y + zone.height * fy,
    });
    await dropFromPalette(page, 'Process', inZone(0.3, 0.35));
    await setField(page, 'Name', 'Orders service');
    await dropFromPalette(page, 'Process', inZone(0.3, 0.8));
    await setField(page, 'Name', 'Payments service');
    await dropFromPalette(page, 'Data store', inZone(0.75, 0.55));
    await setField(page, 'Name', 'Orders DB');
    await page.getByLabel('Holds PII').check();
    await page.getByLabel('Encrypted at rest').check();

    // The client by click: it lands at the centre of the view, between the zones.
    await clickPalette(page, 'External entity');
    await setField(page, 'Name', 'Mobile client');

    // Connect the client to the gateway by dragging between handles.
    const named = await elementsNamed(page);
    const clientId = named.get('Mobile client')!.id;
    await page
      .locator(`.react-flow__node[data-id="${clientId}"] .react-flow__handle.source`)
      .dragTo(page.locator(`.react-flow__node[data-id="${gateway}"] .react-flow__handle.target`));
    await setField(page, 'Name', 'Place order');
    await setField(page, 'Protocol', 'HTTPS');

    // The rest through the Data flow dialog.
    for (const [from, to, protocol] of [
      ['API gateway', 'Orders service', 'gRPC'],
      ['API gateway', 'Payments service', 'HTTP'],
      ['Orders service', 'Orders DB', 'SQL-TLS'],
    ] as const) {
      await page.getByRole('button', { name: 'Data flow', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a data flow' });
      await dialog.getByLabel('Source').selectOption({ label: `${from} — Process` });
      await dialog
        .getByLabel('Target')
        .selectOption({ label: `${to} — ${to.endsWith('DB') ? 'Data store' : 'Process'}` });
      await dialog.getByRole('button', { name: 'Add flow' }).click();
      await setField(page, 'Protocol', protocol);
    }
    await expect(page.locator('.react-flow__edge')).toHaveCount(4);
    await expect(page.locator('.dfd-flow--cleartext')).toHaveCount(1);

    await page.screenshot({ path: test.info().outputPath('editor-drawn.png') });
    const drawn = await elementsNamed(page);
    expect(drawn.get('API gateway')).toMatchObject({
      boundaryId: dmz,
      properties: { technology: 'gateway', authentication: 'oauth2', rateLimited: true },
    });
    for (const name of ['Orders service', 'Payments service', 'Orders DB'])
      expect(drawn.get(name)).toMatchObject({ boundaryId: internal });
    expect(drawn.get('Mobile client')).toMatchObject({ boundaryId: null });
    expect(drawn.get('DMZ')).toMatchObject({ properties: { trustLevel: 30 } });

    // Undo the last protocol (one step for the whole field), then redo it.
    await page.getByRole('button', { name: 'Undo' }).click();
    expect((await elementsNamed(page)).get('Data flow')).toMatchObject({
      properties: { protocol: '' },
    });
    await page.getByRole('button', { name: 'Redo' }).click();
    expect((await elementsNamed(page)).get('Data flow')).toMatchObject({
      properties: { protocol: 'SQL-TLS' },
    });

    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.screenshot({ path: test.info().outputPath('editor-light.png') });
    await setTheme(page, 'dark');
    await page.screenshot({ path: test.info().outputPath('editor-dark.png') });
    await setTheme(page, 'light');

    const before = await model(page);
    await page.evaluate(() => window.__gatehouse!.flushAutosave!());
    await page.reload();
    await openEditor(page);
    const after = await model(page);
    expect(after.diagrams).toEqual(before.diagrams);
    expect(after.layout.nodes).toEqual(before.layout.nodes);
    await expect(page.locator('.react-flow__node')).toHaveCount(7);
    await expect(page.locator('.react-flow__node', { hasText: 'API gateway' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the editor, its dialogs and the library pass axe in both themes', async ({ page }) => {
    await openEditor(page);
    await clickPalette(page, 'Trust boundary');
    const a = await clickPalette(page, 'Process');
    await clickPalette(page, 'Data store');
    await page.getByRole('button', { name: 'Data flow', exact: true }).click();
    await page.getByRole('button', { name: 'Add flow' }).click();
    await page.locator(`.react-flow__node[data-id="${a}"]`).click();
    await expectAccessibleInBothThemes(page, 'the editor with a process selected');
    await page.getByRole('button', { name: 'Data flow', exact: true }).click();
    await expectAccessibleInBothThemes(page, 'the data flow dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Library…' }).click();
    await expectAccessibleInBothThemes(page, 'the library');
  });

  test('maximizing the bottom panel gives it most of the window, and a second press gives it back', async ({
    page,
  }) => {
    await openEditor(page);
    const panel = page.getByRole('region', { name: 'Bottom panel' });
    const maximize = page.getByRole('button', { name: 'Maximize panel' });
    const before = (await panel.boundingBox())?.height ?? 0;

    await maximize.click();
    await expect(maximize).toHaveAttribute('aria-pressed', 'true');
    await expect
      .poll(async () => (await panel.boundingBox())?.height ?? 0)
      .toBeGreaterThan(before * 2);
    await expectAccessibleInBothThemes(page, 'the maximized bottom panel');
    await page.getByRole('tab', { name: 'Threats' }).click();
    await page.screenshot({ path: test.info().outputPath('maximized-panel.png') });

    await maximize.click();
    await expect(maximize).toHaveAttribute('aria-pressed', 'false');
    await expect
      .poll(async () => (await panel.boundingBox())?.height ?? 0)
      .toBeLessThan(before + 2);
  });

  test('copy and paste, duplicate, delete and select all work from the keyboard', async ({
    page,
  }) => {
    await openEditor(page);
    const a = await clickPalette(page, 'Process');
    await page.locator(`.react-flow__node[data-id="${a}"]`).click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect(page.locator('.react-flow__node')).toHaveCount(2);
    await page.keyboard.press('Control+d');
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await page.keyboard.press('Control+Shift+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await page.keyboard.press('Control+y');
    await page.keyboard.press('Control+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(3);

    // Double-click renames in place.
    const first = page.locator('.react-flow__node').last();
    await first.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Renamed in place');
    await page.keyboard.press('Enter');
    await expect(page.locator('.react-flow__node', { hasText: 'Renamed in place' })).toHaveCount(1);

    // A drag of one node is one undo step.
    const target = page.locator('.react-flow__node', { hasText: 'Renamed in place' });
    const id = (await target.getAttribute('data-id'))!;
    const start = await nodeCentre(page, id);
    const boxBefore = (await model(page)).layout.nodes[id]!;
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 120, start.y + 40, { steps: 12 });
    await page.mouse.up();
    const moved = (await model(page)).layout.nodes[id]!;
    expect(moved.x).not.toBe(boxBefore.x);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect((await model(page)).layout.nodes[id]).toEqual(boxBefore);
  });
});

test.describe('auto layout', () => {
  test('lays zones and flows out left to right, and one undo puts everything back', async ({
    page,
  }) => {
    await openEditor(page);
    const zone = await clickPalette(page, 'Trust boundary');
    const a = await clickPalette(page, 'Process');
    const b = await clickPalette(page, 'Data store');
    await page.getByRole('button', { name: 'Data flow', exact: true }).click();
    await page.getByRole('button', { name: 'Add flow' }).click();
    const before = (await model(page)).layout.nodes;

    await page.getByRole('button', { name: 'Auto layout' }).click();
    await expect(page.getByRole('status')).toContainText('Laid out');
    const after = (await model(page)).layout.nodes;
    expect(after[a]).not.toEqual(before[a]);
    expect(after[zone]!.x).toBeLessThanOrEqual(Math.min(after[a]!.x, after[b]!.x));
    await page.screenshot({ path: test.info().outputPath('auto-layout.png') });

    await page.getByRole('button', { name: 'Undo' }).click();
    expect((await model(page)).layout.nodes).toEqual(before);
  });
});
