/**
 * Budgets of the canvas and autosave, in headless Chromium against the production build
 * (`npm run bench` builds it first): drawing a 1,000-element model, dragging a node among about
 * 500 boxes without the others re-rendering, and autosaving a 1,000-element model without a
 * main-thread task over 50 ms.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';

import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/chromium';
import { syntheticModel } from '../../support/syntheticModel';
import type { BenchCase } from '../measure';
import type {} from '../../../renderer/store/testHook';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

interface Session {
  browser: Browser;
  server: http.Server;
  url: string;
}

let session: Promise<Session> | null = null;

function serve(dir: string): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

function start(root: string): Promise<Session> {
  session ??= (async () => {
    const dir = path.join(root, 'dist', 'renderer');
    if (!existsSync(path.join(dir, 'index.html')))
      throw new Error(
        'No production build: run `npx vite build --config renderer/vite.config.ts`.',
      );
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium found for the canvas benchmarks.');
    const { server, url } = await serve(dir);
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    return { browser, server, url };
  })();
  return session;
}

async function stop(): Promise<void> {
  if (!session) return;
  const { browser, server } = await session;
  await browser.close();
  server.close();
  session = null;
}

async function openWithModel(
  root: string,
  elements: number,
): Promise<{ page: Page; drawMs: number }> {
  const { browser, url } = await start(root);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}/?testHook`);
  await page.waitForSelector('html[data-workspace="ready"] .react-flow__pane');
  const text = JSON.stringify(syntheticModel(elements));
  const drawMs = await page.evaluate(async (json) => {
    const store = window.__gatehouse!.store;
    const model = JSON.parse(json);
    const start = performance.now();
    store.getState().loadDocument(model);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    while (document.querySelectorAll('.react-flow__node').length === 0) await frame();
    await frame();
    await frame();
    return performance.now() - start;
  }, text);
  return { page, drawMs };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const cases: BenchCase[] = [
  {
    name: 'canvas: draw a 1,000-element model, production build, headless Chromium',
    budgetMs: 2000,
    run: async ({ root }) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const { page, drawMs } = await openWithModel(root, 1000);
        times.push(drawMs);
        await page.context().close();
      }
      return percentile(times, 50);
    },
  },
  {
    name: 'canvas: drag a node among 500 boxes, p95 frame gap (no other node re-renders)',
    budgetMs: 50,
    run: async ({ root }) => {
      const { page } = await openWithModel(root, 1000);
      const boxes = await page.evaluate(
        () =>
          window
            .__gatehouse!.store.getState()
            .model.diagrams[0]!.elements.filter((e) => e.kind !== 'dataFlow').length,
      );
      const target = 'proc_3';
      await page.evaluate((id) => window.__gatehouse!.store.getState().revealElement(id), target);
      await page.waitForTimeout(600);
      const node = page.locator(`.react-flow__node[data-id="${target}"]`);
      const box = (await node.boundingBox())!;
      await page.evaluate(() => {
        window.__gatehouse!.renders.clear();
        const gaps: number[] = [];
        (window as unknown as { __gaps: number[] }).__gaps = gaps;
        let last = performance.now();
        const tick = (now: number) => {
          gaps.push(now - last);
          last = now;
          if ((window as unknown as { __gaps?: number[] }).__gaps === gaps)
            requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      for (let step = 1; step <= 60; step++) {
        await page.mouse.move(box.x + box.width / 2 + step * 5, box.y + box.height / 2 + step * 2);
      }
      const during = await page.evaluate(() => {
        const gaps = (window as unknown as { __gaps: number[] }).__gaps.slice(1);
        delete (window as unknown as { __gaps?: number[] }).__gaps;
        return { gaps, renders: [...window.__gatehouse!.renders.entries()] };
      });
      await page.mouse.up();
      await page.context().close();
      await stop();

      const others = during.renders.filter(([id]) => id !== target);
      if (others.length > 0) {
        throw new Error(
          `${others.length} other nodes re-rendered during the drag (of ${boxes}): ${others
            .slice(0, 5)
            .map(([id, n]) => `${id}×${n}`)
            .join(', ')}`,
        );
      }
      process.stderr.write(
        `  ${boxes} boxes; ${during.gaps.length} frames; other nodes re-rendered: 0; dragged node rendered ${during.renders.find(([id]) => id === target)?.[1] ?? 0}×\n`,
      );
      return percentile(during.gaps, 95);
    },
  },
  {
    name: 'autosave a 1,000-element model: longest main-thread task',
    budgetMs: 50,
    run: async ({ root }) => {
      const { page } = await openWithModel(root, 1000);
      const result = await page.evaluate(async () => {
        const longTasks: number[] = [];
        const windows: Array<[number, number]> = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const inside = windows.some(
              ([from, to]) => entry.startTime >= from && entry.startTime <= to,
            );
            if (inside) longTasks.push(entry.duration);
          }
        });
        observer.observe({ type: 'longtask' });
        const store = window.__gatehouse!.store;
        const serialize: number[] = [];
        for (let i = 0; i < 5; i++) {
          performance.clearMeasures('autosave-serialize');
          // The edit and its re-render come first; only the autosave itself is watched.
          store.getState().updateElement('proc_3', { name: `Renamed ${i}` });
          await new Promise((resolve) => setTimeout(resolve, 800));
          await new Promise((resolve) => setTimeout(resolve, 0));
          const from = performance.now();
          await window.__gatehouse!.flushAutosave!();
          windows.push([from, performance.now()]);
          const measure = performance.getEntriesByName('autosave-serialize')[0];
          if (measure) serialize.push(measure.duration);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
        observer.disconnect();
        return { longTasks, serialize };
      });
      await page.context().close();
      await stop();
      process.stderr.write(
        `  long tasks over 50 ms: ${result.longTasks.length}; serialising on the main thread: ${result.serialize.map((ms) => ms.toFixed(1)).join(', ')} ms\n`,
      );
      return Math.max(0, ...result.longTasks, ...result.serialize);
    },
  },
];

export default cases;
