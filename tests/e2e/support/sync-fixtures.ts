/**
 * `test` for the sync story: one central server and two desks (A and B), each desk with its own
 * browser context, since both hosts live on 127.0.0.1 and cookies do not tell ports apart.
 *
 * @example
 * test('two desks', async ({ pageA, pageB, syncServer }) => { await pageA.goto('/'); });
 */
import path from 'node:path';
import { stat } from 'node:fs/promises';
import { test as base, type Page } from '@playwright/test';
import { startDesk, startLink, startSyncServer, type Link, type Running, type SyncServer } from './sync-world.js';

const staticDir = path.resolve(import.meta.dirname, '..', '..', '..', 'dist', 'renderer');

async function assertRendererBuilt(): Promise<void> {
  try {
    await stat(path.join(staticDir, 'index.html'));
  } catch {
    throw new Error(`Renderer not built at ${staticDir}; run "npx tsx scripts/build.ts --renderer" first.`);
  }
}

/** `link`: the cuttable network between a desk and `syncServer` (connect a desk to `link.url`). */
type SyncFixtures = { syncServer: SyncServer; link: Link; deskA: Running; deskB: Running; pageA: Page; pageB: Page };

export const test = base.extend<SyncFixtures>({
  // Playwright requires an object pattern as the first parameter, even when no fixture is used.
  // eslint-disable-next-line no-empty-pattern
  syncServer: async ({}, use) => {
    const server = await startSyncServer();
    try {
      await use(server);
    } finally {
      await server.close();
    }
  },
  link: async ({ syncServer }, use) => {
    const link = await startLink(syncServer.url);
    try {
      await use(link);
    } finally {
      await link.close();
    }
  },
  // eslint-disable-next-line no-empty-pattern
  deskA: async ({}, use) => {
    await assertRendererBuilt();
    const desk = await startDesk(staticDir);
    try {
      await use(desk);
    } finally {
      await desk.close();
    }
  },
  // eslint-disable-next-line no-empty-pattern
  deskB: async ({}, use) => {
    await assertRendererBuilt();
    const desk = await startDesk(staticDir);
    try {
      await use(desk);
    } finally {
      await desk.close();
    }
  },
  pageA: async ({ browser, deskA }, use) => {
    const context = await browser.newContext({ baseURL: deskA.url });
    try {
      await use(await context.newPage());
    } finally {
      await context.close();
    }
  },
  pageB: async ({ browser, deskB }, use) => {
    const context = await browser.newContext({ baseURL: deskB.url });
    try {
      await use(await context.newPage());
    } finally {
      await context.close();
    }
  },
});

export { expect } from '@playwright/test';
