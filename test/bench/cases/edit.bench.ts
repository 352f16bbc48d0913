/**
 * Budgets of a single edit in a large model, in the production build in headless Chromium: renaming
 * one element of a 1,000-element model through the store, and changing one property of the
 * selected element through the inspector, each without a main-thread task over 50 ms. The model
 * has its threats generated, so the canvas badges and the threat views are part of the picture.
 */
import path from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';

import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../../e2e/support/chromium';
import { syntheticModel } from '../../support/syntheticModel';
import type { BenchCase } from '../measure';
import { serveStatic, type StaticServer } from '../support/staticServer';
import type {} from '../../../renderer/store/testHook';

const ELEMENTS = 1000;
const TARGET = 'proc_3';
const EDITS = 6;

interface Session {
  browser: Browser;
  server: StaticServer;
  page: Page;
}

async function open(root: string): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  const server = await serveStatic(path.join(root, 'dist/renderer'));
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}/?testHook`);
  await page.waitForSelector('html[data-workspace="ready"] .react-flow__pane');
  await page.evaluate(
    (json) => {
      window.__gatehouse!.store.getState().loadDocument(JSON.parse(json));
    },
    JSON.stringify(syntheticModel(ELEMENTS)),
  );
  await page.waitForSelector('.react-flow__node');
  // With threats, so the badges on the canvas and the register have something to show.
  await page.getByRole('button', { name: 'Generate threats' }).click();
  // Let start-up work (drawing, the first lint, autosave) settle before anything is watched.
  await page.waitForTimeout(2500);
  return { browser, server, page };
}

async function close(session: Session): Promise<void> {
  await session.browser.close();
  await session.server.close();
}

/** Records long tasks from now on; `stopWatching` returns the durations seen. */
async function startWatching(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    (window as unknown as { __watch: { tasks: number[]; observer: PerformanceObserver } }).__watch =
      { tasks, observer };
  });
}

async function stopWatching(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    // Long-task entries are delivered after the task ends; give them a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const watch = (
      window as unknown as { __watch: { tasks: number[]; observer: PerformanceObserver } }
    ).__watch;
    watch.observer.disconnect();
    return watch.tasks;
  });
}

function report(label: string, tasks: number[]): number {
  const longest = Math.max(0, ...tasks);
  process.stderr.write(
    `  ${label}: ${tasks.length} long tasks, longest ${longest.toFixed(1)} ms (${tasks
      .map((ms) => ms.toFixed(0))
      .join(', ')})\n`,
  );
  return longest;
}

const cases: BenchCase[] = [
  {
    name: 'rename one element of a 1,000-element model: longest main-thread task',
    budgetMs: 50,
    run: async ({ root }) => {
      const session = await open(root);
      try {
        const { page } = session;
        await startWatching(page);
        await page.evaluate(
          async ({ id, edits }) => {
            const store = window.__gatehouse!.store;
            for (let i = 0; i < edits; i++) {
              store.getState().updateElement(id, { name: `Renamed service ${i}` });
              // Wait past the deferred work and the autosave's quiet period of each edit.
              await new Promise((resolve) => setTimeout(resolve, 1200));
            }
          },
          { id: TARGET, edits: EDITS },
        );
        return report('rename', await stopWatching(page));
      } finally {
        await close(session);
      }
    },
  },
  {
    name: 'change one property in the inspector, 1,000-element model: longest main-thread task',
    budgetMs: 50,
    run: async ({ root }) => {
      const session = await open(root);
      try {
        const { page } = session;
        await page.evaluate((id) => {
          const state = window.__gatehouse!.store.getState();
          state.select([id]);
        }, TARGET);
        const field = page.locator('.inspector label', { hasText: 'Exposure' }).locator('select');
        await field.waitFor();
        await page.waitForTimeout(1200);
        const handle = await field.elementHandle();
        if (!handle) throw new Error('The inspector has no Exposure field.');
        // Every step picks a value other than the current one, so each is a real edit.
        const choices = await handle.evaluate((select) => {
          const { options, value } = select as HTMLSelectElement;
          return [...options].map((option) => option.value).filter((choice) => choice !== value);
        });
        await startWatching(page);
        for (let i = 0; i < EDITS; i++) {
          await handle.selectOption(choices[i % choices.length]!);
          await page.waitForTimeout(1200);
        }
        return report('inspector', await stopWatching(page));
      } finally {
        await close(session);
      }
    },
  },
];

export default cases;
