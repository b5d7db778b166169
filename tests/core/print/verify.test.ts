/**
 * Verification from the desk's data: a printed code answers asli until the record changes, then
 * berubah with what changed; an unknown code is tidak dikenal; a dropped PDF is compared byte for
 * byte with a re-render of its version, so an altered file is berubah even when the record is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, rgb } from 'pdf-lib';
import { unwrap } from '../helpers.js';
import { IKI } from '../skp/fixture.js';
import { printWorld, STAF_FULL, type PrintWorld } from './print-world.js';

let approved: PrintWorld;
let draft: PrintWorld;
let approvedCode = '';
let approvedB64 = '';

beforeAll(async () => {
  [approved, draft] = await Promise.all([printWorld(4, 'disetujui'), printWorld(2, 'draft')]);
  const r = unwrap(await approved.w.t.call('print/skp', { id: approved.skpId }, approved.w.token.staf));
  approvedCode = r.code;
  approvedB64 = r.base64;
}, 120_000);
afterAll(async () => {
  await approved.w.t.close();
  await draft.w.t.close();
});

describe('verify/code', () => {
  it('answers asli for a code as printed (hyphen, any case) and shows what the paper shows', async () => {
    const typed = `${approvedCode.slice(0, 5)}-${approvedCode.slice(5)}`.toLowerCase();
    const a = unwrap(await approved.w.t.call('verify/code', { code: typed }, approved.w.token.kabid));
    expect(a.status).toBe('asli');
    expect(a.changes).toEqual([]);
    expect(a.document?.nama).toBe(STAF_FULL);
    expect(a.document?.statusLabel).toBe('Disetujui');
    expect(a.document?.periode).toBe('1 Januari – 31 Desember 2025');
    expect(a.document?.langkah.map((l) => l.split(',')[0])).toEqual(['Diajukan', 'Disetujui']);
    expect(a.document?.langkah[1]).toContain('ditandatangani oleh');
  });

  it('answers tidak dikenal for a code never issued, or no code at all', async () => {
    for (const code of ['0000000000', 'ZZZZZ-ZZZZZ', 'bukan kode', 'UUUUUUUUUU']) {
      const a = unwrap(await approved.w.t.call('verify/code', { code }, approved.w.token.staf));
      expect(a.status).toBe('tidak_dikenal');
      expect(a.document).toBeNull();
    }
  });

  it('answers berubah with the RHK that changed after printing', async () => {
    const t = draft.w.t;
    const printed = unwrap(await t.call('print/skp', { id: draft.skpId }, draft.w.token.staf));
    expect(unwrap(await t.call('verify/code', { code: printed.code }, draft.w.token.staf)).status).toBe('asli');
    const d = unwrap(await t.call('skp/get', { id: draft.skpId }, draft.w.token.staf));
    const first = d.rhk.find((r) => r.jenis === 'utama' && r.urutan === 1);
    if (!first) throw new Error('no RHK A.1');
    unwrap(await t.call('rhk/save', { id: first.id, skpId: draft.skpId, baseVersion: first.rowVersion, jenis: 'utama', teks: 'Teks RHK yang diganti setelah dicetak', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, draft.w.token.staf));
    const a = unwrap(await t.call('verify/code', { code: printed.code }, draft.w.token.staf));
    expect(a.status).toBe('berubah');
    expect(a.changes.join('\n')).toContain('RHK A.1: rencana hasil kerja diubah');
    // Printing the changed record issues a new code, which is asli in turn.
    const again = unwrap(await t.call('print/skp', { id: draft.skpId }, draft.w.token.staf));
    expect(again.code).not.toBe(printed.code);
    expect(unwrap(await t.call('verify/code', { code: again.code }, draft.w.token.staf)).status).toBe('asli');
  });
});

describe('verify/file', () => {
  it('answers asli for the file as printed', async () => {
    const a = unwrap(await approved.w.t.call('verify/file', { base64: approvedB64 }, approved.w.token.kabid));
    expect(a.status).toBe('asli');
    expect(a.fileMatches).toBe(true);
  });

  it('answers berubah for an altered PDF of a record that did not change', async () => {
    const doc = await PDFDocument.load(Buffer.from(approvedB64, 'base64'), { updateMetadata: false });
    // A forger whites out a target and writes another one; the metadata (and code) stay.
    const page = doc.getPages()[0];
    page?.drawRectangle({ x: 400, y: 300, width: 60, height: 12, color: rgb(1, 1, 1) });
    const altered = Buffer.from(await doc.save()).toString('base64');
    const a = unwrap(await approved.w.t.call('verify/file', { base64: altered }, approved.w.token.kabid));
    expect(a.status).toBe('berubah');
    expect(a.fileMatches).toBe(false);
    expect(a.changes[0]).toContain('berbeda dari cetakan asli');
  });

  it('answers tidak dikenal for a file that is not one of our prints', async () => {
    const other = await PDFDocument.create();
    other.addPage();
    for (const base64 of [Buffer.from(await other.save()).toString('base64'), Buffer.from('bukan pdf').toString('base64')]) {
      const a = unwrap(await approved.w.t.call('verify/file', { base64 }, approved.w.token.kabid));
      expect(a.status).toBe('tidak_dikenal');
    }
  });
});
