/**
 * TL (terlambat) and PSW (pulang sebelum waktunya) bands and their deductions. Percentages are
 * summed as whole hundredths of a percent, so 0.5 + 1.25 + … never drifts the way binary
 * fractions do (0.1 + 0.2 ≠ 0.3); only the final figure is turned back into a percent.
 */
import type { Band, PengaturanTpp } from './types.js';

/**
 * A percent as whole hundredths of a percent.
 *
 * @example
 * seperseratus(1.25); // 125
 */
export function seperseratus(persen: number): number {
  return Math.round(persen * 100);
}

/** Hundredths of a percent back as a percent (the closest double; exact for two decimals' display). */
export function persenDari(seperseratusPersen: number): number {
  return seperseratusPersen / 100;
}

/**
 * The band of `menit` minutes late / early; null when 0 (on time). `menit` null = no scan → band 4.
 *
 * @example
 * bandDari(30, [30, 60, 90]); // 1
 * bandDari(31, [30, 60, 90]); // 2
 * bandDari(null, [30, 60, 90]); // 4
 */
export function bandDari(menit: number | null, batas: PengaturanTpp['batasMenit']): Band | null {
  if (menit === null) return 4;
  if (menit <= 0) return null;
  if (menit <= batas[0]) return 1;
  if (menit <= batas[1]) return 2;
  if (menit <= batas[2]) return 3;
  return 4;
}

/** The deduction of one band occurrence, in hundredths of a percent. */
export function tarifBand(band: Band, tarif: PengaturanTpp['tarifTl']): number {
  return seperseratus(tarif[band - 1] ?? 0);
}
