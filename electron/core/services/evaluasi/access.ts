/**
 * Who is who for an SKP's evaluation (owner, pejabat penilai incl. overrides, operator in scope),
 * built on skp/access.ts so SKP approval and evaluation agree on the penilai. Also the checks every
 * evaluation write starts with: the SKP is approved, the period is one of the SKP's, it is not
 * locked (LOCKED for every role), and the caller is on the right side.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeContext, type CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import { AppFailure } from '../../../../shared/result.js';
import { isOperator } from '../../../../shared/domain/skp/actor.js';
import type { Skp } from '../../../../shared/domain/skp/types.js';
import type { Evaluasi, PeriodeKey } from '../../../../shared/domain/evaluasi/types.js';
import { isPemilikOf, isPenilaiOf, type EvaluasiActor, type EvaluasiParties } from '../../../../shared/domain/evaluasi/evaluasi-rules.js';
import { checkRealisasiEdit } from '../../../../shared/domain/evaluasi/lock.js';
import type { EvaluasiRefusal } from '../../../../shared/domain/evaluasi/outcome.js';
import { periodeEvaluasiOf } from '../../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { EvaluasiCapacity, PengaturanKinerjaView, PeriodeInfo } from '../../../../shared/entities-evaluasi.js';
import type { Trx, WriteContext } from '../../db/repositories/changes.js';
import { docsAt } from '../../db/repositories/evaluasi-query-repo.js';
import { loadSkp, type LoadedSkp } from '../skp/load.js';
import { pengaturan } from './settings-service.js';

export type EvaluasiScope = LoadedSkp & {
  capacity: EvaluasiCapacity;
  eActor: EvaluasiActor;
  parties: EvaluasiParties;
  settings: PengaturanKinerjaView;
};

/**
 * The SKP with everyone's capacity for its evaluation; NOT_FOUND when the caller may not see it.
 *
 * @example
 * const s = await loadEvaluasi(core, core.db, actor, skpId);
 * s.capacity.penilai; // true for the pejabat penilai (or the Plt. named by an override)
 */
export async function loadEvaluasi(core: Pick<CoreContext, 'clock'>, db: Kysely<Database>, actor: Actor, skpId: string): Promise<EvaluasiScope> {
  const [l, settings] = await Promise.all([loadSkp(core, db, actor, skpId), pengaturan(db)]);
  const eActor: EvaluasiActor = { userId: actor.user.id, pegawaiId: actor.user.pegawaiId, roles: actor.user.roles };
  const parties: EvaluasiParties = { penilaiPegawaiIds: l.org.penilaiHolders.map((p) => p.id), pemilikPegawaiId: l.stored.skp.pegawaiId };
  const capacity: EvaluasiCapacity = {
    pemilik: isPemilikOf(eActor, parties),
    penilai: isPenilaiOf(eActor, parties),
    operator: isOperator(actor.user.roles) && actor.scopeUnitIds.has(l.stored.skp.unitId),
  };
  return { ...l, capacity, eActor, parties, settings };
}

/** A domain refusal thrown as the core's failure (the transaction rolls back). */
export function refusedEvaluasi(r: EvaluasiRefusal): never {
  throw new AppFailure(r.code, r.message);
}

/** Realisasi and ratings belong to an approved plan. */
export function requireApproved(skp: Skp): void {
  if (skp.status !== 'disetujui') throw new AppFailure('ILLEGAL_TRANSITION', 'Realisasi dan evaluasi hanya untuk SKP yang sudah disetujui.');
}

/** The owner's side writes realisasi and laporan harian: the pegawai, or an operator of their unit. */
export function requireOwnerSide(s: EvaluasiScope): void {
  if (!s.capacity.pemilik && !s.capacity.operator) throw new AppFailure('FORBIDDEN', 'Hanya pegawai pemilik SKP (atau operator unitnya) yang dapat mengisi realisasi.');
}

export function requirePenilai(s: EvaluasiScope): void {
  if (!s.capacity.penilai) throw new AppFailure('FORBIDDEN', 'Hanya pejabat penilai kinerja pegawai ini yang dapat melakukannya.');
}

/** The periods of this SKP under the instansi setting, TAHUNAN last. */
export function periodsOf(s: Pick<EvaluasiScope, 'stored' | 'settings'>): PeriodeInfo[] {
  return periodeEvaluasiOf(s.stored.skp.periode, s.settings.periodeEvaluasi);
}

/** The period `key` of this SKP; VALIDATION when the SKP has no such period (e.g. B03 under a quarterly setting). */
export function periodOf(s: Pick<EvaluasiScope, 'stored' | 'settings'>, key: PeriodeKey): PeriodeInfo {
  const p = periodsOf(s).find((x) => x.key === key);
  if (!p) throw new AppFailure('VALIDATION', 'Periode evaluasi ini tidak ada pada SKP tersebut (periksa pengaturan periode evaluasi).');
  return p;
}

/** The lock state of every period of the SKP (its evaluasi rows). */
export async function lockRowsOf(db: Kysely<Database>, skpId: string): Promise<Pick<Evaluasi, 'periode' | 'terkunci'>[]> {
  return (await docsAt(db, 'evaluasi', [skpId])).map((d) => d.row);
}

/** LOCKED for every role when the period (or the locked annual evaluation) is finished. */
export async function requireUnlocked(db: Kysely<Database>, skp: Skp, key: PeriodeKey): Promise<void> {
  const refusal = checkRealisasiEdit(skp.periode.tahun, key, await lockRowsOf(db, skp.id));
  if (refusal) refusedEvaluasi(refusal);
}

/** One evaluation write in a transaction (checks inside it), then tells the windows. */
export async function writeEvaluasi<T>(core: CoreContext, actor: Actor, entities: string[], work: (trx: Trx, ctx: WriteContext) => Promise<T>): Promise<T> {
  const out = await core.db.transaction().execute((trx) => work(trx, writeContext(core, actor)));
  core.emit({ name: 'data/changed', payload: { entities } });
  return out;
}
