/**
 * The weekly and monthly rekap of a laporan harian: minutes, entries and volume per RHK, each week
 * (Monday–Sunday) and month clipped to the asked range; months against the instansi's effective
 * minutes. Pure over the entries, so the figures can be checked by hand.
 */
import { addDays, isoOf, isoParts, lastDayOfMonth } from '../../../../shared/domain/evaluasi/iso-date.js';
import { monthName } from '../../../../shared/format/tanggal.js';
import type { LaporanHarian } from '../../../../shared/domain/evaluasi/types.js';
import type { RekapRow, RekapVolume } from '../../../../shared/entities-evaluasi.js';

type Bucket = { mulai: string; selesai: string; label: string };

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(date: string): number {
  const d = new Date(`${date}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7; // Monday 0
  d.setUTCDate(d.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  return 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
}

function weeks(from: string, to: string): Bucket[] {
  const out: Bucket[] = [];
  let start = from;
  while (start <= to) {
    const dow = (new Date(`${start}T00:00:00Z`).getUTCDay() + 6) % 7;
    const sunday = addDays(start, 6 - dow);
    const end = sunday < to ? sunday : to;
    out.push({ mulai: start, selesai: end, label: `Minggu ke-${isoWeek(start)}` });
    start = addDays(end, 1);
  }
  return out;
}

function months(from: string, to: string): Bucket[] {
  const out: Bucket[] = [];
  let start = from;
  while (start <= to) {
    const p = isoParts(start);
    if (!p) break;
    const last = isoOf(p.year, p.month, lastDayOfMonth(p.year, p.month));
    const end = last < to ? last : to;
    out.push({ mulai: start, selesai: end, label: `${monthName(p.month, 'id')} ${p.year}` });
    start = addDays(end, 1);
  }
  return out;
}

function row(b: Bucket, entries: readonly LaporanHarian[], rhkTeks: ReadonlyMap<string, string>, menitEfektif: number | null): RekapRow {
  const inside = entries.filter((e) => e.tanggal >= b.mulai && e.tanggal <= b.selesai);
  const per = new Map<string | null, RekapVolume>();
  for (const e of inside) {
    const v = per.get(e.rhkId) ?? { rhkId: e.rhkId, rhkTeks: e.rhkId ? (rhkTeks.get(e.rhkId) ?? null) : null, volume: 0, menit: 0, entri: 0 };
    per.set(e.rhkId, { ...v, volume: v.volume + e.volume, menit: v.menit + e.menit, entri: v.entri + 1 });
  }
  const menit = inside.reduce((s, e) => s + e.menit, 0);
  return {
    ...b,
    menit,
    entri: inside.length,
    menitEfektif,
    persenEfektif: menitEfektif ? Math.round((menit * 1000) / menitEfektif) / 10 : null,
    perRhk: [...per.values()],
  };
}

/**
 * @example
 * rekapLaporan(entries, '2025-03-01', '2025-03-31', new Map(), 6750).bulanan[0];
 * // { mulai: '2025-03-01', selesai: '2025-03-31', label: 'Maret 2025', menit: 1350, persenEfektif: 20, ... }
 */
export function rekapLaporan(
  entries: readonly LaporanHarian[],
  from: string,
  to: string,
  rhkTeks: ReadonlyMap<string, string>,
  menitEfektifBulanan: number,
): { mingguan: RekapRow[]; bulanan: RekapRow[] } {
  return {
    mingguan: weeks(from, to).map((b) => row(b, entries, rhkTeks, null)),
    bulanan: months(from, to).map((b) => row(b, entries, rhkTeks, menitEfektifBulanan)),
  };
}
