/**
 * Capaian (percent achieved) per indikator: an AID shown beside the ratings, never a rating
 * (PermenPANRB 6/2022 rates by judgement; DOMAIN.md "Penilaian" keeps the older formula for reference):
 * realisasi ÷ target × 100, inverted (target ÷ realisasi × 100) for "lower is better" indicators.
 */
import type { Indikator } from '../skp/types.js';

/**
 * [unconfirmed] The highest capaian shown; above it the value is capped and marked. PermenPANRB
 * 8/2021 treated > 110–120 % as Sangat Baik, so more than 120 % says nothing extra and mostly comes
 * from a target set too low (or, lower-is-better, a realisasi of 0).
 */
export const CAPAIAN_MAKS = 120;

/**
 * Whether a smaller realisasi is better (e.g. "jumlah keluhan", "waktu penyelesaian"). Not yet on the
 * stored Indikator; a domain-side extension until the wire schema carries it.
 */
export type IndikatorArah = { lowerIsBetter?: boolean };

export type Capaian = { persen: number; capped: boolean };

function capped(persen: number): Capaian {
  return persen > CAPAIAN_MAKS ? { persen: CAPAIAN_MAKS, capped: true } : { persen, capped: false };
}

function usable(n: number | null): n is number {
  return n !== null && Number.isFinite(n) && n >= 0;
}

/**
 * Capaian of one indikator; null when it cannot be computed (target 0, no realisasi, a negative or
 * non-finite number). Lower-is-better with a realisasi of 0 is the best possible result: capped.
 *
 * @example
 * capaianOf({ target: 12, realisasi: 9, lowerIsBetter: false }); // { persen: 75, capped: false }
 * capaianOf({ target: 5, realisasi: 4, lowerIsBetter: true }); // { persen: 125 → 120, capped: true }
 * capaianOf({ target: 3, realisasi: 0, lowerIsBetter: true }); // { persen: 120, capped: true }
 */
export function capaianOf(input: { target: number; realisasi: number | null; lowerIsBetter: boolean }): Capaian | null {
  const { target, realisasi, lowerIsBetter } = input;
  if (!usable(target) || target === 0 || !usable(realisasi)) return null;
  if (!lowerIsBetter) return capped((realisasi / target) * 100);
  if (realisasi === 0) return { persen: CAPAIAN_MAKS, capped: true };
  return capped((target / realisasi) * 100);
}

/**
 * Capaian of a stored indikator and its realisasi value; null for a kualitatif target (a description
 * has no ratio).
 *
 * @example
 * capaianIndikator({ ...iki, target: { kind: 'kualitatif', teks: 'Laporan tepat waktu' } }, 1); // null
 */
export function capaianIndikator(indikator: Pick<Indikator, 'target'> & IndikatorArah, realisasi: number | null): Capaian | null {
  const t = indikator.target;
  if (t.kind !== 'kuantitatif') return null;
  return capaianOf({ target: t.nilai, realisasi, lowerIsBetter: indikator.lowerIsBetter ?? false });
}

/**
 * Progress of a period's realisasi against its rencana aksi (the share of the target planned for
 * that period), capped like capaian; null without a usable rencana (null or 0) or realisasi.
 *
 * @example
 * progresRencana(4, 3); // { persen: 75, capped: false }
 */
export function progresRencana(rencana: number | null, realisasi: number | null): Capaian | null {
  if (!usable(rencana) || rencana === 0 || !usable(realisasi)) return null;
  return capped((realisasi / rencana) * 100);
}
