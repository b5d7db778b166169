/**
 * Counting a unit's predikat for the kurva distribusi, and finding who a kurva warning is about
 * ("who is affected"). Single passes: a unit of 10,000 rows is counted in well under a millisecond.
 */
import type { KurvaWarning, PredikatCounts } from './kurva.js';
import type { Predikat } from './types.js';

export type DistribusiRow = { pegawaiId: string; predikat: Predikat | null };

export type Distribusi = { counts: PredikatCounts; belumDinilai: number };

/** A zero count for every predikat. */
export function emptyCounts(): PredikatCounts {
  return { sangat_baik: 0, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 };
}

/**
 * Counts per predikat, and the pegawai not rated yet (predikat null), in one pass.
 *
 * @example
 * distribusi([{ pegawaiId: 'a', predikat: 'baik' }, { pegawaiId: 'b', predikat: null }]);
 * // { counts: { ..., baik: 1 }, belumDinilai: 1 }
 */
export function distribusi(rows: readonly DistribusiRow[]): Distribusi {
  const counts = emptyCounts();
  let belumDinilai = 0;
  for (const r of rows) {
    if (r.predikat === null) belumDinilai += 1;
    else counts[r.predikat] += 1;
  }
  return { counts, belumDinilai };
}

/**
 * The rows in the predikat groups a warning is about, in the given order: the pegawai the app lists
 * under the warning.
 *
 * @example
 * affected(warning, rows).map((r) => r.pegawaiId); // those rated Sangat Baik, for "Sangat Baik paling banyak 70 %"
 */
export function affected<R extends DistribusiRow>(warning: Pick<KurvaWarning, 'predikats'>, rows: readonly R[]): R[] {
  const set = new Set<Predikat>(warning.predikats);
  return rows.filter((r) => r.predikat !== null && set.has(r.predikat));
}
