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

/** The jabatan around an SKP: its own, the pejabat penilai's and the atasan penilai's, with holders. */
export type SkpOrg = {
  jabatan: Jabatan | null;
  penilaiJabatan: Jabatan | null;
  atasanPenilaiJabatan: Jabatan | null;
  penilaiHolders: Pegawai[];
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
 * @example
 * const org = await orgOf(db, skp.jabatanId, today);
 * org.penilaiHolders.map((p) => p.id); // who may approve
 */
export async function orgOf(db: Kysely<Database>, jabatanId: string, today: string): Promise<SkpOrg> {
  const jabatan = (await findJabatan(db, jabatanId)) ?? null;
  const penilaiJabatan = jabatan?.atasanJabatanId ? ((await findJabatan(db, jabatan.atasanJabatanId)) ?? null) : null;
  const atasanPenilaiJabatan = penilaiJabatan?.atasanJabatanId ? ((await findJabatan(db, penilaiJabatan.atasanJabatanId)) ?? null) : null;
  const holders = await pegawaiHoldingJabatan(db, [penilaiJabatan?.id, atasanPenilaiJabatan?.id].filter((x): x is string => !!x));
  return {
    jabatan,
    penilaiJabatan,
    atasanPenilaiJabatan,
    penilaiHolders: holders.filter((p) => p.jabatanId === penilaiJabatan?.id && active(p, today)),
    atasanPenilaiHolders: holders.filter((p) => p.jabatanId === atasanPenilaiJabatan?.id && active(p, today)),
    isPuncak: penilaiJabatan === null,
  };
}

export function skpActorOf(actor: Actor, delegasi: Delegasi | null = null): SkpActor {
  return { userId: actor.user.id, pegawaiId: actor.user.pegawaiId, roles: actor.user.roles, delegasi };
}

export function partiesOf(actor: Actor, skp: Pick<Skp, 'unitId'>, org: SkpOrg): SkpParties {
  return { penilaiPegawaiIds: org.penilaiHolders.map((p) => p.id), inActorScope: actor.scopeUnitIds.has(skp.unitId) };
}

/** Owner, operator in scope, pejabat penilai or atasan pejabat penilai (by jabatan). */
export function canSee(actor: Actor, me: Me, skp: Pick<Skp, 'pegawaiId' | 'unitId'>, org: SkpOrg): boolean {
  if (me.pegawaiId !== null && me.pegawaiId === skp.pegawaiId) return true;
  if (isOperator(actor.user.roles) && actor.scopeUnitIds.has(skp.unitId)) return true;
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
