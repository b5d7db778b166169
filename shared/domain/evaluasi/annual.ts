/**
 * The suggested annual predikat from an SKP's periodic history (DOMAIN.md "Penilaian": how the
 * annual predikat derives from the periods is not fixed [unconfirmed]). The pejabat penilai sets the
 * annual ratings; this only suggests, and both the suggestion and the predikat set are stored
 * (`Evaluasi.saranPredikat`, `Evaluasi.predikat`), with a justification when they differ.
 */
import { PREDIKAT_LABEL, type PeriodeKey, type Predikat } from './types.js';

export type RiwayatPeriode = { key: PeriodeKey; predikat: Predikat | null };

export type SaranPredikat = {
  predikat: Predikat | null;
  /** Indonesian, ready to show beside the suggestion. */
  penjelasan: string;
};

/**
 * THE rule, in one replaceable place [unconfirmed]: the most frequent predikat among the rated
 * periods; on a tie, the one among the tied given in the most recent period (the latest picture of
 * the pegawai). `history` must be in period order (oldest first), as periodeEvaluasiOf returns them;
 * `TAHUNAN` entries and unrated periods are ignored.
 */
export function pickAnnualPredikat(rated: readonly Predikat[]): Predikat | null {
  const counts = new Map<Predikat, number>();
  const lastAt = new Map<Predikat, number>();
  rated.forEach((p, i) => {
    counts.set(p, (counts.get(p) ?? 0) + 1);
    lastAt.set(p, i);
  });
  let best: Predikat | null = null;
  for (const [p, n] of counts) {
    const bn = best === null ? 0 : (counts.get(best) ?? 0);
    if (best === null || n > bn || (n === bn && (lastAt.get(p) ?? -1) > (lastAt.get(best) ?? -1))) best = p;
  }
  return best;
}

/**
 * The suggested annual predikat with a short explanation.
 *
 * @example
 * saranPredikatTahunan([
 *   { key: 'TW1', predikat: 'baik' }, { key: 'TW2', predikat: 'baik' },
 *   { key: 'TW3', predikat: 'sangat_baik' }, { key: 'TW4', predikat: 'baik' },
 * ]);
 * // { predikat: 'baik', penjelasan: 'Paling sering: Baik (3 dari 4 periode)' }
 */
export function saranPredikatTahunan(history: readonly RiwayatPeriode[]): SaranPredikat {
  const periodic = history.filter((h) => h.key !== 'TAHUNAN');
  const rated = periodic.flatMap((h) => (h.predikat === null ? [] : [h.predikat]));
  const predikat = pickAnnualPredikat(rated);
  if (predikat === null) return { predikat: null, penjelasan: 'Belum ada periode yang dinilai.' };
  const countOf = (p: Predikat): number => rated.filter((q) => q === p).length;
  const n = countOf(predikat);
  const tied = [...new Set(rated)].some((p) => p !== predikat && countOf(p) === n);
  const base = `Paling sering: ${PREDIKAT_LABEL[predikat]} (${n} dari ${rated.length} periode)`;
  const unrated = periodic.length - rated.length;
  const parts = [base];
  if (tied) parts.push('sama banyak; dipilih yang paling akhir');
  if (unrated > 0) parts.push(`${unrated} periode belum dinilai`);
  return { predikat, penjelasan: parts.join(', ') };
}

/**
 * True when the annual predikat set differs from the suggestion (both known): the pejabat penilai
 * must write why (`Evaluasi.alasanPredikat`).
 *
 * @example
 * needsJustification('baik', 'sangat_baik'); // true
 * needsJustification(null, 'baik'); // false
 */
export function needsJustification(saran: Predikat | null, predikat: Predikat | null): boolean {
  return saran !== null && predikat !== null && saran !== predikat;
}
