import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../server/harness.js';
import { ADMIN_NIP, ADMIN_PASSWORD, unwrap, type TestCore } from '../core/helpers.js';
import { draftWithRhk, linkAll, makeWorld, PASSWORD, TAHUN, type World } from '../core/skp/fixture.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';

/**
 * A desk that planned SKP while standalone connects later: its plans (approved, submitted and the
 * links between them) reach the server and a desk that joins afterwards, unchanged.
 */
for (const backend of backends()) {
  describe(`SKP made standalone, uploaded on first connect (${backend.name})`, () => {
    let server: LoopbackServer;
    let a: TestCore;
    let b: TestCore;
    let w: World;
    let head: { skpId: string; rhkIds: string[] };
    let kabid: { skpId: string; rhkIds: string[] };

    beforeAll(async () => {
      server = await startServer(backend);
      a = await makeDesk();
      b = await makeDesk();
      w = await makeWorld(a);
      head = await draftWithRhk(w, 'kadis', 2);
      unwrap(await a.call('skp/submit', { id: head.skpId }, w.token.kadis));
      kabid = await draftWithRhk(w, 'kabid', 1);
      await linkAll(w, 'kabid', kabid.rhkIds, head.rhkIds[0] ?? '');
      unwrap(await a.call('skp/submit', { id: kabid.skpId }, w.token.kabid));
      // An approval needs the penilai's own key: the admin set kadis's password, kadis picks one.
      unwrap(await a.call('auth/changePassword', { oldPassword: PASSWORD, newPassword: 'kadis-sendiri-1' }, w.token.kadis));
      unwrap(await a.call('skp/approve', { id: kabid.skpId, delegasi: null }, w.token.kadis));
    });
    afterAll(async () => {
      await a.close();
      await b.close();
      await server.close();
    });

    it('uploads every SKP and RHK with nothing pending and no conflict', async () => {
      // Standalone, nobody has checked the signatures yet: every step says so.
      const before = unwrap(await a.call('skp/get', { id: kabid.skpId }, w.admin)).riwayat;
      expect(before.map((h) => [h.action, h.signed])).toEqual([['ajukan', false], ['setujui', false]]);
      const status = unwrap(await a.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja A', bootstrapSecret: BOOTSTRAP_SECRET }, w.admin));
      const conflicts = await a.core.context.db.selectFrom('syncConflict').select(['command', 'code', 'message']).execute();
      expect(conflicts).toEqual([]);
      expect(status).toMatchObject({ lastError: null, pending: 0, conflicts: 0 });
      const onServer = await server.db.selectFrom('skp').select(['id', 'status']).orderBy('id').execute();
      expect(onServer).toEqual(
        [
          { id: head.skpId, status: 'diajukan' },
          { id: kabid.skpId, status: 'disetujui' },
        ].sort((x, y) => x.id.localeCompare(y.id)),
      );
      expect(await server.db.selectFrom('rhk').select('id').execute()).toHaveLength(3);
    });

    it('a desk that joins afterwards opens them with status, penilai and links as planned', async () => {
      unwrap(await b.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja B' }, null));
      const token = unwrap(await b.call('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }, null)).token;
      const list = unwrap(await b.call('skp/list', { tahun: TAHUN, offset: 0, limit: 50 }, token));
      expect(list.rows.map((r) => [r.id, r.status]).sort()).toEqual(
        [
          [head.skpId, 'diajukan'],
          [kabid.skpId, 'disetujui'],
        ].sort(),
      );
      const onA = unwrap(await a.call('skp/get', { id: kabid.skpId }, w.admin));
      const onB = unwrap(await b.call('skp/get', { id: kabid.skpId }, token));
      expect(onB.skp).toEqual(onA.skp);
      expect(onB.rhk.map((r) => r.intervensiRhkId)).toEqual([head.rhkIds[0]]);
      expect(onB.penilai?.pegawaiId).toBe(w.pegawai.kadis);
      // Each step named the signed command that recorded it, and the server accepted it from that
      // command only: once joined, the history says who signed each step.
      expect(onB.riwayat.map((h) => [h.action, h.signed, h.actorNama])).toEqual([
        ['ajukan', true, 'Pegawai kabid'],
        ['setujui', true, 'Pegawai kadis'],
      ]);
      const stored = await server.db.selectFrom('skp').select('riwayat').where('id', '=', kabid.skpId).executeTakeFirstOrThrow();
      // Keys: 1 from the admin's password, 2 and 3 from each person's own changes at first sign-in
      // (makeWorld), 4 from kadis's further change above.
      expect(stored.riwayat).toMatchObject([{ action: 'ajukan', commandId: expect.any(String), keyVersion: 3 }, { action: 'setujui', commandId: expect.any(String), keyVersion: 4 }]);
    });
  });
}
