/** Bukti dukung limits on a real core: size, declared type, magic bytes, one copy per content, download. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUKTI_MAX_BYTES } from '../../../shared/bukti-rules.js';
import { hasBukti, readBukti, storeBukti, writeVerifiedBukti } from '../../../electron/core/files/bukti-store.js';
import { AppFailure } from '../../../shared/result.js';
import { expectFail, unwrap } from '../helpers.js';
import { makeEvalWorld, type EvalWorld } from './fixture.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR-data')]);
const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....xl/workbook.xml....')]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml....')]);
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function failure(f: () => unknown): AppFailure {
  try {
    f();
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('bukti-store', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'meja-bukti-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['application/pdf', PDF],
    ['image/png', PNG],
    ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    [XLSX_MIME, XLSX],
    [DOCX_MIME, DOCX],
  ] as const)('stores %s under its sha-256', (mime, bytes) => {
    const b = storeBukti(dir, bytes, 'berkas', mime);
    expect(b.ukuran).toBe(bytes.byteLength);
    expect(existsSync(join(dir, 'bukti', b.sha256.slice(0, 2), b.sha256))).toBe(true);
    expect(readBukti(dir, b.sha256).equals(bytes)).toBe(true);
  });

  it.each([
    ['oversized', Buffer.alloc(BUKTI_MAX_BYTES + 1, 0x25), 'application/pdf', 'PAYLOAD_TOO_LARGE', /terlalu besar/],
    ['a type not accepted', Buffer.from('GIF89a'), 'image/gif', 'VALIDATION', /Jenis berkas tidak diterima/],
    ['bytes that are not the declared PDF', PNG, 'application/pdf', 'VALIDATION', /bukan PDF/],
    ['a docx declared as xlsx', DOCX, XLSX_MIME, 'VALIDATION', /bukan Excel/],
    ['an empty file', Buffer.alloc(0), 'application/pdf', 'VALIDATION', /kosong/],
  ] as const)('refuses %s with an Indonesian message', (_what, bytes, mime, code, message) => {
    const f = failure(() => storeBukti(dir, bytes, 'x', mime));
    expect(f.code).toBe(code);
    expect(f.message).toMatch(message);
  });

  it('the same file twice is stored once; a synced file must match its hash', () => {
    const a = storeBukti(dir, PDF, 'satu.pdf', 'application/pdf');
    const b = storeBukti(dir, PDF, 'dua.pdf', 'application/pdf');
    expect(b.sha256).toBe(a.sha256);
    expect(readdirSync(join(dir, 'bukti', a.sha256.slice(0, 2))).filter((f) => f.startsWith(a.sha256))).toEqual([a.sha256]);
    expect(failure(() => writeVerifiedBukti(dir, 'f'.repeat(64), PDF)).code).toBe('VALIDATION');
    expect(hasBukti(dir, 'f'.repeat(64))).toBe(false);
  });
});

describe('realisasi/attach and realisasi/file', () => {
  let w: EvalWorld;
  beforeAll(async () => {
    w = await makeEvalWorld();
  });
  afterAll(async () => {
    await w.t.close();
  });
  const attach = (bytes: Buffer, mime: string, token: string, nama = 'bukti.pdf') =>
    w.t.call('realisasi/attach', { skpId: w.skpId, periode: 'TW1', indikatorId: w.indikator.laporan, nama, mime, base64: bytes.toString('base64') }, token);

  it('attaches a file once per indikator, stored once in the data folder, downloadable by whoever sees the SKP', async () => {
    const first = unwrap(await attach(PDF, 'application/pdf', w.token.staf));
    const again = unwrap(await attach(PDF, 'application/pdf', w.token.staf, 'salinan.pdf'));
    expect(again.bukti.sha256).toBe(first.bukti.sha256);
    expect(again.sheet.rhk[0]?.indikator[0]?.bukti).toHaveLength(1);
    const dir = join(w.t.core.context.dataDir, 'bukti', first.bukti.sha256.slice(0, 2));
    expect(readdirSync(dir)).toEqual([first.bukti.sha256]);
    const file = unwrap(await w.t.call('realisasi/file', { skpId: w.skpId, sha256: first.bukti.sha256 }, w.token.kabid));
    expect(file).toEqual({ fileName: 'bukti.pdf', mimeType: 'application/pdf', base64: PDF.toString('base64') });
    expectFail(await w.t.call('realisasi/file', { skpId: w.skpId, sha256: first.bukti.sha256 }, w.token.stafB), 'NOT_FOUND');
    expectFail(await w.t.call('realisasi/file', { skpId: w.skpId, sha256: 'a'.repeat(64) }, w.token.staf), 'NOT_FOUND');
  });

  it('refuses oversized, wrong and mismatched files, and uploads by others, writing nothing', async () => {
    const before = readdirSync(join(w.t.core.context.dataDir, 'bukti')).length;
    expectFail(await attach(Buffer.alloc(BUKTI_MAX_BYTES + 1, 0x25), 'application/pdf', w.token.staf), 'PAYLOAD_TOO_LARGE');
    expect(expectFail(await attach(PNG, 'application/pdf', w.token.staf), 'VALIDATION').message).toMatch(/bukan PDF/);
    expectFail(await attach(Buffer.from('MZ'), 'application/x-msdownload', w.token.staf), 'VALIDATION');
    expectFail(await attach(PNG, 'image/png', w.token.kabid), 'FORBIDDEN');
    expect(readdirSync(join(w.t.core.context.dataDir, 'bukti')).length).toBe(before);
  });

  it('a realisasi/save may only name files that are on the desk', async () => {
    const items = [{ indikatorId: w.indikator.laporan, rencanaNilai: null, rencanaTeks: null, nilai: 1, teks: null, bukti: [{ kind: 'file' as const, sha256: 'b'.repeat(64), nama: 'x.pdf', mime: 'application/pdf', ukuran: 10 }] }];
    expect(expectFail(await w.t.call('realisasi/save', { skpId: w.skpId, periode: 'TW1', items }, w.token.staf), 'VALIDATION').message).toMatch(/belum diunggah/);
  });
});
