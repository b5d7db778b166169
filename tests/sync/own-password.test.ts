import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../server/harness.js';
import { ADMIN_NIP, ADMIN_PASSWORD, setUp, unwrap, type TestCore } from '../core/helpers.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';

/** A valid PNS NIP (born 1990-01-01, CPNS 2015-02, female, sequence 001). */
const NIP_SITI = '199001012015022001';

/**
 * Issue 8, problem 7: a non-admin changes their own password on a desk; it syncs as their own
 * signed `user/changePassword` (not a conflict), and they sign in with it on another desk, with
 * the new, non-provisional key unwrapped there.
 */
for (const backend of backends()) {
  describe(`an owner's own password change through sync (${backend.name})`, () => {
    let server: LoopbackServer;
    let a: TestCore;
    let b: TestCore;

    beforeAll(async () => {
      server = await startServer(backend);
      a = await makeDesk();
      b = await makeDesk();
      const admin = await setUp(a);
      const unitId = unwrap(await a.call('org/units', {}, admin))[0]?.id ?? '';
      unwrap(await a.call('users/save', { nip: NIP_SITI, nama: 'Siti Lestari', roles: ['pegawai'], unitId, aktif: true, password: 'dari-admin-123' }, admin));
      unwrap(await a.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja A', bootstrapSecret: BOOTSTRAP_SECRET }, admin));
      unwrap(await b.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja B' }, null));
    });
    afterAll(async () => {
      await a.close();
      await b.close();
      await server.close();
    });

    it('syncs without a conflict and lets them sign in with it on the other desk', async () => {
      const siti = unwrap(await a.call('auth/signIn', { nip: NIP_SITI, password: 'dari-admin-123' }, null));
      expect(siti.signingKey).toBe('provisional');
      unwrap(await a.call('auth/changePassword', { oldPassword: 'dari-admin-123', newPassword: 'pilihan-siti-1' }, siti.token));
      const pushed = unwrap(await a.call('sync/now', {}, siti.token));
      expect(pushed).toMatchObject({ pending: 0, conflicts: 0, lastError: null });
      const onServer = await server.db.selectFrom('user').select(['signingKeys']).where('nip', '=', NIP_SITI).executeTakeFirstOrThrow();
      expect(onServer.signingKeys).toMatchObject([{ version: 1, provisional: true }, { version: 2, provisional: false }]);

      const adminB = unwrap(await b.call('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }, null)).token;
      unwrap(await b.call('sync/now', {}, adminB));
      const old = await b.call('auth/signIn', { nip: NIP_SITI, password: 'dari-admin-123' }, null);
      expect(old.ok ? 'ok' : old.error.code).toBe('BAD_CREDENTIALS');
      const onB = unwrap(await b.call('auth/signIn', { nip: NIP_SITI, password: 'pilihan-siti-1' }, null));
      expect(onB.signingKey).toBe('ok');
    });
  });
}
