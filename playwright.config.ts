import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the browser-mode host with the system Chromium (Playwright's own
 * browser download is not available offline). There is no `webServer`: each test starts its
 * own host on a random port with a fresh data dir (see `tests/e2e/fixtures.ts`), so tests
 * never share a database.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // One worker: two cores are shared by Chromium, the host and SQLite.
  workers: 1,
  retries: 0,
  reporter: 'list',
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  use: {
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
});
