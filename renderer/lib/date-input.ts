/**
 * Reading a date typed the Indonesian way, DD/MM/YYYY, whatever the OS or browser locale says
 * (an English Windows would otherwise read "12/31/2026" month first). Pure; the contract takes
 * and gives ISO `YYYY-MM-DD`.
 */
import { isRealDate } from '../../shared/domain/nip.js';

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function iso(y: number, m: number, d: number): string | null {
  if (!isRealDate(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The ISO date of a typed "DD/MM/YYYY" (also with `-` or `.`, one-digit day or month, or an ISO
 * date pasted as is); null while the text is not a whole, real date (a year of four digits is
 * required, so "31/12/2" is not read as year 2).
 *
 * @example
 * parseDateInput('31/12/2026'); // '2026-12-31'
 * parseDateInput('31/02/2026'); // null
 */
export function parseDateInput(text: string): string | null {
  const s = text.trim();
  const dmy = DMY.exec(s);
  if (dmy) return iso(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = ISO.exec(s);
  if (ymd) return iso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}

/**
 * ISO → "DD/MM/YYYY" for a field's text.
 *
 * @example
 * formatDateInput('2026-12-31'); // '31/12/2026'
 */
export function formatDateInput(isoDate: string | null): string {
  const m = isoDate ? ISO.exec(isoDate) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}
