import type { Role } from '../../../shared/entities.js';
import { commandOutcomeSchema, type CommandOutcome } from '../../../shared/sync-protocol.js';
import type { TreeSeqs } from './head-repo.js';
import type { Db } from './types.js';

export type AppliedCommand = { deviceId: string; outcome: CommandOutcome };

/** The account a command names, as permission checks need it. */
export type ActorRecord = { id: string; nama: string; roles: Role[]; unitId: string; aktif: boolean };

export type CommandStart = { trees: TreeSeqs; prior: AppliedCommand | null; actor: ActorRecord | null };

/** Matches no row: stands in for a missing actor id so the join stays one statement. */
const NO_ID = '00000000-0000-0000-0000-000000000000';

function isRole(r: string): r is Role {
  return r === 'admin' || r === 'operator' || r === 'pegawai';
}

/**
 * Everything a command starts from, in one round trip: the instansi's tree versions (locking
 * its `sync_head` row when `lock`), the stored outcome if this command id was applied before, and
 * the acting account. Undefined when the instansi has no head (it does not exist).
 */
export async function commandStart(db: Db, instansiId: string, commandId: string, actorUserId: string | null, lock: boolean): Promise<CommandStart | undefined> {
  const q = db
    .selectFrom('syncHead as h')
    .leftJoin('appliedCommand as a', (j) => j.onRef('a.instansiId', '=', 'h.instansiId').on('a.id', '=', commandId))
    .leftJoin('user as u', (j) => j.onRef('u.instansiId', '=', 'h.instansiId').on('u.id', '=', actorUserId ?? NO_ID).on('u.deleted', '=', false))
    .select(['h.orgSeq', 'h.jabatanSeq', 'a.deviceId', 'a.outcome', 'u.id as actorId', 'u.nama', 'u.roles', 'u.unitId', 'u.aktif'])
    .where('h.instansiId', '=', instansiId);
  const r = await (lock ? q.forUpdate('h') : q).executeTakeFirst();
  if (!r) return undefined;
  return {
    trees: { orgSeq: r.orgSeq, jabatanSeq: r.jabatanSeq },
    prior: r.deviceId ? { deviceId: r.deviceId, outcome: commandOutcomeSchema.parse(r.outcome) } : null,
    actor:
      r.actorId && r.nama !== null && r.roles !== null && r.unitId !== null && r.aktif !== null
        ? { id: r.actorId, nama: r.nama, roles: r.roles.filter(isRole), unitId: r.unitId, aktif: r.aktif }
        : null,
  };
}

/** Stores a rejection (accepted commands are recorded by their write, see guardedWrite). */
export async function recordApplied(db: Db, instansiId: string, deviceId: string, outcome: CommandOutcome, now: Date): Promise<void> {
  await db
    .insertInto('appliedCommand')
    .values({ instansiId, id: outcome.id, deviceId, outcome: JSON.stringify(outcome), appliedAt: now })
    .execute();
}
