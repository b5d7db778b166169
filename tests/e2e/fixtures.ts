import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { createCore } from '../../electron/core/app.js';
import { startHttpHost } from '../../electron/transports/http.js';

/** A running browser-mode host, private to one test. */
export interface BrowserHost {
  url: string;
  dataDir: string;
}

const staticDir = path.resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');

async function assertRendererBuilt(): Promise<void> {
  try {
    await stat(path.join(staticDir, 'index.html'));
  } catch {
    // A missing build would otherwise surface as a confusing 404 in the first assertion.
    throw new Error(`Renderer not built at ${staticDir}; run "npx tsx scripts/build.ts --renderer" first.`);
  }
}

/**
 * `test` with a fresh browser-mode host per test: a temp data dir, a core on it and the HTTP
 * host on a random 127.0.0.1 port. `baseURL` points at it, so `page.goto('/')` just works.
 *
 * @example
 * test('opens', async ({ page }) => { await page.goto('/'); });
 */
export const test = base.extend<{ host: BrowserHost }>({
  // Playwright requires an object pattern as the first parameter, even when no fixture is used.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    await assertRendererBuilt();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'meja-e2e-'));
    const core = await createCore({ dataDir });
    let http: Awaited<ReturnType<typeof startHttpHost>> | undefined;
    try {
      http = await startHttpHost(core, { port: 0, staticDir });
      await use({ url: http.url, dataDir });
    } finally {
      // Host first so no request reaches a closed core; core close checkpoints SQLite.
      await http?.close();
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  baseURL: async ({ host }, use) => {
    await use(host.url);
  },
});

export { expect } from '@playwright/test';
