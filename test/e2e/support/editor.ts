/** Helpers for the editor's browser tests: the store through the test hook, and canvas geometry. */
import { expect, type Page } from '@playwright/test';

import type {} from '../../../renderer/store/testHook';
import type { Element, ThreatModel } from '../../../shared/model/types';

export async function openEditor(page: Page, path = '/?testHook'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-workspace', 'ready');
  await expect(page.locator('.react-flow__pane')).toBeVisible();
}

export async function model(page: Page): Promise<ThreatModel> {
  return page.evaluate(() => window.__gatehouse!.store.getState().model);
}

export async function elementsNamed(page: Page): Promise<Map<string, Element>> {
  const current = await model(page);
  return new Map(current.diagrams.flatMap((d) => d.elements).map((e) => [e.name, e]));
}

export async function selectedId(page: Page): Promise<string> {
  const id = await page.evaluate(() => window.__gatehouse!.store.getState().selectedIds[0]);
  expect(id).toBeTruthy();
  return id as string;
}

/** The centre of a node on screen. */
export async function nodeCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`node ${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags a palette button onto the canvas at a point of the page. */
export async function dropFromPalette(
  page: Page,
  name: string,
  at: { x: number; y: number },
): Promise<string> {
  const pane = page.locator('.react-flow__pane');
  const paneBox = await pane.boundingBox();
  if (!paneBox) throw new Error('no canvas');
  await page
    .getByRole('navigation', { name: 'Palette' })
    .getByRole('button', { name, exact: true })
    .dragTo(pane, { targetPosition: { x: at.x - paneBox.x, y: at.y - paneBox.y } });
  return selectedId(page);
}

export async function clickPalette(page: Page, name: string): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Palette' })
    .getByRole('button', { name, exact: true })
    .click();
  return selectedId(page);
}

/** Types into an inspector field, replacing what is there, and leaves it. */
export async function setField(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByRole('complementary').getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}
