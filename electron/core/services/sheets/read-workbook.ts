/**
 * Reads an uploaded .xlsx into raw rows per sheet, keyed by the layout's column keys, with the row
 * numbers the spreadsheet program shows. Only structure is judged here (is it a workbook, which
 * sheets and columns); cell contents are judged by validate.ts.
 */
import ExcelJS from 'exceljs';
import { AppFailure } from '../../../../shared/result.js';
import type { RowError, SheetName } from '../../../../shared/entities.js';
import { loadCheckedWorkbook } from './load-workbook.js';
import { HELP_SHEET_TITLE, LAYOUT, MAX_DATA_ROWS, SHEET_ORDER, headerKey, isColumnKey, type ColumnKey, type ColumnSpec } from './layout.js';

/** A cell as the reader hands it on: formulas are replaced by their result, rich text flattened. */
export type RawCell = null | string | number | boolean | Date | { error: string };

export type RawRow<S extends SheetName> = {
  row: number;
  /** A key is absent when its (optional) column is not in the sheet; null means a blank cell. */
  cells: Partial<Record<ColumnKey<S>, RawCell>>;
};

export type ParsedWorkbook = {
  [S in SheetName]: RawRow<S>[];
} & {
  /** Missing or doubled columns, reported at the header row. */
  issues: RowError[];
};

/** Called after each chunk of rows so the caller can report progress and yield. */
export type ReadProgress = (sheet: SheetName, done: number, total: number) => Promise<void>;

const CHUNK = 1_000;

/** A cell value as plain data (also used by the attendance import). */
export function plain(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('error' in v) return { error: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? null : plain(v.result);
  if ('text' in v) return typeof v.text === 'string' ? v.text : null;
  return null;
}

function isBlank(c: RawCell | undefined): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

/** Maps header cells to layout columns. Unknown extra columns are ignored on purpose. */
function mapHeader<S extends SheetName>(sheet: S, header: ExcelJS.Row, issues: RowError[]): Map<ColumnKey<S>, number> | null {
  const columns: readonly ColumnSpec[] = LAYOUT[sheet].columns;
  const byHeader = new Map(columns.map((c) => [headerKey(c.header), c]));
  const found = new Map<string, number>();
  header.eachCell((cell, col) => {
    const text = plain(cell.value);
    const spec = typeof text === 'string' ? byHeader.get(headerKey(text)) : undefined;
    if (!spec) return;
    if (found.has(spec.key)) {
      issues.push({ sheet, row: header.number, column: spec.header, message: `Kolom "${spec.header}" muncul lebih dari sekali pada lembar ${LAYOUT[sheet].title}.` });
    }
    found.set(spec.key, col);
  });
  const missing = columns.filter((c) => c.requiredHeader && !found.has(c.key));
  for (const c of missing) {
    issues.push({ sheet, row: header.number, column: c.header, message: `Kolom wajib "${c.header}" tidak ada pada lembar ${LAYOUT[sheet].title}.` });
  }
  if (missing.length > 0) return null;
  const out = new Map<ColumnKey<S>, number>();
  for (const [key, col] of found) if (isColumnKey(sheet, key)) out.set(key, col);
  return out;
}

/**
 * The header row: the first of the first few rows that names at least two of this sheet's columns,
 * because official rosters often carry a title row ("DAFTAR NOMINATIF PEGAWAI") above the headers.
 * Falls back to the first row, whose missing columns are then reported.
 */
function headerIndex(sheet: SheetName, rows: readonly ExcelJS.Row[]): number {
  const columns: readonly ColumnSpec[] = LAYOUT[sheet].columns;
  const known = new Set(columns.map((c) => headerKey(c.header)));
  for (let i = 0; i < Math.min(rows.length, 10); i += 1) {
    let hits = 0;
    rows[i]?.eachCell((cell) => {
      const v = plain(cell.value);
      if (typeof v === 'string' && known.has(headerKey(v))) hits += 1;
    });
    if (hits >= 2) return i;
  }
  return 0;
}

async function readSheet<S extends SheetName>(sheet: S, ws: ExcelJS.Worksheet, issues: RowError[], progress: ReadProgress, maxRows: number): Promise<RawRow<S>[]> {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow({ includeEmpty: false }, (r) => {
    rows.push(r);
  });
  const at = headerIndex(sheet, rows);
  const header = rows[at];
  const data = rows.slice(at + 1);
  if (!header) return [];
  if (data.length > maxRows) {
    throw new AppFailure('INVALID_SHEET', `Lembar ${LAYOUT[sheet].title} memuat ${data.length.toLocaleString('id-ID')} baris; paling banyak ${maxRows.toLocaleString('id-ID')} baris per lembar. Bagi data menjadi beberapa berkas.`);
  }
  const columns = mapHeader(sheet, header, issues);
  if (!columns) return [];
  const out: RawRow<S>[] = [];
  for (let i = 0; i < data.length; i += 1) {
    const r = data[i];
    if (!r) continue;
    const cells: Partial<Record<ColumnKey<S>, RawCell>> = {};
    let blank = true;
    for (const [key, col] of columns) {
      const c = plain(r.getCell(col).value);
      cells[key] = c;
      if (!isBlank(c)) blank = false;
    }
    if (!blank) out.push({ row: r.number, cells });
    if ((i + 1) % CHUNK === 0) await progress(sheet, i + 1, data.length);
  }
  if (data.length % CHUNK !== 0) await progress(sheet, data.length, data.length);
  return out;
}

function sheetByTitle(wb: ExcelJS.Workbook): Map<string, ExcelJS.Worksheet> {
  const out = new Map<string, ExcelJS.Worksheet>();
  wb.eachSheet((ws) => {
    const k = headerKey(ws.name);
    if (!out.has(k)) out.set(k, ws);
  });
  return out;
}

/**
 * Parses an .xlsx. Throws AppFailure INVALID_SHEET for anything that is not a readable workbook
 * holding at least one of the sheets "Unit Kerja", "Jabatan", "Pegawai"; a sheet left out simply
 * imports nothing of its kind.
 *
 * @example
 * const parsed = await readWorkbook(buffer, async () => {});
 * // `maxRows` (data rows per sheet) is lowered only by tests.
 * parsed.pegawai[0]?.cells.nip; // '198503122010011003'
 */
export async function readWorkbook(buf: Buffer, progress: ReadProgress, maxRows = MAX_DATA_ROWS): Promise<ParsedWorkbook> {
  const wb = await loadCheckedWorkbook(buf, maxRows);
  const sheets = sheetByTitle(wb);
  const present = SHEET_ORDER.filter((s) => sheets.has(headerKey(LAYOUT[s].title)));
  if (present.length === 0) {
    const names = [...sheets.values()].map((ws) => ws.name).filter((n) => headerKey(n) !== headerKey(HELP_SHEET_TITLE));
    throw new AppFailure('INVALID_SHEET', `Tidak ada lembar "Unit Kerja", "Jabatan" atau "Pegawai" di berkas ini${names.length ? ` (yang ada: ${names.slice(0, 5).join(', ')})` : ''}. Gunakan templat impor.`);
  }
  const issues: RowError[] = [];
  const get = (s: SheetName): ExcelJS.Worksheet | undefined => sheets.get(headerKey(LAYOUT[s].title));
  const read = async <S extends SheetName>(s: S): Promise<RawRow<S>[]> => {
    const ws = get(s);
    return ws ? readSheet(s, ws, issues, progress, maxRows) : [];
  };
  return { unit: await read('unit'), jabatan: await read('jabatan'), pegawai: await read('pegawai'), issues };
}
