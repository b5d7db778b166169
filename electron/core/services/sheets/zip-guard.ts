/**
 * Checks an uploaded .xlsx before exceljs sees it. exceljs (through JSZip) inflates every part
 * fully in memory and trusts nothing we can limit, so a 50 KB "zip bomb" could take gigabytes.
 * Here the zip directory is read by hand and every part is inflated with a hard output limit;
 * sizes written in the headers are not trusted because an attacker writes those too.
 */
import { inflateRawSync } from 'node:zlib';
import { AppFailure } from '../../../../shared/result.js';

/** Far above any real org workbook (10,000 pegawai is about 3 MB unpacked). */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
const MAX_ENTRIES = 2_000;

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
/** Legacy Excel 97–2003 (.xls) files are OLE compound documents starting with these bytes. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const TOO_BIG = 'Isi berkas .xlsx terlalu besar setelah dibuka. Bagi data menjadi beberapa berkas.';
const NOT_XLSX = 'Berkas ini bukan lembar kerja Excel (.xlsx) atau sudah rusak. Simpan ulang dari Excel/LibreOffice sebagai .xlsx lalu unggah kembali.';

function broken(detail?: string): AppFailure {
  return new AppFailure('INVALID_SHEET', detail ?? NOT_XLSX);
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the file.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i -= 1) {
    if (buf.readUInt32LE(i) === SIG_EOCD) return i;
  }
  return -1;
}

type Entry = { name: string; method: number; compressedSize: number; localOffset: number };

function readCentralDirectory(buf: Buffer): Entry[] {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw broken();
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw broken('Berkas .xlsx berformat ZIP64 tidak didukung. Simpan ulang dari Excel sebagai .xlsx biasa.');
  if (count === 0 || count > MAX_ENTRIES || offset + size > eocd) throw broken();
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== SIG_CENTRAL) throw broken();
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (flags & 0x1) throw broken('Berkas .xlsx terkunci kata sandi. Buka kuncinya di Excel, simpan, lalu unggah kembali.');
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) throw broken('Berkas .xlsx berformat ZIP64 tidak didukung. Simpan ulang dari Excel sebagai .xlsx biasa.');
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), method, compressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Upper bound of the rows in a worksheet part: `<row ` / `<x:row ` tags. Counting them here is a
 * memchr-speed scan of bytes we unpack anyway, and refuses a million-row sheet before exceljs
 * would build a million row objects.
 */
function countRowTags(xml: Buffer): number {
  let n = 0;
  for (let at = xml.indexOf('row', 0, 'latin1'); at >= 0; at = xml.indexOf('row', at + 3, 'latin1')) {
    const before = xml[at - 1];
    const after = xml[at + 3];
    // '<' or ':' (namespace prefix) before, a space or '>' after.
    if ((before === 0x3c || before === 0x3a) && (after === 0x20 || after === 0x3e)) n += 1;
  }
  return n;
}

function dataOf(buf: Buffer, e: Entry): Buffer {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== SIG_LOCAL) throw broken();
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw broken('Berkas .xlsx terpotong (tidak lengkap). Unduh atau salin ulang berkasnya.');
  return buf.subarray(start, end);
}

/**
 * Throws AppFailure INVALID_SHEET (with a message a person can act on) unless `buf` is a zip whose
 * parts unpack within {@link MAX_UNPACKED_BYTES}, which holds a workbook part, and none of whose
 * worksheets has more than `maxRows` data rows.
 *
 * @example
 * assertSafeXlsx(Buffer.from('hello'), 100_000); // throws INVALID_SHEET
 */
export function assertSafeXlsx(buf: Buffer, maxRows: number): void {
  if (buf.length >= OLE_MAGIC.length && buf.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    throw broken('Berkas .xls (Excel 97–2003) atau berkas terenkripsi tidak didukung. Simpan sebagai .xlsx lalu unggah kembali.');
  }
  if (buf.length < 22) throw broken();
  const entries = readCentralDirectory(buf);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw broken();
  let budget = MAX_UNPACKED_BYTES;
  for (const e of entries) {
    const data = dataOf(buf, e);
    let unpacked: Buffer;
    if (e.method === 0) unpacked = data;
    else if (e.method === 8) {
      try {
        unpacked = inflateRawSync(data, { maxOutputLength: budget + 1 });
      } catch (err) {
        if (err instanceof RangeError) throw broken(TOO_BIG);
        throw broken();
      }
    } else throw broken();
    budget -= unpacked.length;
    if (budget < 0) throw broken(TOO_BIG);
    // +1: the header row; the exact count of data rows is checked again after parsing.
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name) && countRowTags(unpacked) > maxRows + 1) {
      throw broken(`Sebuah lembar di berkas ini memuat lebih dari ${maxRows.toLocaleString('id-ID')} baris; paling banyak ${maxRows.toLocaleString('id-ID')} baris per lembar. Bagi data menjadi beberapa berkas.`);
    }
  }
}
