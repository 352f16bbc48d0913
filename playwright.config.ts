/**
 * Browser tests drive the production build of the renderer in Chromium; the Electron tests drive
 * the desktop app where an Electron binary is available and say why they skipped where it is not.
 */
import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './test/e2e/support/chromium';

const executablePath = findChromium();
if (!executablePath) {
  process.stderr.write(`${HOW_TO_GET_CHROMIUM}\n`);
  process.exit(2);
}

const PORT = 4317;

export default defineConfig({
  testDir: './test/e2e',
  outputDir: './test-results',
  timeout: 60_000,
  fullyParallel: false,
  workers: process.env.CI ? 2 : 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'web', testIgnore: /electron\// },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
