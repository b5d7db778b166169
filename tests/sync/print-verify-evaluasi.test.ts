/**
 * Central verification of a printed Dokumen Evaluasi Kinerja (issue 11): the desk rates and prints
 * an evaluation, its sync sends the code, and GET /v1/verify/:code (no sign-in) rebuilds the
 * document from the server's evaluation rows with the desk's shared builder (asli); after the
 * pejabat penilai changes the rating and the desk pushes it, the same code answers berubah naming
 * the change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CentralVerifyAnswer } from '../../shared/print-wire.js';
import { backends } from '../server/harness.js';
import { ADMIN_NIP, ADMIN_PASSWORD, unwrap, type TestCore } from '../core/helpers.js';
import { items, makeEvalWorld, type EvalWorld } from '../core/evaluasi/fixture.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';

const TW1 = 'TW1' as const;
const RATE = { periode: TW1, umpanBalikHasilKerja: 'Target triwulan tercapai.', umpanBalikPerilaku: 'Perbaiki kedisiplinan.', catatan: 'Ikuti pelatihan pelayanan publik.', alasanPredikat: null } as const;

for (const backend of backends()) {
  describe(`central verification of a printed evaluation (${backend.name})`, () => {
    let server: LoopbackServer;
    let a: TestCore;
    let w: EvalWorld;
    let code = '';

    const verify = async (c: string): Promise<CentralVerifyAnswer> => {
      const r = await server.app.inject({ method: 'GET', url: `/v1/verify/${c}` });
      expect(r.statusCode).toBe(200);
      return r.json<CentralVerifyAnswer>();
    };
    const sync = async () => expect(unwrap(await a.call('sync/now', {}, w.admin))).toMatchObject({ lastError: null, pending: 0, conflicts: 0 });

    beforeAll(async () => {
      server = await startServer(backend);
      a = await makeDesk();
      w = await makeEvalWorld({ desk: a });
      const status = unwrap(await a.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja A', bootstrapSecret: BOOTSTRAP_SECRET }, w.admin));
      expect(status).toMatchObject({ lastError: null, pending: 0, conflicts: 0 });
      unwrap(await a.call('realisasi/save', { skpId: w.skpId, periode: TW1, items: items(w, 4, 2) }, w.token.staf));
      unwrap(await a.call('realisasi/report', { skpId: w.skpId, periode: TW1 }, w.token.staf));
      unwrap(await a.call('umpanBalik/add', { skpId: w.skpId, periode: TW1, rhkId: w.rhkIds[0] ?? '', nilai: null, teks: 'Laporan rapi dan tepat waktu.' }, w.token.kabid));
      unwrap(await a.call('evaluasi/rate', { skpId: w.skpId, ratingHasilKerja: 'sesuai', ratingPerilaku: 'di_bawah', ...RATE }, w.token.kabid));
      await sync();
      code = unwrap(await a.call('print/evaluasi', { skpId: w.skpId, periode: TW1 }, w.token.kabid)).code;
      await sync();
    }, 180_000);
    afterAll(async () => {
      await a.close();
      await server.close();
    });

    it('the sync sent the evaluation code under its document id (skpId:periode)', async () => {
      const rows = await server.db.selectFrom('printRegistry').select(['code', 'kind', 'docId']).execute();
      expect(rows).toEqual([{ code, kind: 'evaluasi', docId: `${w.skpId}:${TW1}` }]);
    });

    it('asli: the server rebuilds the hash the desk printed, and says only what the paper shows', async () => {
      const r = await verify(`${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`);
      expect(r.status, r.changes.join('; ')).toBe('asli');
      expect(r.document).toMatchObject({ kind: 'evaluasi', judul: 'Dokumen Evaluasi Kinerja', versi: 1, statusLabel: 'Belum dikunci', pegawai: { nama: 'Pegawai staf' }, penilai: { nama: 'Pegawai kabid' } });
      expect(r.document?.periode).toMatch(/^TRIWULAN I \(1 Januari – 31 Maret 2025\)$/);
      expect(r.document?.langkah[0]).toMatch(/^Penilaian disimpan, ditandatangani oleh Pegawai kabid, /);
      const text = JSON.stringify(r);
      for (const secret of ['golongan', 'pangkat', 'rating', 'Laporan rapi', 'skpId', 'hash', 'userId']) expect(text).not.toContain(secret);
    });

    it('berubah after the penilai changes the rating on the desk and it is pushed, naming the change', async () => {
      unwrap(await a.call('evaluasi/rate', { skpId: w.skpId, ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', ...RATE }, w.token.kabid));
      await sync();
      const r = await verify(code);
      expect(r.status).toBe('berubah');
      expect(r.changes).toEqual(
        expect.arrayContaining(['Rating perilaku kerja: Di Bawah Ekspektasi → Sesuai Ekspektasi', 'Predikat kinerja pegawai: Kurang/Misconduct → Baik']),
      );
      expect(r.changes.some((c) => c.startsWith('Langkah baru: Penilaian disimpan oleh Pegawai kabid'))).toBe(true);
      // The answer still describes the paper as printed.
      expect(r.document?.versi).toBe(1);
    });

    it('tidak dikenal: a code nobody issued', async () => {
      expect(await verify('0000000000')).toEqual({ status: 'tidak_dikenal', document: null, changes: [] });
    });
  });
}
