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

/**
 * Records a Chrome performance trace from now on. The long-task API only reports tasks over 50 ms,
 * which hides how close to the budget an edit is; the trace has every main-thread task.
 */
async function startWatching(session: Session): Promise<void> {
  await session.browser.startTracing(session.page, {
    categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'],
  });
}

/** What a main-thread task is called in the trace, by older and newer Chromium. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** How long after an edit its own work (rendering, deferred views) is counted; autosave waits 1 s. */
const EDIT_WINDOW_US = 500_000;

/** The mark the page sets just before each edit. */
const EDIT_MARK = 'bench-edit';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * The durations in milliseconds of the renderer's main-thread tasks of 10 ms or more that ran
 * within half a second of an edit: the edit's own work, not the autosave a second later.
 */
async function stopWatching(session: Session): Promise<number[]> {
  const buffer = await session.browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  if (mainThreads.size === 0) throw new Error('The trace has no renderer main thread.');
  const edits = traceEvents.filter((event) => event.name === EDIT_MARK).map((event) => event.ts);
  if (edits.length === 0) throw new Error('The trace has no edit marks.');
  return traceEvents
    .filter(
      (event) =>
        TASK_EVENTS.has(event.name) &&
        mainThreads.has(`${event.pid}:${event.tid}`) &&
        (event.dur ?? 0) >= 10_000 &&
        edits.some((at) => event.ts + (event.dur ?? 0) >= at && event.ts <= at + EDIT_WINDOW_US),
    )
    .map((event) => (event.dur ?? 0) / 1000);
}

function report(label: string, tasks: number[]): number {
  const longest = Math.max(0, ...tasks);
  process.stderr.write(
    `  ${label}: ${tasks.length} tasks of 10 ms or more, longest ${longest.toFixed(1)} ms (${tasks
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
        await startWatching(session);
        await page.evaluate(
          async ({ id, edits, mark }) => {
            const store = window.__gatehouse!.store;
            for (let i = 0; i < edits; i++) {
              performance.mark(mark);
              store.getState().updateElement(id, { name: `Renamed service ${i}` });
              // Wait past the deferred work and the autosave's quiet period of each edit.
              await new Promise((resolve) => setTimeout(resolve, 1200));
            }
          },
          { id: TARGET, edits: EDITS, mark: EDIT_MARK },
        );
        return report('rename', await stopWatching(session));
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
        await startWatching(session);
        for (let i = 0; i < EDITS; i++) {
          await page.evaluate((mark) => performance.mark(mark), EDIT_MARK);
          await handle.selectOption(choices[i % choices.length]!);
          await page.waitForTimeout(1200);
        }
        return report('inspector', await stopWatching(session));
      } finally {
        await close(session);
      }
    },
  },
];

export default cases;
