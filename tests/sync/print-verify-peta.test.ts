/**
 * Central verification of a printed peta cascading (issue 11): a desk prints the map of a unit
 * (unit A with its sub-unit B; and B alone, whose RHK intervene the kadis outside its map), its
 * sync sends the codes, and GET /v1/verify/:code (no sign-in) rebuilds each map from the server's
 * rows with the shared builder (asli); after a holder changes an RHK text and pushes it, the code
 * answers berubah in the desk's own words. A forged print is refused by the server and set aside
 * with its reason on the Sinkronisasi screen, without holding back the codes printed beside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CentralVerifyAnswer } from '../../shared/print-wire.js';
import { backends } from '../server/harness.js';
import { ADMIN_NIP, ADMIN_PASSWORD, unwrap, type TestCore } from '../core/helpers.js';
import { IKI } from '../core/skp/fixture.js';
import { petaWorld, type PetaWorld } from '../core/print/peta-world.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';

const TAHUN = 2025;

for (const backend of backends()) {
  describe(`central verification of a printed peta cascading (${backend.name})`, () => {
    let server: LoopbackServer;
    let a: TestCore;
    let pw: PetaWorld;
    const codes = { a: '', b: '' };

    const verify = async (c: string): Promise<CentralVerifyAnswer> => {
      const r = await server.app.inject({ method: 'GET', url: `/v1/verify/${c}` });
      expect(r.statusCode).toBe(200);
      return r.json<CentralVerifyAnswer>();
    };
    const sync = async () => expect(unwrap(await a.call('sync/now', {}, pw.w.admin))).toMatchObject({ lastError: null, pending: 0, conflicts: 0 });
    const onDesk = async (code: string) => unwrap(await a.call('verify/code', { code }, pw.w.admin));
    /** The holder rewrites their RHK A.1. */
    const editRhk = async (who: 'staf' | 'kabid', teks: string) => {
      const d = unwrap(await a.call('skp/get', { id: pw.skp[who] }, pw.w.token[who]));
      const first = d.rhk.find((r) => r.jenis === 'utama' && r.urutan === 1);
      if (!first) throw new Error('no RHK A.1');
      unwrap(await a.call('rhk/save', { id: first.id, skpId: pw.skp[who], baseVersion: first.rowVersion, jenis: 'utama', teks, intervensiPerjanjianKinerja: first.intervensiPerjanjianKinerja, perspektif: null, indikator: [...IKI] }, pw.w.token[who]));
    };

    beforeAll(async () => {
      server = await startServer(backend);
      a = await makeDesk();
      pw = await petaWorld(false, a);
      const status = unwrap(await a.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja A', bootstrapSecret: BOOTSTRAP_SECRET }, pw.w.admin));
      expect(status).toMatchObject({ lastError: null, pending: 0, conflicts: 0 });
      codes.a = unwrap(await a.call('print/peta', { unitId: pw.w.unit.a, tahun: TAHUN }, pw.w.admin)).code;
      codes.b = unwrap(await a.call('print/peta', { unitId: pw.w.unit.b, tahun: TAHUN }, pw.w.token.kabidB)).code;
      await sync();
    }, 180_000);
    afterAll(async () => {
      await a.close();
      await server.close();
    });

    it('the sync sent both codes under the unit ids', async () => {
      const rows = await server.db.selectFrom('printRegistry').select(['code', 'kind', 'docId']).orderBy('docId').execute();
      expect(rows).toEqual(expect.arrayContaining([{ code: codes.a, kind: 'peta', docId: pw.w.unit.a }, { code: codes.b, kind: 'peta', docId: pw.w.unit.b }]));
      expect(rows).toHaveLength(2);
    });

    it('asli: the server rebuilds the hash the desk printed, and describes the paper as the desk does', async () => {
      for (const code of [codes.a, codes.b]) {
        const r = await verify(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`);
        expect(r.status, r.changes.join('; ')).toBe('asli');
        const desk = await onDesk(code);
        expect(desk.status).toBe('asli');
        expect(r.document).toMatchObject({ kind: 'peta', judul: 'Peta Cascading Kinerja', pegawai: { nama: desk.document?.nama, nip: '', jabatan: '' }, penilai: null });
        expect([r.document?.periode, r.document?.versi, r.document?.statusLabel, r.document?.langkah]).toEqual([desk.document?.periode, desk.document?.versi, desk.document?.statusLabel, desk.document?.langkah]);
      }
      const b = await verify(codes.b);
      expect(b.document).toMatchObject({ pegawai: { nama: 'Bidang B' }, statusLabel: 'Semua SKP disetujui' });
      expect((await verify(codes.a)).document?.statusLabel).toBe('Ada SKP belum disetujui (DRAF)');
    });

    it('shows nothing personal beyond the paper: no NIP, no golongan, no ids', async () => {
      const nips = (await a.core.context.db.selectFrom('pegawai').select('nip').execute()).map((p) => p.nip);
      const text = JSON.stringify([await verify(codes.a), await verify(codes.b)]);
      for (const secret of [...nips, 'III/c', 'golongan', pw.w.unit.a, pw.skp.staf, 'hash']) expect(text).not.toContain(secret);
    });

    it('berubah after the holder changes an RHK text and pushes it, naming it as the desk does', async () => {
      await editRhk('staf', 'Teks RHK yang diganti setelah peta dicetak');
      await sync();
      const r = await verify(codes.a);
      expect(r.status).toBe('berubah');
      expect(r.changes).toEqual(['Jabatan STAF (Pegawai staf), RHK A.1: rencana hasil kerja diubah']);
      expect(r.changes).toEqual((await onDesk(codes.a)).changes);
      // The answer still describes the paper as printed; unit B's map does not hold that RHK.
      expect(r.document?.pegawai.nama).toBe((await onDesk(codes.a)).document?.nama);
      expect((await verify(codes.b)).status).toBe('asli');
    });

    it('after a perubahan SKP the old code is berubah and a new print is asli: the server shows only the newest version', async () => {
      unwrap(await a.call('skp/startPerubahan', { id: pw.skp.stafB }, pw.w.token.stafB));
      await sync();
      const old = await verify(codes.b);
      expect(old.status).toBe('berubah');
      expect(old.changes).toEqual((await onDesk(codes.b)).changes);
      expect(old.changes).toEqual(expect.arrayContaining(['Jabatan STAFB (Pegawai stafB): SKP versi 1 → 2']));
      const again = unwrap(await a.call('print/peta', { unitId: pw.w.unit.b, tahun: TAHUN }, pw.w.token.kabidB)).code;
      await sync();
      const r = await verify(again);
      expect(r.status, r.changes.join('; ')).toBe('asli');
      expect(r.document?.statusLabel).toBe('Ada SKP belum disetujui (DRAF)');
    });

    it('a holder who left and a deleted RHK leave the server map as they leave the desk map', async () => {
      const before = unwrap(await a.call('print/peta', { unitId: pw.w.unit.a, tahun: TAHUN }, pw.w.admin)).code;
      await sync();
      expect((await verify(before)).status).toBe('asli');
      const p = unwrap(await a.call('pegawai/get', { id: pw.w.pegawai.staf2 }, pw.w.admin));
      const { nip, gelarDepan, nama, gelarBelakang, jenisAsn, golongan, jabatanId, unitId, tmtMulai } = p.pegawai;
      unwrap(await a.call('pegawai/save', { id: pw.w.pegawai.staf2, nip, gelarDepan, nama, gelarBelakang, jenisAsn, golongan, jabatanId, unitId, tmtMulai, tmtSelesai: '2001-01-31' }, pw.w.admin));
      unwrap(await a.call('rhk/delete', { id: pw.rhk.staf[0] ?? '', pindahKeRhkId: null }, pw.w.token.staf));
      await sync();
      const old = await verify(before);
      expect(old.status).toBe('berubah');
      expect(old.changes).toEqual((await onDesk(before)).changes);
      expect(old.changes).toEqual(expect.arrayContaining(['Jabatan STAF (Pegawai staf2) tidak ada lagi pada peta']));
      const after = unwrap(await a.call('print/peta', { unitId: pw.w.unit.a, tahun: TAHUN }, pw.w.admin)).code;
      await sync();
      const r = await verify(after);
      expect(r.status, r.changes.join('; ')).toBe('asli');
    });

    it('tidak dikenal: a code nobody issued', async () => {
      expect(await verify('0000000000')).toEqual({ status: 'tidak_dikenal', document: null, changes: [] });
    });

    it('a forged print is refused and set aside with its reason; the code printed beside it still reaches the server', async () => {
      const db = a.core.context.db;
      // A new state of the map, so its print is a new code.
      await editRhk('kabid', 'Teks RHK kabid yang diganti sebelum cetakan dipalsukan');
      await sync();
      const forged = unwrap(await a.call('print/peta', { unitId: pw.w.unit.a, tahun: TAHUN }, pw.w.admin)).code;
      const honest = unwrap(await a.call('print/skp', { id: pw.skp.kadis }, pw.w.admin)).code;
      const row = await db.selectFrom('printRegistry').select('data').where('code', '=', forged).executeTakeFirstOrThrow();
      // Someone edits the stored map after it was hashed (another unit name on the paper).
      await db.updateTable('printRegistry').set({ data: row.data.replace('"unit":"', '"unit":"Palsu ') }).where('code', '=', forged).execute();
      await sync();
      const sent = await server.db.selectFrom('printRegistry').select('code').where('code', 'in', [forged, honest]).execute();
      expect(sent.map((s) => s.code)).toEqual([honest]);
      expect((await verify(honest)).status).toBe('asli');
      expect(await verify(forged)).toEqual({ status: 'tidak_dikenal', document: null, changes: [] });
      const local = await db.selectFrom('printRegistry').select(['uploadedAt', 'uploadRefused']).where('code', '=', forged).executeTakeFirstOrThrow();
      expect(local.uploadedAt).toBeNull();
      expect(local.uploadRefused).toMatch(/tidak cocok dengan data cetakannya/);
      const problem = unwrap(await a.call('sync/problem', {}, pw.w.admin)).message ?? '';
      expect(problem).toMatch(/^1 kode cetak tidak dapat dikirim ke server, sehingga hanya dapat diverifikasi di meja ini: Kode \w+ tidak cocok dengan data cetakannya\.$/);
      // Set aside, it is not sent again on the next round.
      await sync();
      expect(await server.db.selectFrom('printRegistry').select('code').where('code', '=', forged).execute()).toEqual([]);
    });
  });
}
