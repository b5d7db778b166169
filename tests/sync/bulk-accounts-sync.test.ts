import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNip } from '../../shared/domain/nip.js';
import type { BulkAccountsResult } from '../../shared/entities.js';
import { backends } from '../server/harness.js';
import { ADMIN_NIP, ADMIN_PASSWORD, expectFail, setUp, unwrap, type TestCore } from '../core/helpers.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';

/**
 * Accounts made in bulk on one desk (issue 9 item 4) are ordinary signed `user/upsert` commands:
 * the server re-checks and accepts them, another desk receives them, and a person signs in there
 * with the handed-out password, must change it first, and their change syncs as their own.
 */
for (const backend of backends()) {
  describe(`accounts in bulk through sync (${backend.name})`, { timeout: 120_000 }, () => {
    let server: LoopbackServer;
    let a: TestCore;
    let b: TestCore;
    let admin = '';
    let made: BulkAccountsResult;

    beforeAll(async () => {
      server = await startServer(backend);
      a = await makeDesk();
      b = await makeDesk();
      admin = await setUp(a);
      const unitId = unwrap(await a.call('org/units', {}, admin))[0]?.id ?? '';
      for (let i = 1; i <= 3; i += 1) {
        const nip = makeNip({ birthDate: '1991-05-05', tmtCpns: '2016-03', sex: i % 2 ? 'P' : 'L', sequence: 40 + i });
        unwrap(await a.call('pegawai/save', { nip, gelarDepan: '', nama: `Pegawai Massal ${i}`, gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/a', jabatanId: null, unitId, tmtMulai: null, tmtSelesai: null }, admin));
      }
      unwrap(await a.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja A', bootstrapSecret: BOOTSTRAP_SECRET }, admin));
    });
    afterAll(async () => {
      await a.close();
      await b.close();
      await server.close();
    });

    it('the server accepts every bulk-made account, each with one provisional key', async () => {
      const root = unwrap(await a.call('org/units', {}, admin))[0]?.id ?? '';
      made = unwrap(await a.call('users/bulkCreate', { unitId: root, subUnits: true }, admin));
      expect(made.created).toHaveLength(3);
      // The admin's own pegawai already has the admin account.
      expect(made.skipped.map((s) => s.nip)).toEqual([ADMIN_NIP]);
      expect(unwrap(await a.call('sync/now', {}, admin))).toMatchObject({ pending: 0, conflicts: 0, lastError: null });
      for (const slip of made.created) {
        const row = await server.db.selectFrom('user').select(['nip', 'roles', 'pegawaiId', 'signingKeys']).where('id', '=', slip.userId).executeTakeFirstOrThrow();
        expect(row).toMatchObject({ nip: slip.nip, roles: ['pegawai'], signingKeys: [{ version: 1, provisional: true }] });
        expect(row.pegawaiId).not.toBeNull();
      }
    });

    it('a person signs in on another desk with the handed-out password, changes it first, and it syncs', async () => {
      unwrap(await b.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja B' }, null));
      const slip = made.created[0];
      if (!slip) throw new Error('no slip');
      const s = unwrap(await b.call('auth/signIn', { nip: slip.nip, password: slip.password }, null));
      expect(s.signingKey).toBe('provisional');
      expectFail(await b.call('pegawai/search', { query: '', offset: 0, limit: 5 }, s.token), 'PASSWORD_CHANGE_REQUIRED');
      unwrap(await b.call('auth/changePassword', { oldPassword: slip.password, newPassword: 'pilihan-sendiri-9' }, s.token));
      unwrap(await b.call('pegawai/search', { query: '', offset: 0, limit: 5 }, s.token));
      expect(unwrap(await b.call('sync/now', {}, s.token))).toMatchObject({ pending: 0, conflicts: 0, lastError: null });
      const onServer = await server.db.selectFrom('user').select('signingKeys').where('id', '=', slip.userId).executeTakeFirstOrThrow();
      expect(onServer.signingKeys).toMatchObject([{ version: 1, provisional: true }, { version: 2, provisional: false }]);
      // Back on desk A: the handed-out password no longer works, theirs does, straight into work.
      unwrap(await a.call('sync/now', {}, admin));
      expectFail(await a.call('auth/signIn', { nip: slip.nip, password: slip.password }, null), 'BAD_CREDENTIALS');
      expect(unwrap(await a.call('auth/signIn', { nip: slip.nip, password: 'pilihan-sendiri-9' }, null)).signingKey).toBe('ok');
    });
  });
}
