/**
 * The engine on hand-made document data (no database): deterministic bytes, page sizes, a row
 * taller than a page split between lines (never through one), and the pure code and hash parts.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { renderSkpPdf } from '../../../electron/core/print/skp/skp-pdf.js';
import { mm } from '../../../electron/core/print/page-frame.js';
import { DEFAULT_PRINT_SETTINGS } from '../../../shared/print/settings.js';
import { canonicalHash, canonicalJson } from '../../../shared/print/canonical.js';
import { sha256Hex } from '../../../shared/print/sha256.js';
import { formatCode, normalizeCode, parseQrPayload, qrPayload, verificationCode } from '../../../shared/print/code.js';
import { skpIdentity } from '../../../shared/print/skp-document.js';
import { diffSkpDocument } from '../../../shared/print/skp-diff.js';
import { PEGAWAI_NAMA, sampleSkp } from './sample-data.js';
import { pagesText, words } from './poppler.js';

describe('canonical data and codes (shared/print)', () => {
  it('hashes with sha-256 (FIPS 180-4 vectors)', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sha256Hex(enc(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(enc('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(enc('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256Hex(enc('a'.repeat(1000)))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
  });

  it('writes canonical JSON with sorted keys, so field order does not change the hash', () => {
    expect(canonicalJson({ b: 1, a: [true, 'x', { d: null, c: 2 }] })).toBe('{"a":[true,"x",{"c":2,"d":null}],"b":1}');
    expect(canonicalHash({ x: 1, y: 'ä' })).toBe(canonicalHash(JSON.parse('{"y":"ä","x":1}')));
  });

  it('derives a 10-character Crockford code that a person can retype loosely', () => {
    const id = skpIdentity(sampleSkp());
    const code = verificationCode(id);
    expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}$/);
    expect(verificationCode(id)).toBe(code);
    expect(verificationCode({ ...id, versi: 2 })).not.toBe(code);
    expect(normalizeCode(` ${formatCode(code).toLowerCase()} `)).toBe(code);
    expect(normalizeCode('O1IL0-oiil0')).toBe('01110' + '01110');
    expect(normalizeCode('ABCDU-12345')).toBeNull();
    expect(parseQrPayload(qrPayload(id, code))).toEqual({ ...id, code });
  });

  it('names what changed between two versions of the data', () => {
    const a = sampleSkp();
    const b = structuredClone(a);
    b.status = 'diajukan';
    const target = b.rhk[1]?.indikator[0];
    if (target) target.target = '13 dokumen';
    b.pegawai.nama = 'Nama Lain';
    b.rhk.push({ ...structuredClone(b.rhk[0]!), id: 'baru', urutan: 99 });
    expect(diffSkpDocument(a, b)).toEqual(['Status: Disetujui → Diajukan', 'Pegawai: nama diubah', 'RHK A.2: indikator atau target diubah', `RHK A.99 ditambahkan: ${b.rhk[0]?.teks}`]);
    expect(diffSkpDocument(a, structuredClone(a))).toEqual([]);
  });
});

describe('renderSkpPdf', () => {
  it('gives identical bytes for identical data and settings, different for other paper', async () => {
    const d = sampleSkp({ rhk: 12 });
    const [x, y, f4] = await Promise.all([renderSkpPdf(d, DEFAULT_PRINT_SETTINGS), renderSkpPdf(structuredClone(d), DEFAULT_PRINT_SETTINGS), renderSkpPdf(d, { ...DEFAULT_PRINT_SETTINGS, kertas: 'F4' })]);
    expect(Buffer.from(x.bytes).equals(Buffer.from(y.bytes))).toBe(true);
    expect(x.code).toBe(f4.code);
    expect(Buffer.from(x.bytes).equals(Buffer.from(f4.bytes))).toBe(false);
    const text = Buffer.from(x.bytes).toString('latin1');
    expect(text).toMatch(/\/ID \[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]/i);
    // The PDF dates are the version's approval, not the moment of printing.
    const meta = await PDFDocument.load(x.bytes, { updateMetadata: false });
    expect(meta.getCreationDate()?.toISOString()).toBe(d.tanggal);
    expect(meta.getModificationDate()?.toISOString()).toBe(d.tanggal);
  });

  it('splits a row taller than a page between lines, never through one, repeating the header', async () => {
    const d = sampleSkp({ rhk: 2, tambahan: 0 });
    const long = Array.from({ length: 160 }, (_, i) => `baris-${i + 1}`).join('\n');
    const first = d.rhk[0];
    if (!first) throw new Error('no rhk');
    first.teks = long;
    const pdf = await renderSkpPdf(d, DEFAULT_PRINT_SETTINGS);
    const pages = pagesText(pdf.bytes);
    const all = pages.join('\n');
    for (let i = 1; i <= 160; i += 1) expect(all).toMatch(new RegExp(`baris-${i}\\b`));
    const pageOf = (i: number) => pages.findIndex((p) => new RegExp(`baris-${i}\\b`).test(p));
    expect(pageOf(160)).toBeGreaterThan(pageOf(1));
    expect(pages[pageOf(160)]).toContain('RENCANA HASIL KERJA');
    const ws = words(pdf.bytes);
    const body = ws.filter((w) => w.text.startsWith('baris-'));
    // Each line once, whole, inside the body frame.
    expect(body.length).toBe(160);
    for (const w of body) expect(w.yMax).toBeLessThanOrEqual(w.pageH - mm(15));
  });

  it('wraps a long name with gelar and diacritics inside its column', async () => {
    const pdf = await renderSkpPdf(sampleSkp({ rhk: 1 }), DEFAULT_PRINT_SETTINGS);
    const first = pagesText(pdf.bytes)[0] ?? '';
    for (const part of PEGAWAI_NAMA.split(' ')) expect(first).toContain(part);
  });
});
