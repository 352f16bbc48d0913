import { expect, test } from '@playwright/test';

import { expectAccessibleInBothThemes, setTheme } from './support/axe';

test.describe('app shell', () => {
  test('opening the app shows an empty model with its commands', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    await page.goto('/');

    await expect(page.getByRole('heading', { name: /Gatehouse/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open…' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Ready.');
    await page.screenshot({ path: test.info().outputPath('shell-light.png') });
    await setTheme(page, 'dark');
    await page.screenshot({ path: test.info().outputPath('shell-dark.png') });
    expect(errors).toEqual([]);
  });

  test('the shell passes axe in both themes', async ({ page }) => {
    await page.goto('/');
    await expectAccessibleInBothThemes(page, 'the app shell');
  });

  test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
    await page.goto('/');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
  });
});
