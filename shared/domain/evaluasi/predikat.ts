/**
 * Predikat kinerja pegawai from the pejabat penilai's two ratings (PermenPANRB 6/2022, DOMAIN.md
 * "Penilaian"): rows are the rating hasil kerja (HK), columns the rating perilaku kerja (PK).
 *
 * | HK \ PK  | Di Bawah          | Sesuai          | Di Atas         |
 * |----------|-------------------|-----------------|-----------------|
 * | Di Atas  | Kurang/Misconduct | Baik            | Sangat Baik     |
 * | Sesuai   | Kurang/Misconduct | Baik            | Baik            |
 * | Di Bawah | Sangat Kurang     | Butuh Perbaikan | Butuh Perbaikan |
 */
import { PREDIKATS, type Predikat, type Rating } from './types.js';

/** The matrix as data: `PREDIKAT_MATRIX[hk][pk]`. */
export const PREDIKAT_MATRIX = {
  di_atas: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'sangat_baik' },
  sesuai: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'baik' },
  di_bawah: { di_bawah: 'sangat_kurang', sesuai: 'butuh_perbaikan', di_atas: 'butuh_perbaikan' },
} as const satisfies Record<Rating, Record<Rating, Predikat>>;

/**
 * The predikat of a rating hasil kerja and a rating perilaku kerja.
 *
 * @example
 * predikatOf('di_atas', 'di_atas'); // 'sangat_baik'
 * predikatOf('sesuai', 'di_bawah'); // 'kurang'
 */
export function predikatOf(hk: Rating, pk: Rating): Predikat {
  return PREDIKAT_MATRIX[hk][pk];
}

/**
 * The predikat once both ratings are given; null while either is missing.
 *
 * @example
 * predikatOrNull('sesuai', null); // null
 */
export function predikatOrNull(hk: Rating | null, pk: Rating | null): Predikat | null {
  return hk === null || pk === null ? null : predikatOf(hk, pk);
}

/** 4 for Sangat Baik down to 0 for Sangat Kurang. */
export function predikatRank(p: Predikat): number {
  return PREDIKATS.length - 1 - PREDIKATS.indexOf(p);
}

/**
 * Orders predikat by merit: positive when `a` is better than `b`, 0 when equal, negative when worse
 * (Sangat Baik > Baik > Butuh Perbaikan > Kurang/Misconduct > Sangat Kurang). Sort best first with
 * `list.sort((x, y) => comparePredikat(y, x))`.
 *
 * @example
 * comparePredikat('baik', 'kurang') > 0; // true
 */
export function comparePredikat(a: Predikat, b: Predikat): number {
  return predikatRank(a) - predikatRank(b);
}
