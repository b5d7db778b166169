import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/app.js';
import { getSetting, putSetting } from '../../electron/core/db/repositories/setting-repo.js';
import { nodeSecretStore, plainSecretStore, type SecretStore } from '../../electron/core/secret-store.js';
import { readSyncConfig } from '../../electron/core/sync/sync-settings.js';
import type { ArgsOf, Channel, ResultOf } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import { ADMIN_NIP, ADMIN_PASSWORD, SETUP_ARGS, unwrap } from '../core/helpers.js';
import { backends } from '../server/harness.js';
import { BOOTSTRAP_SECRET, startServer, type LoopbackServer } from './loopback.js';

const call = <C extends Channel>(c: Core, channel: C, payload: ArgsOf<C>, token: string | null) => c.invoke(channel, payload, token) as Promise<Result<ResultOf<C>>>;
const SECRET_KEY = 'sync.deviceSecret';

for (const backend of backends()) {
  describe(`the device secret behind a SecretStore (${backend.name})`, () => {
    let server: LoopbackServer;
    let dir: string;
    const key = randomBytes(32);
    const open = (secretStore: SecretStore) => createCore({ dataDir: dir, secretStore, sync: { autoStart: false } });

    beforeAll(async () => {
      server = await startServer(backend);
      dir = mkdtempSync(join(tmpdir(), 'meja-secret-'));
    });
    afterAll(async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('is stored sealed, never in plain text, and the desk syncs with it', async () => {
      const core = await open(nodeSecretStore(key));
      try {
        const token = unwrap(await call(core, 'setup/init', SETUP_ARGS, null)).token;
        const status = unwrap(await call(core, 'sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja rahasia', bootstrapSecret: BOOTSTRAP_SECRET }, token));
        expect(status.state).toBe('idle');
        const stored = (await getSetting(core.context.db, SECRET_KEY)) ?? '';
        const plain = (await readSyncConfig(core.context.db, core.context.secrets))?.deviceSecret ?? '';
        expect(plain.length).toBeGreaterThanOrEqual(40);
        expect(stored).toMatch(/^sealed:node-aes-gcm:/);
        expect(stored).not.toContain(plain);
        const settings = await core.context.db.selectFrom('setting').select('value').execute();
        expect(settings.some((s) => s.value.includes(plain))).toBe(false);
      } finally {
        await core.close();
      }
    }, 60_000);

    it('a plain-text secret from an older desk is sealed on first use', async () => {
      const core = await open(nodeSecretStore(key));
      try {
        const db = core.context.db;
        const plain = (await readSyncConfig(db, core.context.secrets))?.deviceSecret ?? '';
        await db.transaction().execute((trx) => putSetting(trx, SECRET_KEY, plain));
        const token = unwrap(await call(core, 'auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }, null)).token;
        expect(unwrap(await call(core, 'sync/now', {}, token)).state).toBe('idle');
        const stored = (await getSetting(db, SECRET_KEY)) ?? '';
        expect(stored).toMatch(/^sealed:node-aes-gcm:/);
        expect(stored).not.toContain(plain);
      } finally {
        await core.close();
      }
    }, 60_000);

    it('a store that cannot open the secret (another key, or browser mode on a desktop-sealed secret) shows a clear sync error', async () => {
      for (const [store, message] of [
        [nodeSecretStore(randomBytes(32)), /tidak dapat dibuka \(akun komputer atau kunci lain\)/],
        [plainSecretStore, /tersimpan terenkripsi oleh aplikasi desktop/],
      ] as const) {
        const core = await open(store);
        try {
          const token = unwrap(await call(core, 'auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }, null)).token;
          const status = unwrap(await call(core, 'sync/now', {}, token));
          expect(status.state).toBe('error');
          expect(status.lastError).toMatch(message);
        } finally {
          await core.close();
        }
      }
    }, 60_000);

    it('browser mode (the plain store) keeps the secret as it always was', async () => {
      const plainDir = mkdtempSync(join(tmpdir(), 'meja-secret-plain-'));
      const core = await createCore({ dataDir: plainDir, sync: { autoStart: false } });
      try {
        // An empty desk joins the instansi the first desk uploaded.
        const status = unwrap(await call(core, 'sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja peramban' }, null));
        expect(status.state).toBe('idle');
        const stored = (await getSetting(core.context.db, SECRET_KEY)) ?? '';
        expect(stored).toBe((await readSyncConfig(core.context.db, plainSecretStore))?.deviceSecret);
        expect(stored).not.toMatch(/^sealed:/);
      } finally {
        await core.close();
        rmSync(plainDir, { recursive: true, force: true });
      }
    }, 60_000);
  });
}
