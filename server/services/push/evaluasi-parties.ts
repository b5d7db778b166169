/**
 * Who stands where on an SKP's pelaksanaan and penilaian, resolved from the server's rows the way
 * the desk resolves it, so `shared/domain/evaluasi` gives the same verdict on both sides. Every
 * evaluation check reads the pejabat penilai from here: the holders of the atasan jabatan of the
 * SKP's jabatan (standingOf), replaced by the owner's active penilai overrides (`penilaiOn`).
 */
import { actsForOwner, capacityOf } from '../../../shared/domain/skp/actor.js';
import { isPenilaiOf, type EvaluasiActor, type EvaluasiParties } from '../../../shared/domain/evaluasi/evaluasi-rules.js';
import type { EvaluasiRefusal } from '../../../shared/domain/evaluasi/outcome.js';
import { penilaiOn } from '../../../shared/domain/evaluasi/penilai.js';
import { periodeEvaluasiOf } from '../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { JenisPeriodeEvaluasi, PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import type { Skp } from '../../../shared/domain/skp/types.js';
import { findPengaturan, overridesOfPegawai } from '../../db/repos/evaluasi-repo.js';
import { findPegawai } from '../../db/repos/pegawai-repo.js';
import { findRhk, findSkp } from '../../db/repos/skp-repo.js';
import { holderIds } from '../../db/repos/touch-repo.js';
import type { CommandContext } from './command-context.js';
import { Rejection } from './rejection.js';
import { requireSkpUnit, standingOf } from './skp-parties.js';

export type EvaluasiStanding = {
  actor: EvaluasiActor;
  parties: EvaluasiParties;
  /** The owner, or an operator whose scope holds the SKP (acts for the owner, as on the SKP). */
  forOwner: boolean;
  /** The actor's pegawai rates this SKP on that date (structural or by override). */
  penilai: boolean;
  /** Holders of the jabatan above the penilai jabatan (atasan pejabat penilai). */
  atasanPenilaiPegawaiIds: readonly string[];
};

export const EVALUASI_SERVER_MSG = {
  skpTidakAda: 'SKP dari data ini tidak ditemukan.',
  skpBelumDisetujui: 'Realisasi, laporan harian dan evaluasi hanya dapat dicatat untuk SKP yang sudah disetujui.',
  periodeBukanSkp: 'Periode ini bukan periode evaluasi SKP tersebut.',
  bukanPemilikAtauOperator: 'Hanya pegawai pemilik SKP atau operator unitnya yang dapat mengubah data ini.',
  rhkBukanSkp: 'RHK atau indikator yang disebut bukan milik SKP ini.',
  kunciTetap: 'SKP dan periode data ini tidak dapat diubah setelah dibuat.',
  gandaPeriode: 'Data untuk SKP dan periode ini sudah ada di server. Periksa kedua versinya.',
} as const;

/** A domain refusal as a push rejection (same code and message), with the server's row when there is one. */
export function refusedEvaluasi(r: EvaluasiRefusal, current?: { row: unknown; version: number }): Rejection {
  return new Rejection(r.code, r.message, current);
}

/** The live SKP a row hangs off, in the device's subtree (the only place evaluation rows are written). */
export async function skpOfDoc(c: CommandContext, skpId: string, opts: { approved: boolean }): Promise<Skp> {
  const s = await findSkp(c.db, c.instansiId, skpId);
  if (!s || s.deleted) throw new Rejection('NOT_FOUND', EVALUASI_SERVER_MSG.skpTidakAda);
  requireSkpUnit(c, s.row.unitId);
  if (opts.approved && s.row.status !== 'disetujui') throw new Rejection('ILLEGAL_TRANSITION', EVALUASI_SERVER_MSG.skpBelumDisetujui);
  return s.row;
}

/** The instansi's periode evaluasi setting; 'triwulanan' until an admin saves a pengaturan. */
export async function jenisPeriode(c: CommandContext): Promise<JenisPeriodeEvaluasi> {
  return (await findPengaturan(c.db, c.instansiId))?.row.periodeEvaluasi ?? 'triwulanan';
}

/** The period must be one of the SKP's evaluation periods under the instansi's setting (TAHUNAN always is). */
export async function requireSkpPeriode(c: CommandContext, skp: Skp, key: PeriodeKey): Promise<void> {
  if (key === 'TAHUNAN') return;
  if (!periodeEvaluasiOf(skp.periode, await jenisPeriode(c)).some((p) => p.key === key)) throw new Rejection('VALIDATION', EVALUASI_SERVER_MSG.periodeBukanSkp);
}

/** Each (rhkId, indikatorId) must name a live RHK of this SKP and one of its indikator (indikatorId null: the RHK alone). */
export async function requireRhkOfSkp(c: CommandContext, skpId: string, refs: readonly { rhkId: string; indikatorId: string | null }[]): Promise<void> {
  const byId = new Map<string, Set<string> | null>();
  for (const ref of refs) {
    if (!byId.has(ref.rhkId)) {
      const r = await findRhk(c.db, c.instansiId, ref.rhkId);
      byId.set(ref.rhkId, r && !r.deleted && r.row.skpId === skpId ? new Set(r.row.indikator.map((i) => i.id)) : null);
    }
    const indikator = byId.get(ref.rhkId);
    if (!indikator || (ref.indikatorId !== null && !indikator.has(ref.indikatorId))) throw new Rejection('VALIDATION', EVALUASI_SERVER_MSG.rhkBukanSkp);
  }
}

/**
 * The actor's standing on `skp` on `date` (ISO date; overrides count by date). The owner's current
 * unit decides whether an override still counts (it lapses when they move).
 *
 * @example
 * const s = await evaluasiStanding(c, skp, event.at.slice(0, 10));
 * if (!s.penilai) throw new Rejection('FORBIDDEN', EVALUASI_MSG.bukanPenilai);
 */
export async function evaluasiStanding(c: CommandContext, skp: Skp, date: string): Promise<EvaluasiStanding> {
  const s = await standingOf(c, skp, null);
  const owner = await findPegawai(c.db, c.instansiId, skp.pegawaiId);
  const overrides = (await overridesOfPegawai(c.db, c.instansiId, [skp.pegawaiId])).map((o) => o.row);
  const penilaiPegawaiIds = owner ? penilaiOn(date, { id: owner.row.id, unitId: owner.row.unitId }, s.penilaiPegawaiIds, overrides) : [];
  const parties: EvaluasiParties = { penilaiPegawaiIds, pemilikPegawaiId: skp.pegawaiId };
  const actor: EvaluasiActor = { userId: s.actor.userId, pegawaiId: s.actor.pegawaiId, roles: s.actor.roles };
  const atasanJabatanId = s.penilaiJabatanId === null ? null : ((await c.jabatan()).byId.get(s.penilaiJabatanId)?.atasanJabatanId ?? null);
  const forOwner = actsForOwner(capacityOf(skp, s.actor, { penilaiPegawaiIds, inActorScope: s.inActorScope }));
  return { actor, parties, forOwner, penilai: isPenilaiOf(actor, parties), atasanPenilaiPegawaiIds: atasanJabatanId === null ? [] : await holderIds(c.db, c.instansiId, [atasanJabatanId]) };
}

/** The date part of an ISO datetime as the desk wrote it (its own offset): the day an override is checked on. */
export function dateOf(iso: string): string {
  return iso.slice(0, 10);
}
