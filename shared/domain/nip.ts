/**
 * NIP (PNS) and NI PPPK parsing.
 *
 * PNS NIP layout (18 digits):
 *   `YYYYMMDD` birth date + `YYYYMM` TMT CPNS + sex (`1` male, `2` female) + 3-digit sequence.
 * NI PPPK is also 18 digits and starts with the birth date, but digits 13–14 are not a month
 * [unconfirmed], so only length, digits and birth date are checked for PPPK.
 *
 * Plausibility checks beyond DOMAIN.md are deliberately lenient (a false rejection locks a real
 * person out of the app, a false acceptance only lets a typo through):
 * - years (birth and TMT) must lie in {@link MIN_YEAR}..{@link MAX_YEAR}; no "today" is needed, so
 *   the function stays pure and deterministic;
 * - the TMT CPNS must be at least {@link MIN_CPNS_AGE} years after the birth date (the minimum CPNS
 *   age, DOMAIN.md). TMT has no day, so months are compared: the TMT month may be the month of the
 *   18th birthday itself (a TMT of 1 March for a birthday on 12 March is accepted), the lenient reading.
 */
import { formatDate, monthName } from '../format/tanggal.js';

export type JenisAsn = 'PNS' | 'PPPK';

export type NipErrorCode = 'NIP_LENGTH' | 'NIP_DIGITS' | 'NIP_BIRTH_DATE' | 'NIP_TMT' | 'NIP_SEX' | 'NIP_SEQUENCE';

export type NipError = {
  code: NipErrorCode;
  /** Indonesian, ready to show. */
  message: string;
};

export type ParsedNip = {
  /** The normalised 18-digit string. */
  nip: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  /** `YYYY-MM`; null for PPPK. */
  tmtCpns: string | null;
  /** null for PPPK (not validated there). */
  sex: 'L' | 'P' | null;
  /** The last three digits, as written. */
  sequence: string;
};

export type ParseNipResult = { ok: true; value: ParsedNip } | { ok: false; errors: NipError[] };

/** Earliest year accepted in a birth date or TMT. */
export const MIN_YEAR = 1900;
/** Latest year accepted in a birth date or TMT. */
export const MAX_YEAR = 2100;

export const NIP_LENGTH = 18;

/** The minimum age at which one can become CPNS: a TMT CPNS earlier than this after the birth date is no real NIP. */
export const MIN_CPNS_AGE = 18;

/**
 * Removes every whitespace character (people paste "19850312 201001 1 003").
 *
 * @example
 * normalizeNip(' 19850312 201001 1 003 '); // '198503122010011003'
 */
export function normalizeNip(raw: string): string {
  return raw.replace(/\s+/g, '');
}

/** True for a real calendar day (Gregorian leap years) within the accepted year range. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function err(code: NipErrorCode, message: string): NipError {
  return { code, message };
}

/**
 * Parses and validates a NIP (PNS) or NI PPPK, returning every problem found, not only the first.
 * When the length or the characters are wrong the parts cannot be located, so only those errors
 * are returned.
 *
 * @example
 * parseNip('19850312 201001 1 003', 'PNS');
 * // { ok: true, value: { nip: '198503122010011003', birthDate: '1985-03-12', tmtCpns: '2010-01',
 * //   sex: 'L', sequence: '003' } }
 * parseNip('198513322010130000', 'PNS'); // { ok: false, errors: [NIP_BIRTH_DATE, NIP_TMT, NIP_SEX, NIP_SEQUENCE] }
 */
export function parseNip(raw: string, jenis: JenisAsn): ParseNipResult {
  const label = jenis === 'PNS' ? 'NIP' : 'NI PPPK';
  const nip = normalizeNip(raw);
  const shapeErrors: NipError[] = [];
  if (nip.length !== NIP_LENGTH) {
    shapeErrors.push(err('NIP_LENGTH', `${label} harus 18 digit angka (tertulis ${nip.length} karakter).`));
  }
  if (!/^\d*$/.test(nip)) {
    shapeErrors.push(err('NIP_DIGITS', `${label} hanya boleh berisi angka.`));
  }
  if (shapeErrors.length > 0) return { ok: false, errors: shapeErrors };

  const errors: NipError[] = [];
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  const birthOk = isRealDate(by, bm, bd);
  if (!birthOk) {
    errors.push(err('NIP_BIRTH_DATE', `8 digit pertama ${label} harus tanggal lahir yang valid (TTTTBBHH).`));
  }
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const sequence = nip.slice(15, 18);

  if (jenis === 'PPPK') {
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { nip, birthDate, tmtCpns: null, sex: null, sequence } };
  }

  const ty = Number(nip.slice(8, 12));
  const tm = Number(nip.slice(12, 14));
  if (ty < MIN_YEAR || ty > MAX_YEAR || tm < 1 || tm > 12) {
    errors.push(err('NIP_TMT', 'Digit ke-9 sampai ke-14 NIP harus TMT CPNS yang valid (tahun dan bulan 01–12).'));
  } else if (birthOk && ty * 12 + tm < (by + MIN_CPNS_AGE) * 12 + bm) {
    // Month granularity, lenient: the month of the 18th birthday counts (see the file comment).
    const tmtText = `${monthName(tm, 'id')} ${ty}`;
    const birthText = formatDate(birthDate, 'id');
    errors.push(err('NIP_TMT', `TMT CPNS ${tmtText} kurang dari ${MIN_CPNS_AGE} tahun setelah tanggal lahir ${birthText}.`));
  }

  const sexDigit = nip.charAt(14);
  if (sexDigit !== '1' && sexDigit !== '2') {
    errors.push(err('NIP_SEX', 'Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan).'));
  }

  // [unconfirmed] Sequences are assumed to start at 001; no source shows a NIP ending in 000.
  if (sequence === '000') {
    errors.push(err('NIP_SEQUENCE', 'Nomor urut NIP (3 digit terakhir) harus 001 sampai 999.'));
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      nip,
      birthDate,
      tmtCpns: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
      sex: sexDigit === '1' ? 'L' : 'P',
      sequence,
    },
  };
}

function datePart(iso: string, pattern: RegExp, what: string): string {
  if (!pattern.test(iso)) throw new RangeError(`${what} must match ${pattern.source}, got "${iso}"`);
  return iso.replace(/-/g, '');
}

function sequencePart(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
    throw new RangeError(`sequence must be an integer 1..999, got ${sequence}`);
  }
  return String(sequence).padStart(3, '0');
}

/**
 * Builds a PNS NIP from its parts (used by the demo generator). Throws `RangeError` on malformed
 * parts — a programming error, never user input; run `parseNip` on user input instead.
 *
 * @example
 * makeNip({ birthDate: '1985-03-12', tmtCpns: '2010-01', sex: 'L', sequence: 3 }); // '198503122010011003'
 */
export function makeNip(parts: { birthDate: string; tmtCpns: string; sex: 'L' | 'P'; sequence: number }): string {
  const birth = datePart(parts.birthDate, /^\d{4}-\d{2}-\d{2}$/, 'birthDate');
  const tmt = datePart(parts.tmtCpns, /^\d{4}-\d{2}$/, 'tmtCpns');
  return `${birth}${tmt}${parts.sex === 'L' ? '1' : '2'}${sequencePart(parts.sequence)}`;
}

/**
 * The code seen in digits 13–14 of published NI PPPK numbers [unconfirmed: one replaceable place].
 */
export const NI_PPPK_CODE = '21';

/**
 * Builds an NI PPPK (used by the demo generator): birth date + appointment year +
 * {@link NI_PPPK_CODE} + sex digit + 3-digit sequence [layout after the birth date unconfirmed;
 * `parseNip(.., 'PPPK')` only checks length, digits and birth date].
 *
 * @example
 * makeNiPppk({ birthDate: '1990-07-01', tahunPengangkatan: 2022, sex: 'P', sequence: 15 }); // '199007012022212015'
 */
export function makeNiPppk(parts: {
  birthDate: string;
  tahunPengangkatan: number;
  sex: 'L' | 'P';
  sequence: number;
}): string {
  const birth = datePart(parts.birthDate, /^\d{4}-\d{2}-\d{2}$/, 'birthDate');
  const year = parts.tahunPengangkatan;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`tahunPengangkatan must be a 4-digit year, got ${year}`);
  }
  return `${birth}${year}${NI_PPPK_CODE}${parts.sex === 'L' ? '1' : '2'}${sequencePart(parts.sequence)}`;
}
