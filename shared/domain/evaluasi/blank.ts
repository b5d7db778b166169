/**
 * The evaluation of one SKP period before its first step: nothing rated, unlocked, no history.
 * The desk makes the row from it with the first `nilai`; the server checks that first step against
 * it; tests start from it. Written once so the three cannot drift when a field is added.
 */
import type { Evaluasi } from './types.js';

/**
 * What differs per caller: the id (the desk derives it from skp and period, the server takes the
 * pushed row's, tests mint one) and the penilai (the desk names the rater; the server leaves it
 * null because the step it checks records who rated).
 */
export type BlankEvaluasiKey = Pick<Evaluasi, 'id' | 'skpId' | 'periode' | 'penilaiPegawaiId'>;

/**
 * An unrated, unlocked evaluation with an empty `riwayat`.
 *
 * @example
 * blankEvaluasi({ id: 'ev-1', skpId: 'skp-1', periode: 'TW1', penilaiPegawaiId: null });
 * // { id: 'ev-1', ..., ratingHasilKerja: null, predikat: null, terkunci: false, riwayat: [] }
 */
export function blankEvaluasi({ id, skpId, periode, penilaiPegawaiId }: BlankEvaluasiKey): Evaluasi {
  return {
    id,
    skpId,
    periode,
    penilaiPegawaiId,
    ratingHasilKerja: null,
    ratingPerilaku: null,
    predikat: null,
    saranPredikat: null,
    alasanPredikat: null,
    umpanBalikHasilKerja: null,
    umpanBalikPerilaku: null,
    catatan: null,
    terkunci: false,
    diterimaAt: null,
    riwayat: [],
  };
}
