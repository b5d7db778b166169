import { isPuncakCascading } from '../../../shared/domain/skp/rhk-rules.js';
import type { SkpActor, SkpParties } from '../../../shared/domain/skp/actor.js';
import type { SkpRefusal } from '../../../shared/domain/skp/outcome.js';
import type { Delegasi, Skp } from '../../../shared/domain/skp/types.js';
import type { RowWrite } from '../../db/repos/guarded-write.js';
import { holderIds } from '../../db/repos/touch-repo.js';
import { findUser } from '../../db/repos/user-repo.js';
import { deviceSees, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';

/**
 * Who acts on an SKP and in which capacity, resolved from the server's data the way the desk's
 * services resolve it, so `shared/domain/skp` gives the same verdict on both sides.
 */
export type SkpStanding = SkpParties & {
  actor: SkpActor;
  /** The owner's jabatan has no atasan: cascading starts at them (Perjanjian Kinerja instead of links). */
  isPuncak: boolean;
  /** The jabatan whose holders rate this SKP (null for the top of the tree). */
  penilaiJabatanId: string | null;
};

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, canonical(x)]));
}

/** Equal values, whatever the order of object keys (jsonb stores them in its own order). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * A domain refusal as a push rejection (same code, same Indonesian message), with the server's
 * row when the edit was of an existing one, so the desk's conflict shows both texts.
 */
export function refused(r: SkpRefusal, current?: { row: unknown; version: number }): Rejection {
  return new Rejection(r.code, r.message, current);
}

/** SKP rows of units outside the device's subtree are not the device's to touch (also the atasan chain it sees read-only). */
export function requireSkpUnit(c: CommandContext, unitId: string): void {
  if (!deviceSees(c, unitId)) throw new Rejection('FORBIDDEN', 'SKP ini milik unit kerja di luar wewenang perangkat ini.');
}

/**
 * The actor (the command's account, with its own pegawai) and the parties of `skp`: the holders of
 * the atasan jabatan may rate it, an operator whose unit subtree holds it acts for the owner.
 */
export async function standingOf(c: CommandContext, skp: Pick<Skp, 'jabatanId' | 'unitId'>, delegasi: Delegasi | null): Promise<SkpStanding> {
  const account = await findUser(c.db, c.instansiId, c.actor.id);
  const graph = await c.jabatan();
  const penilaiJabatanId = graph.byId.get(skp.jabatanId)?.atasanJabatanId ?? null;
  const penilaiPegawaiIds = penilaiJabatanId === null ? [] : await holderIds(c.db, c.instansiId, [penilaiJabatanId]);
  return {
    actor: { userId: c.actor.id, pegawaiId: account?.pegawaiId ?? null, roles: c.actor.roles, delegasi },
    penilaiPegawaiIds,
    inActorScope: c.units.subtree(c.actor.unitId).has(skp.unitId),
    // As on the desk (whose replica holds the atasan chain): cascading starts where no atasan jabatan is.
    isPuncak: isPuncakCascading(skp.jabatanId, graph.byId),
    penilaiJabatanId,
  };
}

/**
 * SKP commands read other rows (the SKP's RHK, links, dependants), which the optimistic write
 * path does not re-check: `after` makes the command run, checks and all, under the instansi lock.
 */
export function underLock(write: RowWrite): Plan {
  return { write, changed: {}, after: () => Promise.resolve(null) };
}
