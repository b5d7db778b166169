/**
 * The penilai's side of the demo: how each pegawai tends to do (a few excel, most meet
 * expectations, a few fall short), the two ratings per period drawn from that, and the evaluasi
 * row of a rated period with its history — rated a few working days after the report, mostly
 * locked, mostly acknowledged, now and then reopened with a reason and locked again. History
 * events are unsigned, like the demo's SKP steps (no command id: the demo never syncs).
 */
import { predikatOf } from '../../../shared/domain/evaluasi/predikat.js';
import type { Evaluasi, EvaluasiEvent, PeriodeKey, Rating } from '../../../shared/domain/evaluasi/types.js';
import { ALASAN_BUKA, umpanBalikRating } from './evaluasi-texts.js';
import { isoAt, type OfficeClock } from './office-clock.js';
import type { Rng } from './prng.js';

export type Tier = 'tinggi' | 'normal' | 'rendah';

/** Cumulative odds of each rating per tier: [di_atas, di_atas + sesuai]; the rest is di_bawah. */
const HK_ODDS: Record<Tier, readonly [number, number]> = { tinggi: [0.7, 1], normal: [0.08, 0.94], rendah: [0, 0.45] };
const PK_ODDS: Record<Tier, readonly [number, number]> = { tinggi: [0.6, 1], normal: [0.06, 0.98], rendah: [0, 0.85] };

export function pickTier(rng: Rng): Tier {
  const x = rng.next();
  return x < 0.18 ? 'tinggi' : x < 0.9 ? 'normal' : 'rendah';
}

function pickRating(rng: Rng, odds: readonly [number, number]): Rating {
  const x = rng.next();
  return x < odds[0] ? 'di_atas' : x < odds[1] ? 'sesuai' : 'di_bawah';
}

export const pickHasilKerja = (rng: Rng, tier: Tier): Rating => pickRating(rng, HK_ODDS[tier]);
export const pickPerilaku = (rng: Rng, tier: Tier): Rating => pickRating(rng, PK_ODDS[tier]);

export type RatedPeriod = {
  id: string;
  skpId: string;
  periode: PeriodeKey;
  penilaiPegawaiId: string;
  penilaiUserId: string;
  pegawaiUserId: string;
  hk: Rating;
  pk: Rating;
  /** When the realisasi was reported: rating follows it. */
  reportedAt: number;
  /** Finished (locked) or left open for the penilai to finish. */
  kunci: boolean;
};

/** The evaluasi row of a rated period, or null when the rating would fall after `now`. */
export function ratedEvaluasi(rng: Rng, clock: OfficeClock, p: RatedPeriod): { row: Evaluasi; createdAt: number; updatedAt: number } | null {
  const ratedAt = clock.after(p.reportedAt, 1, 12);
  if (ratedAt > clock.now) return null;
  const ev = (at: number, action: EvaluasiEvent['action'], alasan: string | null = null): EvaluasiEvent => ({
    at: isoAt(at), action, actorUserId: action === 'terima' ? p.pegawaiUserId : p.penilaiUserId, alasan,
  });
  const riwayat: EvaluasiEvent[] = [ev(ratedAt, 'nilai')];
  let hk = p.hk;
  let pk = p.pk;
  let diterimaAt: string | null = null;
  const push = (minDays: number, maxDays: number, action: EvaluasiEvent['action'], alasan: string | null = null): boolean => {
    const prev = Date.parse(riwayat.at(-1)?.at ?? '');
    const at = clock.after(prev, minDays, maxDays);
    if (at > clock.now) return false;
    riwayat.push(ev(at, action, alasan));
    return true;
  };
  if (p.kunci && push(0, 3, 'kunci')) {
    // Now and then the penilai reopens a finished evaluation, corrects a rating and locks it again.
    if (rng.chance(0.02) && push(2, 10, 'buka', rng.pick(ALASAN_BUKA)) && push(0, 2, 'nilai')) {
      if (pk === 'di_bawah') pk = 'sesuai';
      else if (hk === 'sesuai') hk = 'di_atas';
      push(0, 1, 'kunci');
    }
    if (riwayat.at(-1)?.action === 'kunci' && rng.chance(0.85) && push(0, 6, 'terima')) diterimaAt = riwayat.at(-1)?.at ?? null;
  }
  const terkunci = riwayat.filter((e) => e.action === 'kunci').length > riwayat.filter((e) => e.action === 'buka').length;
  const row: Evaluasi = {
    id: p.id, skpId: p.skpId, periode: p.periode, penilaiPegawaiId: p.penilaiPegawaiId,
    ratingHasilKerja: hk, ratingPerilaku: pk, predikat: predikatOf(hk, pk), saranPredikat: null, alasanPredikat: null,
    umpanBalikHasilKerja: umpanBalikRating(rng, 'hasil', hk), umpanBalikPerilaku: umpanBalikRating(rng, 'perilaku', pk),
    catatan: null, terkunci, diterimaAt, riwayat,
  };
  return { row, createdAt: ratedAt, updatedAt: Date.parse(riwayat.at(-1)?.at ?? '') };
}
