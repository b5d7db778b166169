/** Period arithmetic for SKP: validity, overlap, and "one SKP per pegawai per period per jabatan". */
import { SKP_MSG } from './messages.js';
import type { Periode, Skp } from './types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Problems with a period (empty: valid). Dates are inclusive ISO dates inside `tahun`.
 *
 * @example
 * checkPeriode({ tahun: 2025, mulai: '2025-07-01', selesai: '2025-06-30' }); // ['Tanggal selesai ...']
 */
export function checkPeriode(p: Periode): string[] {
  if (!isRealDate(p.mulai) || !isRealDate(p.selesai)) return ['Tanggal periode tidak valid.'];
  const out: string[] = [];
  if (p.selesai < p.mulai) out.push(SKP_MSG.periodeTerbalik);
  if (!p.mulai.startsWith(`${p.tahun}-`) || !p.selesai.startsWith(`${p.tahun}-`)) out.push(SKP_MSG.periodeLuarTahun);
  return out;
}

/** The full calendar year, the default period of a new SKP. */
export function periodeTahunan(tahun: number): Periode {
  return { tahun, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` };
}

/** Days two inclusive periods share (0 when disjoint). */
export function overlapDays(a: Pick<Periode, 'mulai' | 'selesai'>, b: Pick<Periode, 'mulai' | 'selesai'>): number {
  const from = a.mulai > b.mulai ? a.mulai : b.mulai;
  const to = a.selesai < b.selesai ? a.selesai : b.selesai;
  if (to < from) return 0;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * One SKP per pegawai per period per jabatan: a new SKP (versi 1) may not overlap another chain of
 * the same pegawai and jabatan. Versions of one chain share their period and do not count.
 *
 * @example
 * clashingSkp({ pegawaiId: 'p', jabatanId: 'j', periode, id: 'new' }, existing); // the clashing SKP or null
 */
export function clashingSkp(
  candidate: Pick<Skp, 'id' | 'pegawaiId' | 'jabatanId' | 'periode'>,
  existing: readonly Pick<Skp, 'id' | 'pegawaiId' | 'jabatanId' | 'periode' | 'previousVersionId'>[],
): Pick<Skp, 'id'> | null {
  return (
    existing.find(
      (s) =>
        s.id !== candidate.id &&
        s.previousVersionId === null &&
        s.pegawaiId === candidate.pegawaiId &&
        s.jabatanId === candidate.jabatanId &&
        overlapDays(s.periode, candidate.periode) > 0,
    ) ?? null
  );
}
