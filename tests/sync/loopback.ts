/**
 * A central server on 127.0.0.1 (real Fastify, real PGlite or PostgreSQL) and desks (real cores on
 * SQLite) that reach it over real HTTP: the set-up of the sync integration tests.
 */
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../server/app.js';
import type { ServerDb } from '../../server/db/connect.js';
import type { Backend } from '../server/harness.js';
import { makeCore, type TestCore } from '../core/helpers.js';
import type { SyncTransport } from '../../electron/core/sync/transport.js';
import { createCore } from '../../electron/core/app.js';

export const BOOTSTRAP_SECRET = 'rahasia-bootstrap-uji';

export type LoopbackServer = { url: string; app: FastifyInstance; db: ServerDb; close: () => Promise<void> };

export async function startServer(backend: Backend): Promise<LoopbackServer> {
  const { db, close } = await backend.open();
  const app = buildServer({ db, secret: 'kunci-uji-yang-cukup-panjang-untuk-hmac', bootstrapSecret: BOOTSTRAP_SECRET, signInRateLimit: { max: 1000, timeWindow: 60_000 } });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    app,
    db,
    close: async () => {
      await app.close();
      await close();
    },
  };
}

/** A desk whose sync runs only when the test says so (no background timer). */
export async function makeDesk(transportFor?: (url: string) => SyncTransport): Promise<TestCore> {
  return makeCore({ coreFactory: (o) => createCore({ ...o, sync: { autoStart: false, ...(transportFor ? { transportFor } : {}) } }) });
}
