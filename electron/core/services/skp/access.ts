/**
 * Who may see and act on an SKP, resolved from the database for the pure rules in
 * shared/domain/skp (actor.ts, workflow.ts, editable.ts). The one place the core decides SKP access:
 * - the owner (the account's pegawai) sees and writes their own SKP;
 * - the pejabat penilai (holder of the SKP jabatan's atasan jabatan) and the atasan pejabat penilai
 *   see it; the penilai approves/returns and writes the ekspektasi khusus;
 * - operators/admins act on the owner's side inside their unit scope, and on the penilai's side only
 *   with a recorded delegation;
 * - anyone else gets NOT_FOUND (ids cannot be probed).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Jabatan, Pegawai } from '../../../../shared/entities.js';
import type { Actor } from '../../auth/actor.js';
import { AppFailure } from '../../../../shared/result.js';
import { capacityOf, isOperator, type SkpActor, type SkpParties } from '../../../../shared/domain/skp/actor.js';
import type { Delegasi, Skp } from '../../../../shared/domain/skp/types.js';
import type { SkpRefusal } from '../../../../shared/domain/skp/outcome.js';
import { findJabatan } from '../../db/repositories/jabatan-repo.js';
import { findPegawai, pegawaiHoldingJabatan } from '../../db/repositories/pegawai-repo.js';
import { overridesOf } from '../../db/repositories/evaluasi-query-repo.js';
import { penilaiOn } from '../../../../shared/domain/evaluasi/penilai.js';

/** The jabatan around an SKP: its own, the pejabat penilai's and the atasan penilai's, with holders. */
export type SkpOrg = {
  jabatan: Jabatan | null;
  penilaiJabatan: Jabatan | null;
  atasanPenilaiJabatan: Jabatan | null;
  /**
   * Who acts as pejabat penilai today: the holders of the atasan jabatan, or — when a penilai
   * override (Plt./Plh./koreksi) is in force for the SKP's pegawai — the override's penilai instead.
   */
  penilaiHolders: Pegawai[];
  /** True when `penilaiHolders` come from an active override rather than the jabatan tree. */
  penilaiOverridden: boolean;
  atasanPenilaiHolders: Pegawai[];
  /** No atasan jabatan on this desk: the head of the unit (links to the Perjanjian Kinerja). */
  isPuncak: boolean;
};

/** The caller's own pegawai record and jabatan (null for an account without one). */
export type Me = { pegawaiId: string | null; jabatanId: string | null };

function active(p: Pegawai, today: string): boolean {
  return p.tmtSelesai === null || p.tmtSelesai >= today;
}

export async function meOf(db: Kysely<Database>, actor: Actor): Promise<Me> {
  const pegawaiId = actor.user.pegawaiId;
  if (!pegawaiId) return { pegawaiId: null, jabatanId: null };
  const p = await findPegawai(db, pegawaiId);
  return { pegawaiId, jabatanId: p?.jabatanId ?? null };
}

/**
 * The jabatan around an SKP and who acts as its penilai today. With `pegawaiId` (the SKP's owner),
 * an active penilai override replaces the structural penilai (shared/domain/evaluasi/penilai.ts).
 *
 * @example
 * const org = await orgOf(db, skp.jabatanId, today, skp.pegawaiId);
 * org.penilaiHolders.map((p) => p.id); // who may approve (and rate)
 */
export async function orgOf(db: Kysely<Database>, jabatanId: string, today: string, pegawaiId?: string): Promise<SkpOrg> {
  const jabatan = (await findJabatan(db, jabatanId)) ?? null;
  const penilaiJabatan = jabatan?.atasanJabatanId ? ((await findJabatan(db, jabatan.atasanJabatanId)) ?? null) : null;
  const atasanPenilaiJabatan = penilaiJabatan?.atasanJabatanId ? ((await findJabatan(db, penilaiJabatan.atasanJabatanId)) ?? null) : null;
  const holders = await pegawaiHoldingJabatan(db, [penilaiJabatan?.id, atasanPenilaiJabatan?.id].filter((x): x is string => !!x));
  const structural = holders.filter((p) => p.jabatanId === penilaiJabatan?.id && active(p, today));
  const acting = pegawaiId ? await overriddenPenilai(db, pegawaiId, structural, today) : null;
  return {
    jabatan,
    penilaiJabatan,
    atasanPenilaiJabatan,
    penilaiHolders: acting ?? structural,
    penilaiOverridden: acting !== null,
    atasanPenilaiHolders: holders.filter((p) => p.jabatanId === atasanPenilaiJabatan?.id && active(p, today)),
    isPuncak: penilaiJabatan === null,
  };
}

/** The penilai from the pegawai's active overrides, or null when none is in force. */
async function overriddenPenilai(db: Kysely<Database>, pegawaiId: string, structural: readonly Pegawai[], today: string): Promise<Pegawai[] | null> {
  const overrides = await overridesOf(db, { pegawaiIds: [pegawaiId] });
  if (overrides.length === 0) return null;
  const pegawai = await findPegawai(db, pegawaiId);
  if (!pegawai) return null;
  const structuralIds = structural.map((p) => p.id);
  const ids = penilaiOn(today, pegawai, structuralIds, overrides);
  if (ids.length === structuralIds.length && ids.every((id) => structuralIds.includes(id))) return null;
  const people = await Promise.all(ids.map((id) => findPegawai(db, id)));
  return people.filter((p): p is Pegawai => p !== undefined);
}

export function skpActorOf(actor: Actor, delegasi: Delegasi | null = null): SkpActor {
  return { userId: actor.user.id, pegawaiId: actor.user.pegawaiId, roles: actor.user.roles, delegasi };
}

export function partiesOf(actor: Actor, skp: Pick<Skp, 'unitId'>, org: SkpOrg): SkpParties {
  return { penilaiPegawaiIds: org.penilaiHolders.map((p) => p.id), inActorScope: actor.scopeUnitIds.has(skp.unitId) };
}

/** Owner, operator in scope, pejabat penilai (by jabatan or by an active override) or atasan pejabat penilai. */
export function canSee(actor: Actor, me: Me, skp: Pick<Skp, 'pegawaiId' | 'unitId'>, org: SkpOrg): boolean {
  if (me.pegawaiId !== null && me.pegawaiId === skp.pegawaiId) return true;
  if (isOperator(actor.user.roles) && actor.scopeUnitIds.has(skp.unitId)) return true;
  if (me.pegawaiId !== null && org.penilaiHolders.some((p) => p.id === me.pegawaiId)) return true;
  if (me.jabatanId === null) return false;
  return me.jabatanId === org.penilaiJabatan?.id || me.jabatanId === org.atasanPenilaiJabatan?.id;
}

/** Throws NOT_FOUND unless the actor may see this SKP. */
export function requireSee(actor: Actor, me: Me, skp: Pick<Skp, 'pegawaiId' | 'unitId'>, org: SkpOrg): void {
  if (!canSee(actor, me, skp, org)) throw new AppFailure('NOT_FOUND', 'SKP tidak ditemukan.');
}

/** A refused domain rule, thrown as the core's failure (transaction rolled back, nothing changed). */
export function refused(r: SkpRefusal): never {
  throw new AppFailure(r.code, r.message, r.problems?.map((p) => ({ path: '', message: p })));
}

/** Owner-side capacity over a pegawai's (future) SKP: the pegawai themself or an operator of their unit. */
export function actsForPegawai(actor: Actor, p: Pick<Pegawai, 'id' | 'unitId'>): boolean {
  const c = capacityOf({ pegawaiId: p.id }, skpActorOf(actor), { penilaiPegawaiIds: [], inActorScope: actor.scopeUnitIds.has(p.unitId) });
  return c.pemilik || c.operator;
}
