import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { buildServer } from '../../server/app.js';
import type { ServerDb } from '../../server/db/connect.js';
import { TestClient, type Device } from './client.js';
import { seedOrg, type Org } from './fixtures.js';
import type { Backend } from './harness.js';

/** Filled by the hooks below before each test runs. */
export class PushWorld {
  db!: ServerDb;
  app!: FastifyInstance;
  api!: TestClient;
  org!: Org;
  devA!: Device;
  devRoot!: Device;
  devB!: Device;
}

/**
 * Per backend: one database and server; per test: a fresh instansi with devices enrolled by the
 * operator of unit A, the admin at the root and the operator of unit B.
 */
export function usePushWorld(backend: Backend): PushWorld {
  const w = new PushWorld();
  let close: () => Promise<void>;
  beforeAll(async () => {
    const opened = await backend.open();
    close = opened.close;
    w.db = opened.db;
    w.app = buildServer({ db: w.db, signInRateLimit: { max: 10_000, timeWindow: 60_000 } });
    w.api = new TestClient(w.app);
  });
  beforeEach(async () => {
    w.org = await seedOrg(w.db);
    w.devA = await w.api.device(w.org.users.operatorA.nip);
    w.devRoot = await w.api.device(w.org.users.admin.nip);
    w.devB = await w.api.device(w.org.users.operatorB.nip);
  });
  afterAll(async () => {
    await w.app.close();
    await close();
  });
  return w;
}
