/**
 * Who is acting on an SKP, as the workflow rules need it. The caller (core service or server)
 * resolves the facts that need data — the pejabat penilai from the jabatan tree with Plt./Plh.
 * overrides, and whether the SKP's unit is inside an operator's scope — and passes them in.
 */
import type { Role } from '../../entities.js';
import { SKP_RULES } from './rules.js';
import type { Delegasi, Skp } from './types.js';

export type SkpActor = {
  userId: string;
  /** The account's own pegawai record; null for an operator/admin account without one. */
  pegawaiId: string | null;
  roles: readonly Role[];
  /** Present when an operator acts on the pejabat penilai's explicit instruction. */
  delegasi: Delegasi | null;
};

/** Facts about this SKP the caller resolves from the database. */
export type SkpParties = {
  /** Pegawai who may act as this SKP's pejabat penilai now (usually one; several under Plt./Plh.). */
  penilaiPegawaiIds: readonly string[];
  /** True when the SKP's unit is inside the actor's unit scope (checked for operators). */
  inActorScope: boolean;
};

/** The capacities an actor holds for one SKP; several can hold at once (an operator owning an SKP). */
export type SkpCapacity = {
  pemilik: boolean;
  penilai: boolean;
  operator: boolean;
  /** Operator acting for a valid pejabat penilai of this SKP (never for the SKP's own owner). */
  operatorDelegasi: boolean;
};

export function isOperator(roles: readonly Role[]): boolean {
  return roles.includes('operator') || (SKP_RULES.adminActsAsOperator && roles.includes('admin'));
}

/**
 * @example
 * capacityOf(skp, { userId, pegawaiId: skp.pegawaiId, roles: ['pegawai'], delegasi: null }, parties).pemilik; // true
 */
export function capacityOf(skp: Pick<Skp, 'pegawaiId'>, actor: SkpActor, parties: SkpParties): SkpCapacity {
  const pemilik = actor.pegawaiId !== null && actor.pegawaiId === skp.pegawaiId;
  // A Plt. override pointing a pegawai at themself is a data error; it never makes them penilai.
  const penilai = !pemilik && actor.pegawaiId !== null && parties.penilaiPegawaiIds.includes(actor.pegawaiId);
  const operator = isOperator(actor.roles) && parties.inActorScope;
  const d = actor.delegasi;
  const operatorDelegasi =
    operator &&
    !pemilik &&
    d !== null &&
    d.referensi.trim().length > 0 &&
    d.penilaiPegawaiId !== skp.pegawaiId &&
    parties.penilaiPegawaiIds.includes(d.penilaiPegawaiId);
  return { pemilik, penilai, operator, operatorDelegasi };
}

/** The owner's side of the workflow: write and submit the plan. */
export function actsForOwner(c: SkpCapacity): boolean {
  return c.pemilik || c.operator;
}

/** The pejabat penilai's side: approve, return, write ekspektasi khusus pimpinan. */
export function actsForPenilai(c: SkpCapacity): boolean {
  return c.penilai || c.operatorDelegasi;
}
