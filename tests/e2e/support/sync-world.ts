/**
 * The pieces of the sync story in one process: a central server on 127.0.0.1 (real Fastify over
 * in-memory PGlite) and browser-mode desks (real cores on their own temp SQLite files), all
 * reached over real HTTP.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildServer } from '../../../server/app.js';
import { connectDatabase } from '../../../server/db/connect.js';
import { createCore } from '../../../electron/core/app.js';
import { startHttpHost } from '../../../electron/transports/http.js';

export const BOOTSTRAP_SECRET = 'rahasia-bootstrap-uji';

export type Running = { url: string; close: () => Promise<void> };

/** The central sync server on a random loopback port. */
export async function startSyncServer(): Promise<Running> {
  const { db, close } = await connectDatabase({ dataDir: 'memory://' });
  const app = buildServer({ db, secret: 'kunci-uji-yang-cukup-panjang-untuk-hmac', bootstrapSecret: BOOTSTRAP_SECRET });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    close: async () => {
      await app.close();
      await close();
    },
  };
}

/**
 * A browser-mode desk. Its background sync only runs on its own long timer: a test that stages
 * a conflict decides itself, with "Sinkron sekarang", which desk's edit reaches the server first
 * (the default pushes about a second after every edit, which would race the test's clicks).
 */
export async function startDesk(staticDir: string): Promise<Running> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'meja-e2e-sync-'));
  const core = await createCore({ dataDir, sync: { engine: { debounceMs: 10 * 60_000, intervalMs: 10 * 60_000 } } });
  let http: Awaited<ReturnType<typeof startHttpHost>>;
  try {
    http = await startHttpHost(core, { port: 0, staticDir });
  } catch (e) {
    await core.close();
    await rm(dataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: http.url,
    close: async () => {
      // Host first so no request reaches a closed core; core close checkpoints SQLite.
      await http.close();
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
