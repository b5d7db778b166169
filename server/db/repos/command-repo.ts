import { sql } from 'kysely';
import type { Role } from '../../../shared/entities.js';
import { commandOutcomeSchema, signingKeySchema, type CommandOutcome, type SigningKey } from '../../../shared/sync-protocol.js';
import type { TreeSeqs } from './head-repo.js';
import type { Db } from './types.js';

export type AppliedCommand = { deviceId: string; outcome: CommandOutcome };

/** The account a command names, as permission checks need it. */
export type ActorRecord = { id: string; nama: string; roles: Role[]; unitId: string; aktif: boolean; signingKeys: SigningKey[] };

/** What a batch of commands starts from: the instansi's tree versions and the stored outcomes of its command ids. */
export type BatchStart = { trees: TreeSeqs; priors: Map<string, AppliedCommand> };

function isRole(r: string): r is Role {
  return r === 'admin' || r === 'operator' || r === 'pegawai';
}

/**
 * The instansi's tree versions and the stored outcome of every command id of the batch that was
 * applied before, in one round trip. With `lock` it takes the instansi lock (its `sync_head` row,
 * FOR UPDATE) in the same statement, and must run in the batch's transaction: the lock is what
 * keeps the answers true until commit. Undefined when the instansi has no head (it does not exist).
 */
export async function batchStart(db: Db, instansiId: string, commandIds: readonly string[], lock: boolean): Promise<BatchStart | undefined> {
  const r = await sql<{ orgSeq: string; jabatanSeq: string; priors: { id: string; deviceId: string; outcome: unknown }[] | null }>`
    select h.org_seq, h.jabatan_seq,
      (select json_agg(json_build_object('id', a.id, 'deviceId', a.device_id, 'outcome', a.outcome))
         from applied_command a where a.instansi_id = h.instansi_id and a.id = any(${[...commandIds]}::uuid[])) as priors
    from sync_head h where h.instansi_id = ${instansiId} ${lock ? sql`for update of h` : sql``}`.execute(db);
  const row = r.rows[0];
  if (!row) return undefined;
  const priors = new Map((row.priors ?? []).map((p) => [p.id, { deviceId: p.deviceId, outcome: commandOutcomeSchema.parse(p.outcome) }]));
  return { trees: { orgSeq: row.orgSeq, jabatanSeq: row.jabatanSeq }, priors };
}

/** The (not deleted) accounts among `ids`, by id. */
export async function findActors(db: Db, instansiId: string, ids: readonly string[]): Promise<Map<string, ActorRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('user')
    .select(['id', 'nama', 'roles', 'unitId', 'aktif', 'signingKeys'])
    .where('instansiId', '=', instansiId)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val([...ids]))))
    .where('deleted', '=', false)
    .execute();
  return new Map(rows.map((u) => [u.id, { ...u, roles: u.roles.filter(isRole), signingKeys: signingKeySchema.array().parse(u.signingKeys) }]));
}

/** Stores rejections (accepted commands are recorded by their write, see guardedWrite). */
export async function recordRejections(db: Db, instansiId: string, deviceId: string, outcomes: readonly CommandOutcome[], now: Date): Promise<void> {
  if (outcomes.length === 0) return;
  await db
    .insertInto('appliedCommand')
    .values(outcomes.map((o) => ({ instansiId, id: o.id, deviceId, outcome: JSON.stringify(o), appliedAt: now })))
    .execute();
}
