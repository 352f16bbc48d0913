/**
 * Finds a Chromium for the browser tests: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or the
 * browser Playwright downloaded, in that order.
 */
import { existsSync } from 'node:fs';

import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
  'point CHROMIUM_PATH at one, or run `npx playwright install chromium`.';

export function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    safePlaywrightPath(),
  ];
  return (
    candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ??
    null
  );
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
