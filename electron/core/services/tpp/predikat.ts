/**
 * Which predikat pays a month's TPP: the port the rekap asks (`predikatOf`), and its desk
 * implementation over issue 10's locked periodic evaluations.
 *
 * [unconfirmed] DOMAIN.md does not say which evaluation a month's TPP follows. Chosen: a locked
 * periodic evaluation whose period covers the month — the month itself (B01..B12) before its
 * quarter (TW1..TW4), then the one locked last (an SKP closed mid-month by a move leaves two).
 * No such evaluation: "belum dinilai" (performance part 0 and flagged); the annual evaluation is
 * not used, because it comes after the months are paid.
 */
import type { Evaluasi, PeriodeKey, Predikat } from '../../../../shared/domain/evaluasi/types.js';
import type { Db } from '../../db/connection.js';
import { evaluasiTerkunci } from '../../db/repositories/tpp-evaluasi-repo.js';

export type PredikatBulan = { predikat: Predikat; periode: PeriodeKey } | null;
/** The port: the predikat of a pegawai for a month (1–12) of the rekap's year. */
export type PredikatOf = (pegawaiId: string, bulan: number) => PredikatBulan;

function covers(key: PeriodeKey, bulan: number): 0 | 1 | 2 {
  if (key === `B${String(bulan).padStart(2, '0')}`) return 2;
  if (key === `TW${Math.ceil(bulan / 3)}`) return 1;
  return 0;
}

function lockedAt(e: Evaluasi): string {
  return e.riwayat.filter((r) => r.action === 'kunci').reduce((a, r) => (r.at > a ? r.at : a), '');
}

/** Picks from one pegawai's locked evaluations (pure; the desk loader below feeds it). */
export function pilihPredikat(evaluasi: readonly Evaluasi[], bulan: number): PredikatBulan {
  let best: { e: Evaluasi; rank: number; at: string } | null = null;
  for (const e of evaluasi) {
    const rank = covers(e.periode, bulan);
    if (rank === 0 || e.predikat === null) continue;
    const at = lockedAt(e);
    if (!best || rank > best.rank || (rank === best.rank && (at > best.at || (at === best.at && e.id > best.e.id)))) best = { e, rank, at };
  }
  return best && best.e.predikat ? { predikat: best.e.predikat, periode: best.e.periode } : null;
}

/**
 * @example
 * const predikatOf = await loadPredikatOf(db, pegawaiIds, 2026);
 * predikatOf('p1', 1); // { predikat: 'baik', periode: 'B01' } or null
 */
export async function loadPredikatOf(db: Db, pegawaiIds: readonly string[], tahun: number): Promise<PredikatOf> {
  const byPegawai = new Map<string, Evaluasi[]>();
  for (const r of await evaluasiTerkunci(db, pegawaiIds, tahun)) byPegawai.set(r.pegawaiId, [...(byPegawai.get(r.pegawaiId) ?? []), r.evaluasi]);
  return (pegawaiId, bulan) => pilihPredikat(byPegawai.get(pegawaiId) ?? [], bulan);
}
