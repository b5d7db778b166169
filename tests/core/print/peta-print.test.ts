/**
 * The peta cascading of a unit printed through the core (print/peta) and read back with poppler:
 * every RHK of every holder once, each row whole on one page, the header (and whose RHK continue)
 * repeated on later pages, nothing outside the margins, "DRAF" exactly while an SKP on the map is
 * not approved, the same bytes on a re-print, and its code verified (asli; berubah naming the RHK
 * after an edit; berubah for an altered file). Only the unit's operators and its head may print.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, rgb } from 'pdf-lib';
import { mm } from '../../../electron/core/print/page-frame.js';
import { expectFail, unwrap } from '../helpers.js';
import { IKI, type Person } from '../skp/fixture.js';
import { petaWorld, type PetaWorld } from './peta-world.js';
import { pagePngs, pagesText, words, type Word } from './poppler.js';

let pw: PetaWorld;
let unitA: { code: string; base64: string; fileName: string };
let unitB: { code: string; base64: string; fileName: string };
const TAHUN = 2025;
const bytesOf = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));
const squash = (s: string) => s.replace(/\s+/g, ' ');
const COUNTS: [Person, number][] = [
  ['kadis', 3],
  ['kabid', 12],
  ['staf', 14],
  ['staf2', 10],
  ['kabidB', 3],
  ['stafB', 4],
];
const draf = (ws: Word[], page: number) => ws.filter((x) => x.page === page && x.yMax - x.yMin > 40).map((x) => x.text).sort().join('');

beforeAll(async () => {
  pw = await petaWorld(true);
  unitA = unwrap(await pw.w.t.call('print/peta', { unitId: pw.w.unit.a, tahun: TAHUN }, pw.w.admin));
  unitB = unwrap(await pw.w.t.call('print/peta', { unitId: pw.w.unit.b, tahun: TAHUN }, pw.w.token.kabidB));
}, 120_000);
afterAll(async () => {
  await pw.w.t.close();
});

describe('print/peta', () => {
  it('shows every RHK of the unit and its sub-units once, each row whole on one page', () => {
    expect(unitA.fileName).toMatch(/^Peta-Cascading-2025-.+-v\d+-DRAF\.pdf$/);
    // An atasan's RHK text is quoted again beside each RHK that intervenes it: count the RHK column only.
    const ws = words(bytesOf(unitA.base64)).filter((x) => {
      const w = x.pageW - mm(20) - mm(15);
      return x.xMin >= mm(20) + 0.46 * w && x.xMin < mm(20) + 0.86 * w;
    });
    for (const [who, n] of COUNTS) {
      for (let i = 1; i <= n; i += 1) {
        const start = ws.filter((x) => x.text === `Mrk-${who}-${i}`);
        const end = ws.filter((x) => x.text === `akhir-${who}-${i}`);
        expect([who, i, start.length, end.length]).toEqual([who, i, 1, 1]);
        // The row's first and last words on the same page: no RHK is cut by a page break.
        expect([who, i, start[0]?.page]).toEqual([who, i, end[0]?.page]);
      }
    }
    const all = squash(pagesText(bytesOf(unitA.base64)).join(' '));
    expect(all).toContain('PETA CASCADING KINERJA');
    expect(all).toContain('TAHUN 2025');
    expect(all).toContain('PERIODE: 1 JANUARI – 31 DESEMBER 2025');
    // The head links to the Perjanjian Kinerja; subordinates point at their atasan's RHK by number.
    expect(all).toContain('Perjanjian Kinerja');
    expect(all).toContain('No. 1.1, RHK A.1');
    // Two holders of one jabatan are told apart.
    expect(all).toMatch(/1\.1\.1a .*1\.1\.1b /);
    expect(all).toContain('Tidak langsung');
    expect(all).toContain('Pegawai staf2');
  });

  it('repeats the header on page 2 and says whose RHK continue', () => {
    const pages = pagesText(bytesOf(unitA.base64));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages.slice(1)) {
      const t = squash(p);
      for (const head of ['RENCANA HASIL KERJA', 'JENIS', 'INTERVENSI', 'DIINTERVENSI']) expect(t).toContain(head);
    }
    expect(squash(pages.slice(1).join(' '))).toContain('(lanjutan)');
  });

  it('puts every word inside the page minus its margins', () => {
    for (const b64 of [unitA.base64, unitB.base64]) {
      const ws = words(bytesOf(b64));
      const outside = ws.filter((w) => w.xMin < mm(20) - 0.5 || w.xMax > w.pageW - mm(15) + 0.5 || w.yMin < mm(15) - 0.5 || w.yMax > w.pageH - mm(15) + 0.5);
      expect(outside.map((w) => `${w.page}:${w.text}`)).toEqual([]);
    }
  });

  it('carries DRAF on every page while an SKP is not approved, and none when all are', () => {
    const a = words(bytesOf(unitA.base64));
    const pagesA = new Set(a.map((x) => x.page));
    for (const p of pagesA) expect(draf(a, p)).toBe('ADFR');
    const b = bytesOf(unitB.base64);
    expect(unitB.fileName).not.toContain('DRAF');
    expect(words(b).filter((x) => x.yMax - x.yMin > 40)).toEqual([]);
    const text = squash(pagesText(b).join(' '));
    expect(text).not.toContain('DRAF');
    // Unit B's head intervenes an RHK of the kadis, who is outside the unit: the text, no number.
    expect(text).toContain('Di luar peta ini');
    expect(text).toContain('Mrk-kadis-3');
    expect(text).toContain('semua SKP disetujui');
    if (process.env.PETA_PNG_DIR_B) pagePngs(b, 96, process.env.PETA_PNG_DIR_B);
    pagePngs(bytesOf(unitA.base64), 96, process.env.PETA_PNG_DIR);
  });

  it('lays the map out on F4 paper with the instansi setting, inside its margins', async () => {
    const t = pw.w.t;
    unwrap(await t.call('print/settingsSave', { kertas: 'F4', marginMm: { atas: 15, kanan: 15, bawah: 15, kiri: 20 }, tempat: 'Kabupaten Uji' }, pw.w.admin));
    try {
      const ws = words(bytesOf(unwrap(await t.call('print/peta', { unitId: pw.w.unit.a, tahun: TAHUN }, pw.w.admin)).base64));
      expect([Math.round(ws[0]?.pageW ?? 0), Math.round(ws[0]?.pageH ?? 0)]).toEqual([Math.round(mm(215)), Math.round(mm(330))]);
      const outside = ws.filter((w) => w.xMin < mm(20) - 0.5 || w.xMax > w.pageW - mm(15) + 0.5 || w.yMin < mm(15) - 0.5 || w.yMax > w.pageH - mm(15) + 0.5);
      expect(outside).toEqual([]);
    } finally {
      unwrap(await t.call('print/settingsSave', { kertas: 'A4', marginMm: { atas: 15, kanan: 15, bawah: 15, kiri: 20 }, tempat: 'Kabupaten Uji' }, pw.w.admin));
    }
  });

  it('gives the same bytes and code on a re-print', async () => {
    const again = unwrap(await pw.w.t.call('print/peta', { unitId: pw.w.unit.a, tahun: TAHUN }, pw.w.token.kadis));
    expect(again.code).toBe(unitA.code);
    expect(Buffer.from(again.base64, 'base64').equals(Buffer.from(unitA.base64, 'base64'))).toBe(true);
  });

  it('refuses whoever is neither an operator of the unit nor its head, in Indonesian', async () => {
    const t = pw.w.t;
    for (const who of ['staf', 'kabid'] as const) {
      const e = expectFail(await t.call('print/peta', { unitId: pw.w.unit.a, tahun: TAHUN }, pw.w.token[who]), 'FORBIDDEN');
      expect(e.message).toBe('Peta cascading unit ini hanya dapat dicetak oleh operator unit atau pimpinan unit tersebut.');
    }
    expect(expectFail(await t.call('print/peta', { unitId: pw.w.unit.a, tahun: TAHUN }, pw.w.token.kabidB), 'FORBIDDEN').message).toBe('Unit kerja ini berada di luar wewenang akun Anda.');
    // The kepala of the parent unit prints the sub-unit too.
    expect(unwrap(await t.call('print/peta', { unitId: pw.w.unit.b, tahun: TAHUN }, pw.w.token.kadis)).code).toBe(unitB.code);
  });
});

describe('verification of a printed peta', () => {
  it('answers asli for its code and its file, and shows the unit', async () => {
    const a = unwrap(await pw.w.t.call('verify/code', { code: unitB.code }, pw.w.token.staf));
    expect(a.status).toBe('asli');
    expect(a.document).toMatchObject({ kind: 'peta', judul: 'Peta Cascading Kinerja', nama: 'Bidang B', nip: '', statusLabel: 'Semua SKP disetujui' });
    expect(a.document?.periode).toBe('Tahun 2025 (1 Januari – 31 Desember 2025)');
    const f = unwrap(await pw.w.t.call('verify/file', { base64: unitB.base64 }, pw.w.admin));
    expect([f.status, f.fileMatches]).toEqual(['asli', true]);
  });

  it('answers berubah for an altered PDF', async () => {
    const doc = await PDFDocument.load(Buffer.from(unitB.base64, 'base64'), { updateMetadata: false });
    doc.getPages()[0]?.drawRectangle({ x: 300, y: 500, width: 80, height: 12, color: rgb(1, 1, 1) });
    const a = unwrap(await pw.w.t.call('verify/file', { base64: Buffer.from(await doc.save()).toString('base64') }, pw.w.admin));
    expect([a.status, a.fileMatches]).toEqual(['berubah', false]);
    expect(a.changes[0]).toContain('berbeda dari cetakan asli');
  });

  it('answers berubah naming the RHK after it changed, and a new print is asli again', async () => {
    const t = pw.w.t;
    const d = unwrap(await t.call('skp/get', { id: pw.skp.staf }, pw.w.token.staf));
    const first = d.rhk.find((r) => r.jenis === 'utama' && r.urutan === 2);
    if (!first) throw new Error('no RHK A.2');
    const teks = 'Teks RHK yang diganti setelah peta dicetak';
    unwrap(await t.call('rhk/save', { id: first.id, skpId: pw.skp.staf, baseVersion: first.rowVersion, jenis: 'utama', teks, intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, pw.w.token.staf));
    const a = unwrap(await t.call('verify/code', { code: unitA.code }, pw.w.admin));
    expect(a.status).toBe('berubah');
    expect(a.changes).toEqual(['Jabatan STAF (Pegawai staf), RHK A.2: rencana hasil kerja diubah']);
    const again = unwrap(await t.call('print/peta', { unitId: pw.w.unit.a, tahun: TAHUN }, pw.w.admin));
    expect(again.code).not.toBe(unitA.code);
    expect(squash(pagesText(bytesOf(again.base64)).join(' '))).toContain('Teks RHK yang diganti');
    expect(unwrap(await t.call('verify/code', { code: again.code }, pw.w.admin)).status).toBe('asli');
  });

  it('answers berubah when an approved SKP on the map goes into a perubahan, and the new print is DRAF', async () => {
    const t = pw.w.t;
    unwrap(await t.call('skp/startPerubahan', { id: pw.skp.stafB }, pw.w.token.stafB));
    const a = unwrap(await t.call('verify/code', { code: unitB.code }, pw.w.admin));
    expect(a.status).toBe('berubah');
    expect(a.changes).toEqual(['Ada SKP yang kini belum disetujui', 'Jabatan STAFB (Pegawai stafB): SKP versi 1 → 2', 'Jabatan STAFB (Pegawai stafB): status SKP Disetujui → Draf']);
    const again = unwrap(await t.call('print/peta', { unitId: pw.w.unit.b, tahun: TAHUN }, pw.w.token.kabidB));
    expect(again.fileName).toMatch(/-v3-DRAF\.pdf$/);
  });
});
