import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

/** The e2e suite runs against the production build served under a GitHub Pages-like sub-path. */
export const basePath = '/aif-c01/';
const port = Number(process.env.E2E_PORT || 4399);
const baseURL = `http://127.0.0.1:${port}${basePath}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores here and in CI.
  workers: 2,
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  // A test tagged @desktop or @phone runs on that project only, where the other screen cannot
  // differ; filtering by tag, not skipping, spares a browser page per test that would not run.
  projects: [
    { name: 'desktop', grepInvert: /@phone\b/, use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      grepInvert: /@desktop\b/,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: {
    command: 'node scripts/serve.mjs',
    url: baseURL,
    env: { BASE_PATH: basePath, PORT: String(port), DIST_DIR: process.env.DIST_DIR || 'dist' },
    reuseExistingServer: !process.env.CI,
  },
});
