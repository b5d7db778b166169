/**
 * The SKP printed through the core (print/skp) and read back with poppler, as the kepala kantor
 * would read the paper: every RHK, names with gelar and diacritics, signatures with NIP on the last
 * page, the header repeated on page 2, "DRAF" exactly before approval, nothing outside the margins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNip } from '../../../shared/domain/nip.js';
import { mm } from '../../../electron/core/print/page-frame.js';
import { unwrap } from '../helpers.js';
import { KABID_FULL, printWorld, STAF_FULL, type PrintWorld } from './print-world.js';
import { pagesText, words } from './poppler.js';

let approved: PrintWorld;
let draft: PrintWorld;
let approvedPdf: Uint8Array;
let draftPdf: Uint8Array;

const bytesOf = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));
/** pdftotext -layout may spread one phrase over table columns; compare without the extra spaces. */
const squash = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  [approved, draft] = await Promise.all([printWorld(40, 'disetujui'), printWorld(3, 'draft')]);
  approvedPdf = bytesOf(unwrap(await approved.w.t.call('print/skp', { id: approved.skpId }, approved.w.token.staf)).base64);
  draftPdf = bytesOf(unwrap(await draft.w.t.call('print/skp', { id: draft.skpId }, draft.w.token.staf)).base64);
}, 120_000);
afterAll(async () => {
  await approved.w.t.close();
  await draft.w.t.close();
});

describe('print/skp', () => {
  it('answers a PDF download named after the SKP, with its code', async () => {
    const r = unwrap(await approved.w.t.call('print/skp', { id: approved.skpId }, approved.w.token.kabid));
    expect(r.mimeType).toBe('application/pdf');
    expect(r.fileName).toMatch(/^SKP-2025-.+-v1\.pdf$/);
    expect(r.code).toMatch(/^[0-9A-Z]{10}$/);
    expect(Buffer.from(r.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows every RHK of a 40-RHK SKP, in the A. UTAMA and B. TAMBAHAN groups', () => {
    const all = squash(pagesText(approvedPdf).join('\n'));
    for (let i = 1; i <= 42; i += 1) expect(all).toContain(`RHK nomor ${i}:`);
    expect(all).toContain('A. UTAMA');
    expect(all).toContain('B. TAMBAHAN');
    // The atasan's RHK, wrapped in its narrow column.
    expect(all).toContain('Meningkatnya');
    expect(all).toContain('ketersediaan pangan');
    expect(all).toContain('12 laporan');
  });

  it('repeats the table header on page 2', () => {
    const pages = pagesText(approvedPdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const head of ['RENCANA HASIL KERJA', 'INDIKATOR KINERJA', 'TARGET', 'ASPEK']) expect(pages[1]).toContain(head);
  });

  it('prints names with gelar and diacritics, and both signatures with NIP on the last page', () => {
    const pages = pagesText(approvedPdf);
    const last = squash(pages.at(-1) ?? '');
    expect(last).toContain(STAF_FULL.slice(0, 30));
    expect(last).toContain('Ṣāliḥah');
    expect(last).toContain('Ñoño');
    expect(last).toContain(`NIP. ${formatNip(approved.stafNip)}`);
    expect(last).toContain(`NIP. ${formatNip(approved.kabidNip)}`);
    expect(last).toContain('Pejabat Penilai Kinerja');
    expect(last).toContain('Kabupaten Uji,');
    expect(last).toContain('ditandatangani oleh');
    expect(squash(pages[0] ?? '')).toContain(KABID_FULL.slice(0, 20));
    expect(pages[0]).toMatch(/Halaman 1 dari \d+/);
  });

  it('carries "DRAF" across every page before approval and nowhere after', () => {
    const draftWords = words(draftPdf);
    const pages = new Set(draftWords.map((w) => w.page));
    for (const p of pages) {
      const letters = draftWords.filter((w) => w.page === p && w.yMax - w.yMin > 40).map((w) => w.text);
      expect(letters.sort().join('')).toBe('ADFR');
    }
    const big = words(approvedPdf).filter((w) => w.yMax - w.yMin > 40);
    expect(big).toEqual([]);
    expect(pagesText(approvedPdf).join('')).not.toContain('DRAF');
  });

  it('puts every word inside the page minus its margins', () => {
    for (const pdf of [approvedPdf, draftPdf]) {
      const ws = words(pdf);
      expect(ws.length).toBeGreaterThan(100);
      const outside = ws.filter((w) => w.xMin < mm(20) - 0.5 || w.xMax > w.pageW - mm(15) + 0.5 || w.yMin < mm(15) - 0.5 || w.yMax > w.pageH - mm(15) + 0.5);
      expect(outside.map((w) => `${w.page}:${w.text}`)).toEqual([]);
    }
  });

  it('gives the same bytes for a re-print of the same version', async () => {
    const again = bytesOf(unwrap(await approved.w.t.call('print/skp', { id: approved.skpId }, approved.w.token.staf)).base64);
    expect(Buffer.from(again).equals(Buffer.from(approvedPdf))).toBe(true);
  });

  it('lays the same SKP out on F4 paper with the instansi setting', async () => {
    const t = approved.w.t;
    unwrap(await t.call('print/settingsSave', { kertas: 'F4', marginMm: { atas: 15, kanan: 15, bawah: 15, kiri: 20 }, tempat: 'Kabupaten Uji' }, approved.w.admin));
    try {
      const f4 = bytesOf(unwrap(await t.call('print/skp', { id: approved.skpId }, approved.w.token.staf)).base64);
      const ws = words(f4);
      expect(Math.round(ws[0]?.pageW ?? 0)).toBe(Math.round(mm(215)));
      expect(Math.round(ws[0]?.pageH ?? 0)).toBe(Math.round(mm(330)));
      expect(pagesText(f4).length).toBeLessThanOrEqual(pagesText(approvedPdf).length);
    } finally {
      unwrap(await t.call('print/settingsSave', { kertas: 'A4', marginMm: { atas: 15, kanan: 15, bawah: 15, kiri: 20 }, tempat: 'Kabupaten Uji' }, approved.w.admin));
    }
  });
});
