/**
 * Prints the HTML report to PDF with a headless Chromium driven by playwright-core. The page is
 * loaded with JavaScript disabled and every network request refused, so a hostile model cannot do
 * anything in the browser even if some text slipped through escaping.
 */
import { existsSync } from 'node:fs';

import type * as PlaywrightModule from 'playwright-core';

import type { PageSize } from '../../shared/report/print';
import { reportPrintSettings } from '../../shared/report/print';

type PlaywrightCore = typeof PlaywrightModule;

export type PdfResult = { ok: true; pdf: Uint8Array } | { ok: false; message: string };

const LAUNCH_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The advice printed when no browser is found. */
export const NO_CHROMIUM_MESSAGE =
  'PDF needs a Chromium and none was found. Install one (Debian/Ubuntu: `apt-get install chromium`), ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome executable, or run `npx playwright install chromium`; ' +
  'or export HTML (`--format html`) and print it from a browser.';

/** The Chromium to use: CHROMIUM_PATH, then Debian's, then Playwright's own download. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const candidates: string[] = [];
  if (env.CHROMIUM_PATH) candidates.push(env.CHROMIUM_PATH);
  // The real binary skips the Debian wrapper script and its start-up noise.
  candidates.push('/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser');
  try {
    const { chromium } = await import('playwright-core');
    candidates.push(chromium.executablePath());
  } catch (_error) {
    // playwright-core is optional at run time; without it there is no PDF anyway.
  }
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return candidates.find((candidate) => candidate !== '' && existsSync(candidate)) ?? null;
}

/** Renders `html` to a PDF of the given paper size. */
export async function printPdf(
  html: string,
  pageSize: PageSize,
  executablePath: string,
): Promise<PdfResult> {
  let playwright: PlaywrightCore;
  try {
    playwright = await import('playwright-core');
  } catch (_error) {
    return { ok: false, message: `playwright-core is not installed. ${NO_CHROMIUM_MESSAGE}` };
  }

  const args = process.getuid?.() === 0 ? ['--no-sandbox', ...LAUNCH_ARGS] : LAUNCH_ARGS;
  const browser = await playwright.chromium.launch({ executablePath, headless: true, args });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const settings = reportPrintSettings(pageSize);
    const pdf = await page.pdf({
      format: settings.pageSize,
      printBackground: settings.printBackground,
      preferCSSPageSize: settings.preferCSSPageSize,
      displayHeaderFooter: settings.displayHeaderFooter,
    });
    return { ok: true, pdf: new Uint8Array(pdf) };
  } finally {
    await browser.close();
  }
}
