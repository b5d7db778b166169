/**
 * Reading one cell as the type a column wants. Spreadsheets hold whatever people typed or Excel
 * guessed (numbers for codes, dates as serials or text), so each reader accepts the reasonable
 * forms and otherwise says in Indonesian what to write instead.
 */
import { isRealDate, normalizeNip } from '../../../../shared/domain/nip.js';
import type { RawCell } from './read-workbook.js';

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(message: string): CellResult<T> => ({ ok: false, message });

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): string | null {
  return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** Excel stores dates as days since 1899-12-30 (exceljs already converts date-formatted cells). */
function fromSerial(n: number): string | null {
  if (!Number.isFinite(n) || n < 1 || n > 2_958_465) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function formulaError(c: { error: string }): string {
  return `Sel berisi galat rumus ${c.error}; isi dengan nilai biasa.`;
}

/**
 * Text of a cell, trimmed; '' when blank. Numbers are written without thousands separators.
 *
 * @example
 * cellText(' Bidang Kebudayaan '); // { ok: true, value: 'Bidang Kebudayaan' }
 */
export function cellText(c: RawCell | undefined): CellResult<string> {
  if (c === null || c === undefined) return ok('');
  if (typeof c === 'string') return ok(c.trim());
  if (typeof c === 'number') return ok(String(c));
  if (typeof c === 'boolean') return ok(c ? 'TRUE' : 'FALSE');
  if (c instanceof Date) return ok(Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10));
  return bad(formulaError(c));
}

/**
 * A NIP with spaces removed. Excel keeps only 15 significant digits of a number, so an 18-digit NIP
 * typed into a number cell has already lost its last digits: that is refused, not guessed.
 *
 * @example
 * cellNip(198503122010011000); // { ok: false, message: 'NIP tersimpan sebagai angka ...' }
 */
export function cellNip(c: RawCell | undefined): CellResult<string> {
  if (typeof c === 'number') {
    if (!Number.isSafeInteger(c)) {
      return bad('NIP tersimpan sebagai angka dan kehilangan digit; format kolom sebagai Teks lalu ketik ulang NIP-nya.');
    }
    return ok(String(c));
  }
  const t = cellText(c);
  return t.ok ? ok(normalizeNip(t.value)) : t;
}

/**
 * A date as YYYY-MM-DD, or null when blank. Accepts date cells, Excel serials, "2024-01-02" and the
 * Indonesian day-first "02/01/2024" or "02-01-2024".
 *
 * @example
 * cellDate('02/01/2024'); // { ok: true, value: '2024-01-02' }
 */
export function cellDate(c: RawCell | undefined): CellResult<string | null> {
  const wrong = 'Tanggal tidak valid; tulis sebagai TTTT-BB-HH, misalnya 2024-01-02.';
  if (c === null || c === undefined) return ok(null);
  if (c instanceof Date) {
    const iso = Number.isNaN(c.getTime()) ? null : isoOf(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate());
    return iso ? ok(iso) : bad(wrong);
  }
  if (typeof c === 'number') {
    const iso = fromSerial(c);
    return iso ? ok(iso) : bad(wrong);
  }
  if (typeof c !== 'string') return typeof c === 'boolean' ? bad(wrong) : bad(formulaError(c));
  const t = c.trim();
  if (t === '') return ok(null);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = ymd ? isoOf(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) : dmy ? isoOf(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : null;
  return iso ? ok(iso) : bad(wrong);
}

/**
 * A whole number in [min, max], or null when blank.
 *
 * @example
 * cellInt('7', 1, 17); // { ok: true, value: 7 }
 */
export function cellInt(c: RawCell | undefined, min: number, max: number, message: string): CellResult<number | null> {
  const t = cellText(c);
  if (!t.ok) return t;
  if (t.value === '') return ok(null);
  const n = Number(t.value);
  return Number.isInteger(n) && n >= min && n <= max ? ok(n) : bad(message);
}
