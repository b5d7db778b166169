/**
 * Central verification (issue 11): a desk prints SKP while standalone, connects, and its sync
 * sends the issued codes; GET /v1/verify/:code (no sign-in) rebuilds each document from the
 * server's rows with the shared builder and reaches the desk's hash (asli), answers berubah with
 * what changed after an SKP change, tidak dikenal for a code nobody issued, and shows nothing
 * personal beyond what the paper shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CentralVerifyAnswer } from '../../shared/print-wire.js';
import { backends } from '../server/harness.js';
import { ADMIN_NIP, ADMIN_PASSWORD, unwrap, type TestCore } from '../core/helpers.js';
import { draftWithRhk, linkAll, makeWorld, PASSWORD, type World } from '../core/skp/fixture.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';

for (const backend of backends()) {
  describe(`central verification of printed SKP (${backend.name})`, () => {
    let server: LoopbackServer;
    let a: TestCore;
    let w: World;
    const codes: Record<'kadis' | 'kabid' | 'staf', string> = { kadis: '', kabid: '', staf: '' };
    let staf: { skpId: string; rhkIds: string[] };

    const verify = async (code: string): Promise<{ status: number; body: CentralVerifyAnswer }> => {
      const r = await server.app.inject({ method: 'GET', url: `/v1/verify/${code}` });
      return { status: r.statusCode, body: r.json<CentralVerifyAnswer>() };
    };

    beforeAll(async () => {
      server = await startServer(backend);
      a = await makeDesk();
      w = await makeWorld(a);
      const head = await draftWithRhk(w, 'kadis', 2);
      unwrap(await a.call('skp/submit', { id: head.skpId }, w.token.kadis));
      const kabid = await draftWithRhk(w, 'kabid', 1);
      await linkAll(w, 'kabid', kabid.rhkIds, head.rhkIds[0] ?? '');
      unwrap(await a.call('skp/submit', { id: kabid.skpId }, w.token.kabid));
      unwrap(await a.call('auth/changePassword', { oldPassword: PASSWORD, newPassword: 'kadis-sendiri-1' }, w.token.kadis));
      unwrap(await a.call('skp/approve', { id: kabid.skpId, delegasi: null }, w.token.kadis));
      staf = await draftWithRhk(w, 'staf', 1);
      // Printed while standalone: the registry waits for the first sync.
      codes.kadis = unwrap(await a.call('print/skp', { id: head.skpId }, w.admin)).code;
      codes.kabid = unwrap(await a.call('print/skp', { id: kabid.skpId }, w.admin)).code;
      codes.staf = unwrap(await a.call('print/skp', { id: staf.skpId }, w.admin)).code;
      const status = unwrap(await a.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja A', bootstrapSecret: BOOTSTRAP_SECRET }, w.admin));
      expect(status).toMatchObject({ lastError: null, pending: 0, conflicts: 0 });
    }, 180_000);
    afterAll(async () => {
      await a.close();
      await server.close();
    });

    it('the sync sent every issued code once', async () => {
      const rows = await server.db.selectFrom('printRegistry').select(['code', 'kind', 'versi']).orderBy('code').execute();
      expect(rows.map((r) => r.code).sort()).toEqual(Object.values(codes).sort());
      const unsent = await a.core.context.db.selectFrom('printRegistry').select('code').where('uploadedAt', 'is', null).execute();
      expect(unsent).toEqual([]);
    });

    it('asli: the server rebuilds the hash the desk printed (JPT head, approved with snapshot, draft with the live penilai)', async () => {
      for (const [who, code] of Object.entries(codes)) {
        const r = await verify(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`);
        expect(r.status, who).toBe(200);
        expect(r.body.status, `${who}: ${r.body.changes.join('; ')}`).toBe('asli');
        expect(r.body.changes).toEqual([]);
      }
      const kabid = (await verify(codes.kabid)).body.document;
      expect(kabid?.penilai?.nama).toBeTruthy();
      expect(kabid?.versi).toBe(1);
      expect(kabid?.statusLabel).toBe('Disetujui');
    });

    it('nothing personal beyond what the paper shows', async () => {
      const { body } = await verify(codes.kabid);
      expect(Object.keys(body).sort()).toEqual(['changes', 'document', 'status']);
      expect(Object.keys(body.document ?? {}).sort()).toEqual(['code', 'dicetakPada', 'judul', 'kind', 'langkah', 'pegawai', 'penilai', 'periode', 'statusLabel', 'versi']);
      expect(Object.keys(body.document?.pegawai ?? {}).sort()).toEqual(['jabatan', 'nama', 'nip']);
      const text = JSON.stringify(body);
      for (const secret of ['golongan', 'passwordHash', 'docId', 'hash', 'tmt', 'pegawaiId', 'userId']) expect(text).not.toContain(secret);
    });

    it('tidak dikenal: a code nobody issued, or not a code at all', async () => {
      expect((await verify('0000000000')).body).toEqual({ status: 'tidak_dikenal', document: null, changes: [] });
      expect((await verify('bukan-kode')).body.status).toBe('tidak_dikenal');
    });

    it('berubah after an SKP change on the desk, synced, with what changed', async () => {
      const detail = unwrap(await a.call('skp/get', { id: staf.skpId }, w.token.staf));
      const rhk = detail.rhk[0];
      if (!rhk) throw new Error('no rhk');
      unwrap(await a.call('rhk/save', { id: rhk.id, skpId: staf.skpId, baseVersion: rhk.rowVersion, jenis: 'utama', teks: 'RHK staf diubah setelah dicetak', intervensiPerjanjianKinerja: null, perspektif: null, indikator: rhk.indikator.map(({ aspek, teks, target }) => ({ aspek, teks, target })) }, w.token.staf));
      expect(unwrap(await a.call('sync/now', {}, w.admin))).toMatchObject({ lastError: null });
      const r = await verify(codes.staf);
      expect(r.body.status).toBe('berubah');
      expect(r.body.changes).toContain('RHK A.1: rencana hasil kerja diubah');
      expect(r.body.document?.versi).toBe(1);
    });

    it('berubah when the server row changed (an approved SKP edited behind the paper)', async () => {
      await server.db.updateTable('rhk').set({ teks: 'Diubah langsung di server' }).where('teks', '=', 'RHK kabid 1').execute();
      const r = await verify(codes.kabid);
      expect(r.body.status).toBe('berubah');
      expect(r.body.changes).toEqual(['RHK A.1: rencana hasil kerja diubah']);
    });
  });
}
