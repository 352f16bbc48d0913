/** Steps the threat specs share: drawing a small API, reaching the threat views, reading counts. */
import { expect, type Page } from '@playwright/test';

import type { TestHook } from '../../../renderer/store/testHook';

/** Opens the app with the store reachable from tests (`window.__gatehouse`). */
export async function openApp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as { __gatehouseTest?: boolean }).__gatehouseTest = true;
    // Files go through the plain <input type=file> and download paths, which tests can drive.
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Generate threats' })).toBeVisible();
}

/** Ids of the elements of the first diagram, by kind, in the order they were added. */
export async function elementIds(page: Page, kind: string): Promise<string[]> {
  return page.evaluate(
    (wanted) =>
      (window as { __gatehouse?: TestHook })
        .__gatehouse!.store.getState()
        .model.diagrams[0]!.elements.filter((element) => element.kind === wanted)
        .map((element) => element.id),
    kind,
  );
}

export async function selectElement(page: Page, id: string): Promise<void> {
  await page.evaluate(
    (elementId) =>
      (window as { __gatehouse?: TestHook }).__gatehouse!.store.getState().select([elementId]),
    id,
  );
}

/** Sets the protocol of a flow through the inspector, as a person would. */
export async function setProtocol(page: Page, flowId: string, protocol: string): Promise<void> {
  await selectElement(page, flowId);
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const field = page.getByRole('combobox', { name: /^Protocol/ });
  await field.fill(protocol);
  await field.blur();
}

/**
 * Draws a client, an API process and a database, with a flow from the client to the API and from
 * the API to the database, both over HTTPS.
 */
export async function drawSmallApi(page: Page): Promise<{ flows: string[] }> {
  const palette = page.getByRole('navigation', { name: 'Palette' });
  await palette.getByRole('button', { name: 'External entity' }).click();
  await palette.getByRole('button', { name: 'Process' }).click();
  await palette.getByRole('button', { name: 'Data store' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);

  for (const [source, target] of [
    ['External entity — External entity', 'Process — Process'],
    ['Process — Process', 'Data store — Data store'],
  ] as const) {
    await palette.getByRole('button', { name: 'Data flow' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a data flow' });
    await dialog.getByLabel('Source').selectOption({ label: source });
    await dialog.getByLabel('Target').selectOption({ label: target });
    await dialog.getByRole('button', { name: 'Add flow' }).click();
  }
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  const flows = await elementIds(page, 'dataFlow');
  for (const flow of flows) await setProtocol(page, flow, 'HTTPS');
  return { flows };
}

export async function showThreats(page: Page, tab: string): Promise<void> {
  await page.getByRole('tab', { name: 'Threats', exact: true }).click();
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

/** The number of threats the register says it has ("12 threats" or "3 of 12 threats shown"). */
export async function registerCount(page: Page): Promise<{ shown: number; total: number }> {
  const text =
    (await page.locator('.threat-register .panel-heading [aria-live]').textContent()) ?? '';
  const all = /^(\d+) threats?$/.exec(text);
  if (all) return { shown: Number(all[1]), total: Number(all[1]) };
  const some = /^(\d+) of (\d+) threats shown$/.exec(text);
  if (!some) throw new Error(`Unexpected register count: ${text}`);
  return { shown: Number(some[1]), total: Number(some[2]) };
}

/** Counts per cell of the matrix on screen, keyed `likelihood×impact`, and their sum. */
export async function matrixCounts(
  page: Page,
): Promise<{ cells: Record<string, number>; sum: number }> {
  const cells: Record<string, number> = {};
  let sum = 0;
  for (const cell of await page.getByRole('grid').locator('button.matrix-cell').all()) {
    const key = `${await cell.getAttribute('data-likelihood')}×${await cell.getAttribute('data-impact')}`;
    const count = Number(await cell.textContent());
    cells[key] = count;
    sum += count;
  }
  return { cells, sum };
}

/** A snapshot of the model's threats and mitigations, for comparing before and after. */
export async function threatSnapshot(page: Page) {
  return page.evaluate(() => {
    const model = (window as { __gatehouse?: TestHook }).__gatehouse!.store.getState().model;
    return {
      threats: model.threats
        .map((threat) => ({
          id: threat.id,
          number: threat.number,
          status: threat.status,
          justification: threat.justification,
          likelihood: threat.likelihood,
          impact: threat.impact,
          mitigationIds: threat.mitigationIds,
          stale: threat.stale,
        }))
        .sort((a, b) => a.number - b.number),
      mitigations: model.mitigations.map((mitigation) => ({
        id: mitigation.id,
        title: mitigation.title,
        status: mitigation.status,
        owner: mitigation.owner,
      })),
    };
  });
}
