import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, test } from '@playwright/test';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

test.describe("importing another tool's file", () => {
  test('importing an OpenAPI spec opens it as a new diagram of its services', async ({ page }) => {
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'petstore.yaml',
      mimeType: 'application/yaml',
      buffer: readFileSync(path.join(fixtures, 'openapi/swagger-petstore-v3.openapi.yaml')),
    });
    await expect(page.getByRole('status')).toHaveText(
      /Imported petstore\.yaml \(OpenAPI 3\.0\.4\)/,
    );
    await expect(page.locator('.react-flow__node')).not.toHaveCount(0);
  });

  test('a file that is no model leaves the open one alone and says why', async ({ page }) => {
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"a": 1}'),
    });
    const dialog = page.getByRole('dialog', { name: 'notes.json was not imported' });
    await expect(dialog).toContainText('not a format Gatehouse recognises');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });
});
