/**
 * The lock of a finished evaluation (DOMAIN.md "Pelaksanaan": "after rating, the period is locked and
 * the pegawai cannot change it"). A locked period refuses realisasi and laporan harian edits from
 * EVERY role — pegawai, operator, admin and the penilai alike; only reopening (`buka`) lifts it.
 */
import type { Periode } from '../skp/types.js';
import { EVALUASI_MSG } from './messages.js';
import { refuseEvaluasi, type EvaluasiRefusal } from './outcome.js';
import { labelOfKey, periodeOfTanggal } from './periode-evaluasi.js';
import type { Evaluasi, JenisPeriodeEvaluasi, PeriodeKey } from './types.js';

type LockRow = Pick<Evaluasi, 'periode' | 'terkunci'>;

/**
 * True when the period's evaluation is finished (locked). No evaluation yet: not locked.
 *
 * @example
 * realisasiLocked(undefined); // false
 * realisasiLocked({ terkunci: true }); // true
 */
export function realisasiLocked(evaluasi: Pick<Evaluasi, 'terkunci'> | undefined): boolean {
  return evaluasi?.terkunci === true;
}

/**
 * Whether period `key` of an SKP is locked, given that SKP's evaluations: by its own evaluation, or
 * by the locked annual evaluation [our choice: once the year is finally rated, the periodic figures it
 * rests on are frozen too].
 *
 * @example
 * periodeLocked('B03', [{ periode: 'TAHUNAN', terkunci: true }]); // true
 */
export function periodeLocked(key: PeriodeKey, evaluasi: readonly LockRow[]): boolean {
  return evaluasi.some((e) => e.terkunci && (e.periode === key || e.periode === 'TAHUNAN'));
}

/**
 * Refusal (LOCKED) for editing the realisasi of period `key`, or null when it may be edited.
 *
 * @example
 * checkRealisasiEdit(2026, 'TW1', evaluasiOfSkp); // { ok: false, code: 'LOCKED', message: 'Periode TRIWULAN I ...' } or null
 */
export function checkRealisasiEdit(tahun: number, key: PeriodeKey, evaluasi: readonly LockRow[]): EvaluasiRefusal | null {
  return periodeLocked(key, evaluasi) ? refuseEvaluasi('LOCKED', EVALUASI_MSG.realisasiTerkunci(labelOfKey(tahun, key))) : null;
}

/**
 * Refusal for writing (adding, changing or deleting) a laporan harian entry dated `tanggal` in an SKP:
 * VALIDATION when the date is outside the SKP's periode, LOCKED when its period is locked; null: allowed.
 * Check both the old and the new date when an entry moves.
 *
 * @example
 * checkLaporanHarianEdit(skp.periode, '2026-02-10', 'triwulanan', evaluasiOfSkp); // null while TW1 is open
 */
export function checkLaporanHarianEdit(
  periode: Periode,
  tanggal: string,
  jenis: JenisPeriodeEvaluasi,
  evaluasi: readonly LockRow[],
): EvaluasiRefusal | null {
  const key = periodeOfTanggal(periode, tanggal, jenis);
  if (key === null) return refuseEvaluasi('VALIDATION', EVALUASI_MSG.tanggalLuarPeriode);
  return checkRealisasiEdit(periode.tahun, key, evaluasi);
}
