import { expect, test, type Page } from '@playwright/test';

import { expectAccessibleInBothThemes, setTheme } from './support/axe';
import {
  drawSmallApi,
  matrixCounts,
  openApp,
  registerCount,
  setProtocol,
  showThreats,
  threatSnapshot,
} from './support/threats';

const HEADERS = ['ID', 'Threat', 'Element', 'Category', 'Likelihood', 'Impact', 'Risk', 'Status'];

async function generate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Generate threats' }).click();
  await showThreats(page, 'Register');
  await expect.poll(async () => (await registerCount(page)).total).toBeGreaterThan(0);
}

function firstThreatRow(page: Page) {
  return page.locator('[role="row"][data-threat-id]').first();
}

test.describe('threats in the app', () => {
  test('drawing a small API and generating threats gives a register and a matrix that agree', async ({
    page,
  }) => {
    await openApp(page);
    await drawSmallApi(page);
    await generate(page);

    const headers = page.getByRole('table', { name: 'Threat register' }).getByRole('columnheader');
    await expect(headers).toHaveText(HEADERS);
    const { total } = await registerCount(page);
    await page.screenshot({ path: test.info().outputPath('register.png') });

    await showThreats(page, 'Risk matrix');
    const grid = page.getByRole('grid', { name: 'Inherent risk matrix' });
    await expect(grid.getByRole('gridcell')).toHaveCount(25);
    const inherent = await matrixCounts(page);
    expect(inherent.sum).toBe(total);
    await page.screenshot({ path: test.info().outputPath('matrix.png') });

    // A click on a cell narrows the register to exactly the threats the cell counts.
    const [key, count] = Object.entries(inherent.cells).find(([, n]) => n > 0) ?? ['', 0];
    const [likelihood, impact] = key.split('×');
    await grid.locator(`button[data-likelihood="${likelihood}"][data-impact="${impact}"]`).click();
    await expect(page.getByRole('tab', { name: 'Register', exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect((await registerCount(page)).shown).toBe(count);
  });

  test('making a flow cleartext in live mode adds a new threat to review', async ({ page }) => {
    await openApp(page);
    const { flows } = await drawSmallApi(page);
    await generate(page);

    await page.getByRole('checkbox', { name: 'Select all shown' }).check();
    await page.getByRole('button', { name: 'Mark reviewed' }).click();
    const summary = page.locator('.review-summary');
    await expect(summary).toHaveText('Nothing to review');
    const before = (await registerCount(page)).total;

    await page.getByRole('switch', { name: 'Live' }).check();
    await setProtocol(page, flows[0]!, 'HTTP');

    await expect(summary).toHaveText(/^[1-9]\d* new, \d+ stale$/);
    await showThreats(page, 'Register');
    await expect.poll(async () => (await registerCount(page)).total).toBeGreaterThan(before);
    await summary.click();
    await expect(page.locator('[role="row"][data-threat-id] .marker-new').first()).toBeVisible();
    await expect(page.locator('[role="row"][data-threat-id]').first()).toContainText(/Data flow/);
    await page.screenshot({ path: test.info().outputPath('live-new-threat.png') });
  });

  test('implementing a mitigation lowers residual risk and moves the threat on the matrix', async ({
    page,
  }) => {
    await openApp(page);
    await drawSmallApi(page);
    await generate(page);

    await showThreats(page, 'Risk matrix');
    await page.getByRole('button', { name: 'Residual', exact: true }).click();
    const before = await matrixCounts(page);

    await showThreats(page, 'Register');
    const row = firstThreatRow(page);
    const threatId = await row.getAttribute('data-threat-id');
    await row.locator('.cell-title button').click();
    const detail = page.getByRole('region', { name: /^T-\d{4}/ });
    await detail
      .getByLabel('New mitigation for this threat')
      .fill('Enforce TLS and authentication');
    await detail.getByRole('button', { name: 'Add mitigation' }).click();

    await showThreats(page, 'Mitigations');
    const editor = page.getByRole('form', { name: 'Mitigation Enforce TLS and authentication' });
    await editor.getByLabel('Owner').fill('Platform team');
    await editor.getByLabel('Owner').press('Enter');
    await editor.getByLabel('Status').selectOption('implemented');

    await showThreats(page, 'Register');
    const sameRow = page.locator(`[role="row"][data-threat-id="${threatId}"]`);
    await expect(sameRow.locator('.strike')).toBeVisible();
    await showThreats(page, 'Risk matrix');
    await expect(page.getByRole('grid', { name: 'Residual risk matrix' })).toBeVisible();
    const after = await matrixCounts(page);
    expect(after.sum).toBe(before.sum);
    expect(after.cells).not.toEqual(before.cells);
    await page.screenshot({ path: test.info().outputPath('matrix-residual.png') });
  });

  test('decisions survive a reload and a regeneration, with nothing duplicated or lost', async ({
    page,
  }) => {
    await openApp(page);
    await drawSmallApi(page);
    await generate(page);
    const rows = page.locator('[role="row"][data-threat-id]');

    // Accept one threat, with the justification the decision needs.
    await rows
      .nth(0)
      .getByRole('button', { name: /^Status of/ })
      .click();
    await rows
      .nth(0)
      .getByRole('combobox', { name: /^Status of/ })
      .selectOption('accepted');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Set accepted' }).click();
    await expect(dialog.getByRole('alert')).toContainText('justification');
    await dialog.getByLabel('Justification').fill('Only internal partners reach this API.');
    await dialog.getByRole('button', { name: 'Set accepted' }).click();
    await expect(dialog).toBeHidden();

    // Rate another by hand and cover a third with an implemented mitigation.
    await rows
      .nth(1)
      .getByRole('button', { name: /^Likelihood of/ })
      .click();
    await rows
      .nth(1)
      .getByRole('combobox', { name: /^Likelihood of/ })
      .selectOption('1');
    await rows.nth(2).locator('.cell-title button').click();
    await page.getByLabel('New mitigation for this threat').fill('Rate limit at the gateway');
    await page.getByRole('button', { name: 'Add mitigation' }).click();
    await showThreats(page, 'Mitigations');
    await page.getByLabel('Status').selectOption('implemented');

    const decided = await threatSnapshot(page);
    expect(decided.threats.filter((threat) => threat.status === 'accepted')).toHaveLength(1);

    // Save the model to a file, reload the app and open that file again.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save', exact: true }).click(),
    ]);
    const file = test.info().outputPath('decisions.gatehouse');
    await download.saveAs(file);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Generate threats' })).toBeVisible();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open…' }).click(),
    ]);
    await chooser.setFiles(file);
    await expect.poll(() => threatSnapshot(page)).toEqual(decided);

    await page.getByRole('button', { name: 'Generate threats' }).click();
    await expect(page.getByRole('status')).toContainText('0 new, 0 stale');
    expect(await threatSnapshot(page)).toEqual(decided);
    const ids = decided.threats.map((threat) => threat.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a threat added by hand can be copied to other elements', async ({ page }) => {
    await openApp(page);
    await drawSmallApi(page);
    await generate(page);
    const before = (await registerCount(page)).total;

    await page.getByText('Add a threat by hand').first().click();
    const form = page.locator('.threat-register .add-threat');
    await form.getByLabel('Element').selectOption({ label: 'Process' });
    await form.getByLabel('Threat title').fill('Operators can read every payment');
    await form.getByLabel('STRIDE category').selectOption('I');
    await form.getByRole('button', { name: 'Add threat' }).click();

    const detail = page.getByRole('region', { name: /Operators can read every payment/ });
    await expect(detail).toContainText('Written by hand');
    await detail
      .getByLabel('Copy to elements')
      .selectOption([{ label: 'External entity' }, { label: 'Data store' }]);
    await detail.getByRole('button', { name: 'Copy threat' }).click();
    await expect(detail).toContainText('Copied to 2 elements.');
    expect((await registerCount(page)).total).toBe(before + 3);
  });

  test('rule packs turn off per model, and a broken user pack is refused in words', async ({
    page,
  }) => {
    await openApp(page);
    await drawSmallApi(page);
    await generate(page);
    await showThreats(page, 'Rule packs');

    const upload = page.getByLabel('Load a rule pack (JSON)');
    await upload.setInputFiles({
      name: 'team.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ id: 'Team Pack', name: 'Team', rules: [] })),
    });
    await expect(page.getByRole('alert')).toContainText('The rule pack was not loaded');
    await expect(page.getByRole('alert')).toContainText('lower-case');

    const stride = page.getByRole('checkbox', { name: /STRIDE per element/ });
    await stride.uncheck();
    await page.getByRole('button', { name: 'Generate threats' }).click();
    await expect(page.getByRole('status')).toContainText(/[1-9]\d* stale/);
    await stride.check();
    await page.getByRole('button', { name: 'Generate threats' }).click();
    await expect(page.getByRole('status')).toContainText(/: 0 new, 0 stale, [1-9]\d* back/);
  });

  test('every threat view passes axe in the light and the dark theme', async ({ page }) => {
    test.setTimeout(180_000);
    await openApp(page);
    await drawSmallApi(page);
    await generate(page);
    await firstThreatRow(page).locator('.cell-title button').click();
    await page.getByLabel('New mitigation for this threat').fill('Validate every request');
    await page.getByRole('button', { name: 'Add mitigation' }).click();

    for (const tab of ['Register', 'Risk matrix', 'Mitigations', 'Plan', 'Rule packs']) {
      await showThreats(page, tab);
      await expectAccessibleInBothThemes(page, `the ${tab} view`);
    }
    await setTheme(page, 'dark');
    await showThreats(page, 'Register');
    await page.screenshot({ path: test.info().outputPath('register-dark.png') });
    await showThreats(page, 'Plan');
    await page.screenshot({ path: test.info().outputPath('plan-dark.png') });
  });
});
