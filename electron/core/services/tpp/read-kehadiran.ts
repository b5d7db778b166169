/**
 * Reads a fingerprint-machine export into raw rows (NIP, tanggal, jam masuk, jam pulang) with the
 * row numbers the spreadsheet program shows. Machines name their columns differently, and some
 * write no header at all: a header row is recognised by its names within the first rows, else the
 * first four columns are taken in that order. Cell contents are judged by validate-kehadiran.ts.
 */
import { AppFailure } from '../../../../shared/result.js';
import { plain, type RawCell } from '../sheets/read-workbook.js';
import { MAX_DATA_ROWS, headerKey } from '../sheets/layout.js';
import { loadCheckedWorkbook } from '../sheets/load-workbook.js';
import { parseCsv } from './csv.js';

export const KOLOM = ['nip', 'tanggal', 'masuk', 'pulang'] as const;
export type Kolom = (typeof KOLOM)[number];
/** Column titles in messages and in the "Petunjuk" of the screen. */
export const KOLOM_LABEL = { nip: 'NIP', tanggal: 'Tanggal', masuk: 'Jam Masuk', pulang: 'Jam Pulang' } as const satisfies Record<Kolom, string>;

/** Header names seen in machine exports (compared ignoring case and extra spaces). */
const ALIASES: Record<Kolom, string[]> = {
  nip: ['nip', 'nip pegawai', 'nomor induk pegawai', 'nip/ni pppk', 'nip / ni pppk'],
  tanggal: ['tanggal', 'tgl', 'tanggal absen', 'tanggal presensi', 'date'],
  masuk: ['jam masuk', 'masuk', 'scan masuk', 'jam datang', 'datang', 'check in', 'checkin', 'in'],
  pulang: ['jam pulang', 'pulang', 'scan pulang', 'jam keluar', 'keluar', 'check out', 'checkout', 'out'],
};

export type RawKehadiran = { row: number; cells: Record<Kolom, RawCell> };

type Grid = { row: number; cells: RawCell[] }[];

function kolomOf(v: RawCell): Kolom | null {
  if (typeof v !== 'string') return null;
  const k = headerKey(v);
  return KOLOM.find((c) => ALIASES[c].includes(k)) ?? null;
}

function toRows(grid: Grid): RawKehadiran[] {
  let at = -1;
  let map = new Map<Kolom, number>();
  for (let i = 0; i < Math.min(grid.length, 10) && at < 0; i += 1) {
    const found = new Map<Kolom, number>();
    grid[i]?.cells.forEach((c, col) => {
      const k = kolomOf(c);
      if (k && !found.has(k)) found.set(k, col);
    });
    if (found.size >= 2) [at, map] = [i, found];
  }
  if (at >= 0) {
    const missing = KOLOM.filter((k) => !map.has(k)).map((k) => `"${KOLOM_LABEL[k]}"`);
    if (missing.length > 0) throw new AppFailure('INVALID_SHEET', `Kolom ${missing.join(', ')} tidak ditemukan pada baris judul (baris ${grid[at]?.row ?? 1}). Kolom yang dibutuhkan: NIP, Tanggal, Jam Masuk, Jam Pulang.`);
  } else map = new Map(KOLOM.map((k, i) => [k, i]));
  const data = grid.slice(at + 1);
  if (data.length > MAX_DATA_ROWS) {
    throw new AppFailure('INVALID_SHEET', `Berkas memuat ${data.length.toLocaleString('id-ID')} baris; paling banyak ${MAX_DATA_ROWS.toLocaleString('id-ID')} baris per berkas. Bagi per bulan atau per unit.`);
  }
  const cell = (r: Grid[number], k: Kolom): RawCell => r.cells[map.get(k) ?? -1] ?? null;
  return data.map((r) => ({ row: r.row, cells: { nip: cell(r, 'nip'), tanggal: cell(r, 'tanggal'), masuk: cell(r, 'masuk'), pulang: cell(r, 'pulang') } }));
}

async function xlsxGrid(buf: Buffer): Promise<Grid> {
  const wb = await loadCheckedWorkbook(buf, MAX_DATA_ROWS);
  // The export of one machine is one sheet: the first that holds any row.
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) throw new AppFailure('INVALID_SHEET', 'Berkas .xlsx ini tidak memuat data kehadiran.');
  const grid: Grid = [];
  ws.eachRow({ includeEmpty: false }, (r) => {
    const cells: RawCell[] = [];
    for (let c = 1; c <= Math.max(r.cellCount, 4); c += 1) cells.push(plain(r.getCell(c).value));
    if (cells.some((c) => c !== null && !(typeof c === 'string' && c.trim() === ''))) grid.push({ row: r.number, cells });
  });
  return grid;
}

function csvGrid(buf: Buffer): Grid {
  const text = buf.toString('utf8');
  // A binary file given a .csv name: refuse instead of listing thousands of nonsense rows.
  if (text.includes('\u0000')) throw new AppFailure('INVALID_SHEET', 'Berkas .csv ini bukan teks. Simpan data kehadiran sebagai CSV atau .xlsx lalu unggah kembali.');
  return parseCsv(text).map((r) => ({ row: r.row, cells: r.cells.map((c) => (c.trim() === '' ? null : c.trim())) }));
}

/**
 * @example
 * const rows = await readKehadiran('absen-januari.csv', buf);
 * rows[0]; // { row: 2, cells: { nip: '198503122010011003', tanggal: '05/01/2026', masuk: '07:31', pulang: '16:02' } }
 */
export async function readKehadiran(fileName: string, buf: Buffer): Promise<RawKehadiran[]> {
  const isZip = buf.length >= 2 && buf[0] === 0x50 && buf[1] === 0x4b;
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx') || isZip) return toRows(await xlsxGrid(buf));
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return toRows(csvGrid(buf));
  throw new AppFailure('INVALID_SHEET', 'Jenis berkas tidak dikenal. Unggah ekspor mesin sidik jari sebagai .xlsx atau .csv.');
}
