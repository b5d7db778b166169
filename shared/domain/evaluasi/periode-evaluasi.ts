/**
 * The evaluation periods of one SKP (DOMAIN.md "Penilaian"): monthly `B01`..`B12` or quarterly
 * `TW1`..`TW4` (an instansi setting), then the annual `TAHUNAN`. A mid-year move ends one SKP and
 * starts another, so an SKP only has the periods that intersect its own periode, each clipped to it.
 */
import { monthName } from '../../format/tanggal.js';
import type { Periode } from '../skp/types.js';
import { addDays, daysBetween, isoOf, isoParts, lastDayOfMonth } from './iso-date.js';
import { PERIODE_KEY_PATTERN, type JenisPeriodeEvaluasi, type PeriodeKey } from './types.js';

/** One evaluation period of an SKP: inclusive ISO dates, clipped to the SKP's periode. */
export type PeriodeEvaluasi = { key: PeriodeKey; mulai: string; selesai: string; label: string };

export const BULAN_KEYS = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12'] as const satisfies readonly PeriodeKey[];
export const TRIWULAN_KEYS = ['TW1', 'TW2', 'TW3', 'TW4'] as const satisfies readonly PeriodeKey[];

/** The quarters as the regulation names them; callers may append the year. */
export const TRIWULAN_LABEL = {
  TW1: 'TRIWULAN I',
  TW2: 'TRIWULAN II',
  TW3: 'TRIWULAN III',
  TW4: 'TRIWULAN IV/AKHIR',
} as const satisfies Record<TriwulanKey, string>;

export const TAHUNAN_LABEL = 'Tahunan';

export type TriwulanKey = (typeof TRIWULAN_KEYS)[number];

function isTriwulan(key: PeriodeKey): key is TriwulanKey {
  return key.startsWith('TW');
}

/**
 * True for `B01`..`B12`, `TW1`..`TW4` and `TAHUNAN`.
 *
 * @example
 * isPeriodeKey('B13'); // false
 */
export function isPeriodeKey(s: string): s is PeriodeKey {
  return PERIODE_KEY_PATTERN.test(s);
}

/**
 * The periodic keys of a jenis, in order (without `TAHUNAN`).
 *
 * @example
 * periodicKeysOf('triwulanan'); // ['TW1', 'TW2', 'TW3', 'TW4']
 */
export function periodicKeysOf(jenis: JenisPeriodeEvaluasi): PeriodeKey[] {
  return jenis === 'bulanan' ? [...BULAN_KEYS] : [...TRIWULAN_KEYS];
}

/** First and last month (1–12) a periodic key covers; null for `TAHUNAN`. */
function monthsOf(key: PeriodeKey): [number, number] | null {
  if (key === 'TAHUNAN') return null;
  if (isTriwulan(key)) {
    const q = Number(key.slice(2));
    return [q * 3 - 2, q * 3];
  }
  const m = Number(key.slice(1));
  return [m, m];
}

/**
 * The calendar range of a key in a year (`TAHUNAN`: the whole year), not clipped to any SKP.
 *
 * @example
 * rangeOfKey(2024, 'B02'); // { mulai: '2024-02-01', selesai: '2024-02-29' }
 * rangeOfKey(2026, 'TW4'); // { mulai: '2026-10-01', selesai: '2026-12-31' }
 */
export function rangeOfKey(tahun: number, key: PeriodeKey): { mulai: string; selesai: string } {
  const [from, to] = monthsOf(key) ?? [1, 12];
  return { mulai: isoOf(tahun, from, 1), selesai: isoOf(tahun, to, lastDayOfMonth(tahun, to)) };
}

/**
 * The label of a key: months with the year ("Januari 2026"), quarters by the regulation's names
 * ("TRIWULAN IV/AKHIR", without the year), "Tahunan".
 *
 * @example
 * labelOfKey(2026, 'B03'); // 'Maret 2026'
 */
export function labelOfKey(tahun: number, key: PeriodeKey): string {
  if (key === 'TAHUNAN') return TAHUNAN_LABEL;
  if (isTriwulan(key)) return TRIWULAN_LABEL[key];
  return `${monthName(Number(key.slice(1)), 'id')} ${tahun}`;
}

/**
 * The periodic key containing an ISO date (the year is the caller's to compare); null when the date
 * is not a real one.
 *
 * @example
 * periodeOfDate('2026-05-31', 'triwulanan'); // 'TW2'
 * periodeOfDate('2026-05-31', 'bulanan'); // 'B05'
 */
export function periodeOfDate(date: string, jenis: JenisPeriodeEvaluasi): PeriodeKey | null {
  const p = isoParts(date);
  if (!p) return null;
  return jenis === 'bulanan' ? BULAN_KEYS[p.month - 1] ?? null : TRIWULAN_KEYS[Math.floor((p.month - 1) / 3)] ?? null;
}

/**
 * The evaluation periods of an SKP: the periodic keys that intersect its periode, in order, each
 * clipped to it, then `TAHUNAN` (the SKP's whole periode) last. Empty for an invalid periode.
 *
 * @example
 * periodeEvaluasiOf({ tahun: 2026, mulai: '2026-07-15', selesai: '2026-12-31' }, 'triwulanan').map((p) => p.key);
 * // ['TW3', 'TW4', 'TAHUNAN']; TW3 runs 2026-07-15 .. 2026-09-30
 */
export function periodeEvaluasiOf(periode: Periode, jenis: JenisPeriodeEvaluasi): PeriodeEvaluasi[] {
  if (!isoParts(periode.mulai) || !isoParts(periode.selesai) || periode.selesai < periode.mulai) return [];
  const out: PeriodeEvaluasi[] = [];
  for (const key of periodicKeysOf(jenis)) {
    const r = rangeOfKey(periode.tahun, key);
    const mulai = r.mulai > periode.mulai ? r.mulai : periode.mulai;
    const selesai = r.selesai < periode.selesai ? r.selesai : periode.selesai;
    if (mulai <= selesai) out.push({ key, mulai, selesai, label: labelOfKey(periode.tahun, key) });
  }
  out.push({ key: 'TAHUNAN', mulai: periode.mulai, selesai: periode.selesai, label: TAHUNAN_LABEL });
  return out;
}

/**
 * The period of an SKP a date falls in (a laporan harian's tanggal rolls up here); null when the date
 * is outside the SKP's periode or not a real date.
 *
 * @example
 * periodeOfTanggal({ tahun: 2026, mulai: '2026-07-01', selesai: '2026-12-31' }, '2026-03-02', 'bulanan'); // null
 */
export function periodeOfTanggal(periode: Periode, date: string, jenis: JenisPeriodeEvaluasi): PeriodeKey | null {
  if (!isoParts(date) || date < periode.mulai || date > periode.selesai) return null;
  return periodeOfDate(date, jenis);
}

/**
 * The periods that end within `withinDays` days of `today` (today itself counts, 0 days left),
 * soonest first: Beranda's "periods closing".
 *
 * @example
 * closingPeriods('2026-03-25', periodeEvaluasiOf(periodeTahunan(2026), 'bulanan'), 7);
 * // [{ periode: { key: 'B03', ... }, sisaHari: 6 }]
 */
export function closingPeriods(
  today: string,
  periods: readonly PeriodeEvaluasi[],
  withinDays: number,
): { periode: PeriodeEvaluasi; sisaHari: number }[] {
  if (!isoParts(today)) return [];
  const last = addDays(today, withinDays);
  return periods
    .filter((p) => p.selesai >= today && p.selesai <= last)
    .map((periode) => ({ periode, sisaHari: daysBetween(today, periode.selesai) }))
    .sort((a, b) => a.sisaHari - b.sisaHari);
}

/**
 * The due date of the annual evaluation of `tahun`: the instansi setting `MM-DD` (always January,
 * see PengaturanKinerja) in the following year. Throws `RangeError` on a malformed setting — the
 * sync schema already refuses one, so this is a programming error.
 *
 * @example
 * batasEvaluasiTahunan(2026, '01-15'); // '2027-01-15'
 */
export function batasEvaluasiTahunan(tahun: number, mmdd: string): string {
  const iso = `${tahun + 1}-${mmdd}`;
  if (!/^\d{2}-\d{2}$/.test(mmdd) || !mmdd.startsWith('01-') || !isoParts(iso)) {
    throw new RangeError(`batasEvaluasiTahunan must be a January MM-DD, got "${mmdd}"`);
  }
  return iso;
}
