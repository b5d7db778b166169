/**
 * The Dokumen Evaluasi Kinerja printed through the core (print/evaluasi) and read back with
 * poppler: every RHK with its realisasi and umpan balik, the predikat label as the law writes it,
 * signature names and NIPs on the last page, "DRAF" until locked and not after, and its code
 * verified (asli, then berubah after a reopening).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNip } from '../../../shared/domain/nip.js';
import { unwrap } from '../helpers.js';
import { items, makeEvalWorld, type EvalWorld } from '../evaluasi/fixture.js';
import { pagePngs, pagesText, words } from './poppler.js';

let w: EvalWorld;
const TW1 = 'TW1' as const;
const bytesOf = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));
const squash = (s: string) => s.replace(/\s+/g, ' ');
const print = async () => unwrap(await w.t.call('print/evaluasi', { skpId: w.skpId, periode: TW1 }, w.token.kabid));

beforeAll(async () => {
  w = await makeEvalWorld();
  unwrap(await w.t.call('print/settingsSave', { kertas: 'A4', marginMm: { atas: 15, kanan: 15, bawah: 15, kiri: 20 }, tempat: 'Kabupaten Uji' }, w.admin));
  unwrap(await w.t.call('realisasi/save', { skpId: w.skpId, periode: TW1, items: items(w, 4, 2) }, w.token.staf));
  unwrap(await w.t.call('realisasi/report', { skpId: w.skpId, periode: TW1 }, w.token.staf));
  unwrap(await w.t.call('umpanBalik/add', { skpId: w.skpId, periode: TW1, rhkId: w.rhkIds[0] ?? '', nilai: null, teks: 'Laporan rapi dan tepat waktu.' }, w.token.kabid));
  const args = { skpId: w.skpId, periode: TW1, ratingHasilKerja: 'sesuai', ratingPerilaku: 'di_bawah', umpanBalikHasilKerja: 'Target triwulan tercapai.', umpanBalikPerilaku: 'Perbaiki kedisiplinan.', catatan: 'Ikuti pelatihan pelayanan publik.', alasanPredikat: null } as const;
  unwrap(await w.t.call('evaluasi/rate', args, w.token.kabid));
}, 60_000);
afterAll(async () => {
  await w.t.close();
});

describe('print/evaluasi', () => {
  let draftPdf: Uint8Array;
  it('before the lock: every RHK, the realisasi, the umpan balik, the predikat label and DRAF on every page', async () => {
    const r = await print();
    expect(r.fileName).toMatch(/^Evaluasi-2025-TW1-.+-DRAF\.pdf$/);
    draftPdf = bytesOf(r.base64);
    const pages = pagesText(draftPdf);
    const all = squash(pages.join(' '));
    expect(all).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI');
    for (const t of ['1', '2', '3']) expect(all).toMatch(new RegExp(`${t} (PEGAWAI YANG DINILAI|PEJABAT PENILAI KINERJA|ATASAN PEJABAT PENILAI KINERJA)`));
    expect(all).toContain('Menyusun laporan bulanan');
    expect(all).toContain('Melayani pengaduan');
    // Column titles wrap inside their cells; -layout interleaves the lines of neighbouring cells.
    for (const word of ['REALISASI', 'BERDASARKAN', 'BUKTI', 'DUKUNG', 'UMPAN', 'BALIK', 'BERKELANJUTAN']) expect(all).toContain(word);
    expect(all).toContain('Laporan rapi dan tepat waktu.');
    expect(all).toContain('Kurang/Misconduct');
    expect(all).toContain('5. CATATAN/REKOMENDASI');
    expect(all).toContain('Ikuti pelatihan pelayanan publik.');
    // The watermark's rotated letters come out of pdftotext one by one, as tall words.
    const big = words(draftPdf).filter((x) => x.yMax - x.yMin > 40);
    for (let p = 1; p <= pages.length; p += 1) expect(big.filter((x) => x.page === p).map((x) => x.text).sort().join('')).toBe('ADFR');
  });

  it('signature names and NIPs of the pejabat penilai and the pegawai are on the last page', async () => {
    const s = unwrap(await w.t.call('evaluasi/session', { skpId: w.skpId, periode: TW1 }, w.token.kabid));
    const last = squash(pagesText(draftPdf).at(-1) ?? '');
    for (const p of [s.pegawai, s.penilai]) {
      expect(last).toContain(p?.namaLengkap ?? '?');
      expect(last).toContain(`NIP. ${formatNip(p?.nip ?? '')}`);
    }
    expect(last).toContain('Pejabat Penilai Kinerja');
    expect(last).toContain('Penilaian disimpan, ditandatangani oleh');
  });

  it('after the lock: no DRAF, the date printed, and the code verifies as asli; after reopening as berubah', async () => {
    unwrap(await w.t.call('evaluasi/lock', { skpId: w.skpId, periode: TW1 }, w.token.kabid));
    const r = await print();
    expect(r.fileName).not.toContain('DRAF');
    const bytes = bytesOf(r.base64);
    const pages = pagesText(bytes);
    for (const p of pages) expect(p).not.toContain('DRAF');
    expect(words(bytes).filter((x) => x.yMax - x.yMin > 40)).toEqual([]);
    expect(squash(pages.at(-1) ?? '')).toContain('Evaluasi dikunci');
    pagePngs(bytes, 96, process.env.EVAL_PNG_DIR);
    const asli = unwrap(await w.t.call('verify/code', { code: r.code }, w.token.staf));
    expect(asli.status).toBe('asli');
    expect(asli.document?.judul).toBe('Dokumen Evaluasi Kinerja');
    const file = unwrap(await w.t.call('verify/file', { base64: r.base64 }, w.admin));
    expect(file.fileMatches).toBe(true);
    unwrap(await w.t.call('evaluasi/reopen', { skpId: w.skpId, periode: TW1, alasan: 'Salah input realisasi.' }, w.token.kabid));
    const after = unwrap(await w.t.call('verify/code', { code: r.code }, w.admin));
    expect(after.status).toBe('berubah');
    expect(after.changes.join(' ')).toContain('dibuka kembali');
  });
});
