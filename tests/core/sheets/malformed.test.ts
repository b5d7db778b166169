import { randomBytes } from 'node:crypto';
import { constants, deflateRawSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SHEET_BYTES } from '../../../shared/contract.js';
import { readWorkbook } from '../../../electron/core/services/sheets/read-workbook.js';
import { callFails, demoEnv, exportBase64, rawWorkbook, tableCounts, type Env } from './helpers.js';

let env: Env;
let before: Awaited<ReturnType<typeof tableCounts>>;
beforeAll(async () => {
  env = await demoEnv(30);
});
afterAll(async () => {
  await env.core.close();
});
beforeEach(async () => {
  before = await tableCounts(env);
});
afterEach(async () => {
  expect(await tableCounts(env)).toEqual(before);
});

async function previewFails(bytes: Buffer, fileName = 'data.xlsx') {
  return callFails(env, 'sheets/preview', { fileName, base64: bytes.toString('base64') });
}

type ZipEntry = { name: string; body: Buffer; deflated: boolean; size: number };

const stored = (name: string, text: string): ZipEntry => ({ name, body: Buffer.from(text), deflated: false, size: text.length });

/** A minimal zip written by hand, for archives no spreadsheet program makes. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.body;
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.deflated ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.deflated ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('files that are not usable workbooks', () => {
  it('refuses a truncated .xlsx', async () => {
    const good = Buffer.from(await exportBase64(env), 'base64');
    const err = await previewFails(good.subarray(0, Math.floor(good.length / 2)));
    expect(err.code).toBe('INVALID_SHEET');
  });

  it('refuses an .xlsx whose middle is damaged', async () => {
    const bad = Buffer.from(await exportBase64(env), 'base64');
    randomBytes(2000).copy(bad, 200);
    expect((await previewFails(bad)).code).toBe('INVALID_SHEET');
  });

  it('refuses 50 MB of random bytes quickly', async () => {
    const started = Date.now();
    const err = await previewFails(randomBytes(MAX_SHEET_BYTES));
    expect(err.code).toBe('INVALID_SHEET');
    expect(err.message).toContain('.xlsx');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a text file and says what to do', async () => {
    const err = await previewFails(Buffer.from('NIP;Nama\n198503122010011003;Budi\n'), 'pegawai.csv');
    expect(err).toMatchObject({ code: 'INVALID_SHEET' });
    expect(err.message).toMatch(/Simpan ulang .* sebagai \.xlsx/);
  });

  it('refuses an old .xls file by name', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4000)]);
    const err = await previewFails(ole, 'lama.xls');
    expect(err.code).toBe('INVALID_SHEET');
    expect(err.message).toContain('.xls');
  });

  it('refuses a zip that is not a workbook', async () => {
    const err = await previewFails(zip([stored('word/document.xml', '<w/>')]));
    expect(err.code).toBe('INVALID_SHEET');
  });

  it('refuses a zip bomb before unpacking it', async () => {
    // 300 MB of zeros as 300 identical 1 MB deflate blocks (each flushed, so they chain), then an
    // empty final block; the header claims 1 KB, as an attacker's would.
    const mb = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
    const body = Buffer.concat([...Array.from({ length: 300 }, () => mb), Buffer.from([0x03, 0x00])]);
    const bomb = zip([stored('xl/workbook.xml', '<workbook/>'), { name: 'xl/worksheets/sheet1.xml', body, deflated: true, size: 1024 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const err = await previewFails(bomb);
    expect(err.code).toBe('INVALID_SHEET');
    expect(err.message).toContain('terlalu besar');
  });

  it('refuses a sheet with more than 100,000 rows before parsing it', async () => {
    const rows = Array.from({ length: 100_002 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${i}</t></is></c></row>`);
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const sheet = deflateRawSync(Buffer.from(xml));
    const file = zip([stored('xl/workbook.xml', '<workbook/>'), { name: 'xl/worksheets/sheet1.xml', body: sheet, deflated: true, size: xml.length }]);
    const started = Date.now();
    const err = await previewFails(file);
    expect(err.code).toBe('INVALID_SHEET');
    expect(err.message).toContain('paling banyak 100.000 baris');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('applies the row limit to data rows, not the header (limit lowered for the test)', async () => {
    const file = Buffer.from(await rawWorkbook({ Pegawai: [['NIP', 'Nama'], ['1', 'a'], ['2', 'b'], ['3', 'c']] }), 'base64');
    await expect(readWorkbook(file, async () => {}, 2)).rejects.toMatchObject({ code: 'INVALID_SHEET' });
    expect((await readWorkbook(file, async () => {}, 3)).issues.length).toBeGreaterThan(0);
  });

  it('refuses a file above 50 MB', async () => {
    const err = await previewFails(Buffer.alloc(MAX_SHEET_BYTES + 1));
    expect(err.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
