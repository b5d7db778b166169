import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLocalRows } from '../../electron/core/sync/local-rows.js';
import { backends } from '../server/harness.js';
import { ADMIN_NIP, ADMIN_PASSWORD, setUp, unwrap, type TestCore } from '../core/helpers.js';
import { draftWithRhk, linkAll, makeWorld, PASSWORD, type World } from '../core/skp/fixture.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';

type OrgRow = { id: string; kode: string; nama: string };

/**
 * Issue 8, "dead ids inside JSON": a standalone desk with an approved SKP merges into a server
 * that already holds its instansi (under other ids). The SKP's penilai and the actors in its
 * history are ids inside JSON; after the merge they point at the server's rows, so the SKP shows
 * its penilai and a named history on both sides.
 */
for (const backend of backends()) {
  describe(`first-connect merge re-points ids inside SKP JSON (${backend.name})`, () => {
    let server: LoopbackServer;
    let a: TestCore;
    let b: TestCore;
    let w: World;
    let tokenA = '';
    let skpId = '';

    /** Desk A: the same instansi as B's (same kode and NIP everywhere), made with its own ids. */
    async function replicateOnA(): Promise<void> {
      const src = await readLocalRows(b.core.context.db);
      tokenA = await setUp(a);
      const unitIds = new Map<string, string>();
      const rootA = unwrap(await a.call('org/units', {}, tokenA))[0];
      const rootB = src.unit_kerja.find((u) => u['parentId'] === null);
      if (!rootA || !rootB) throw new Error('no root');
      unitIds.set(rootB.id, rootA.id);
      for (const u of src.unit_kerja.filter((x) => x['parentId'] !== null)) {
        const r = u as unknown as OrgRow & { parentId: string };
        unitIds.set(u.id, unwrap(await a.call('org/unitSave', { parentId: unitIds.get(r.parentId) ?? '', kode: r.kode, nama: r.nama }, tokenA)).id);
      }
      const jabatanIds = new Map<string, string>();
      for (const j of src.jabatan) {
        const r = j as unknown as OrgRow & { unitId: string; atasanJabatanId: string | null; jenis: 'pelaksana'; kelas: number | null };
        const saved = unwrap(
          await a.call('org/jabatanSave', { unitId: unitIds.get(r.unitId) ?? '', kode: r.kode, nama: r.nama, jenis: r.jenis, atasanJabatanId: r.atasanJabatanId === null ? null : (jabatanIds.get(r.atasanJabatanId) ?? null), kelas: r.kelas }, tokenA),
        );
        jabatanIds.set(j.id, saved.id);
      }
      const adminOnA = unwrap(await a.call('auth/me', {}, tokenA)).user;
      const users = src.user as unknown as { nip: string; nama: string; roles: ('admin' | 'operator' | 'pegawai')[]; unitId: string }[];
      for (const p of src.pegawai as unknown as { id: string; nip: string; nama: string; jabatanId: string | null; unitId: string; golongan: string }[]) {
        if (p.nip === adminOnA.nip) continue;
        const args = { nip: p.nip, gelarDepan: '', nama: p.nama, gelarBelakang: '', jenisAsn: 'PNS' as const, golongan: p.golongan, tmtMulai: null, tmtSelesai: null };
        unwrap(await a.call('pegawai/save', { ...args, jabatanId: p.jabatanId === null ? null : (jabatanIds.get(p.jabatanId) ?? null), unitId: unitIds.get(p.unitId) ?? '' }, tokenA));
        const u = users.find((x) => x.nip === p.nip);
        if (u) unwrap(await a.call('users/save', { nip: u.nip, nama: u.nama, roles: u.roles, unitId: unitIds.get(u.unitId) ?? '', aktif: true, password: PASSWORD }, tokenA));
      }
    }

    beforeAll(async () => {
      server = await startServer(backend);
      a = await makeDesk();
      b = await makeDesk();
      w = await makeWorld(b);
      const head = await draftWithRhk(w, 'kadis', 1);
      unwrap(await b.call('skp/submit', { id: head.skpId }, w.token.kadis));
      const kabid = await draftWithRhk(w, 'kabid', 1);
      await linkAll(w, 'kabid', kabid.rhkIds, head.rhkIds[0] ?? '');
      skpId = kabid.skpId;
      unwrap(await b.call('skp/submit', { id: skpId }, w.token.kabid));
      unwrap(await b.call('skp/approve', { id: skpId, delegasi: null }, w.token.kadis));
      await replicateOnA();
      const up = unwrap(await a.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'A', bootstrapSecret: BOOTSTRAP_SECRET }, tokenA));
      expect(up).toMatchObject({ lastError: null, pending: 0, conflicts: 0 });
    });
    afterAll(async () => {
      await a.close();
      await b.close();
      await server.close();
    });

    it('the approved SKP keeps its penilai and named history on the merged desk, the server and another desk', async () => {
      const before = unwrap(await b.call('skp/get', { id: skpId }, w.admin));
      expect(before.penilai?.namaLengkap).toBe('Pegawai kadis');
      const namesBefore = before.riwayat.map((r) => r.actorNama);
      expect(namesBefore.length).toBeGreaterThanOrEqual(2);
      expect(namesBefore.every((n) => n !== null)).toBe(true);

      unwrap(await b.call('sync/connectPreview', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'B' }, w.admin));
      const status = unwrap(await b.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'B', confirmMerge: true }, w.admin));
      expect(status).toMatchObject({ lastError: null, pending: 0, conflicts: 0 });
      unwrap(await a.call('sync/now', {}, tokenA));

      // The server's kadis (A's ids) is the penilai now, inside the SKP's JSON.
      const kadisOnServer = await server.db.selectFrom('pegawai').select('id').where('nama', '=', 'Pegawai kadis').executeTakeFirstOrThrow();
      const onServer = await server.db.selectFrom('skp').select(['penilai', 'riwayat', 'approvedByUserId']).where('id', '=', skpId).executeTakeFirstOrThrow();
      expect(onServer.penilai).toMatchObject({ penilaiPegawaiId: kadisOnServer.id });
      const serverUsers = new Set((await server.db.selectFrom('user').select('id').execute()).map((u) => u.id));
      expect(serverUsers.has(onServer.approvedByUserId ?? '')).toBe(true);
      for (const r of onServer.riwayat as { actorUserId: string }[]) expect(serverUsers.has(r.actorUserId)).toBe(true);

      const signInB = unwrap(await b.call('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }, null)).token;
      for (const [desk, token] of [
        [b, signInB],
        [a, tokenA],
      ] as const) {
        const got = unwrap(await desk.call('skp/get', { id: skpId }, token));
        expect(got.skp.status).toBe('disetujui');
        expect(got.penilai).toMatchObject({ pegawaiId: kadisOnServer.id, namaLengkap: 'Pegawai kadis' });
        expect(got.riwayat.map((r) => r.actorNama)).toEqual(namesBefore);
      }
    });
  });
}
