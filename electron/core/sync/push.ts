import { sql } from 'kysely';
import type { Db } from '../db/connection.js';
import type { Trx } from '../db/repositories/changes.js';
import { COMMAND_ENTITY, MAX_PUSH_COMMANDS, type CommandOutcome, type PushCommand, type SyncEntity } from '../../../shared/sync-protocol.js';
import { newId } from '../ids.js';
import { refersTo } from '../../../shared/references.js';
import { parkDangling } from './parked.js';
import { isDeleteCommand, isSyncEntity, rebuildRow, type PendingCollision } from './replica.js';

type PendingRow = { seq: number; id: string; command: string; entity: string; entityId: string; payload: string; baseVersion: number | null; baseCommandId: string | null; actorUserId: string | null; createdAt: string; keyVersion: number | null; signature: string | null };

function isCommandName(name: string): name is keyof typeof COMMAND_ENTITY {
  return Object.prototype.hasOwnProperty.call(COMMAND_ENTITY, name);
}

/**
 * The next commands to push, in order: the longest run of pending commands in which no row
 * appears twice. A second edit of the same row waits for the first one's answer, because its base
 * version is only known then.
 */
export async function nextBatch(db: Db, max = MAX_PUSH_COMMANDS): Promise<{ rows: PendingRow[]; commands: PushCommand[] }> {
  const pending = await db
    .selectFrom('outbox')
    .select(['seq', 'id', 'command', 'entity', 'entityId', 'payload', 'baseVersion', 'baseCommandId', 'actorUserId', 'createdAt', 'keyVersion', 'signature'])
    .where('status', '=', 'pending')
    .orderBy('seq')
    .limit(max)
    .execute();
  const seen = new Set<string>();
  const rows: PendingRow[] = [];
  for (const r of pending) {
    if (seen.has(r.entityId) || r.baseCommandId !== null || !isCommandName(r.command)) break;
    seen.add(r.entityId);
    rows.push(r);
  }
  const commands = rows.flatMap((r): PushCommand[] =>
    isCommandName(r.command)
      ? [{ id: r.id, name: r.command, entityId: r.entityId, payload: JSON.parse(r.payload), baseVersion: r.baseVersion, actorUserId: r.actorUserId, createdAt: r.createdAt, keyVersion: r.keyVersion, signature: r.signature }]
      : [],
  );
  return { rows, commands };
}

/** True when a pending command's row refers to `id` (a column or inside JSON, per the reference map). */
function commandRefersTo(r: PendingRow, id: string): boolean {
  if (!isSyncEntity(r.entity) || isDeleteCommand(r.command)) return false;
  const row: unknown = JSON.parse(r.payload);
  return refersTo(r.entity, row, id);
}

async function shadowOf(trx: Trx, entity: string, id: string): Promise<boolean> {
  const r = await trx.selectFrom('serverRow').select('row').where('entity', '=', entity).where('id', '=', id).executeTakeFirst();
  return r?.row != null;
}

/**
 * Turns a pending command into a visible conflict: the person's edit is kept verbatim in
 * sync_conflict, the command leaves the queue, and commands built on it follow it (their base is
 * gone). When the row then no longer exists on either side, pending edits that point at it become
 * conflicts too, so no local row is left referring to nothing.
 */
async function reject(trx: Trx, row: PendingRow, outcome: { code: string; message: string; current?: unknown; currentVersion?: number }, now: string): Promise<void> {
  await trx
    .insertInto('syncConflict')
    .values({
      id: newId(),
      commandId: row.id,
      command: row.command,
      entity: row.entity,
      entityId: row.entityId,
      localPayload: row.payload,
      serverPayload: outcome.current === undefined ? null : JSON.stringify(outcome.current),
      serverVersion: outcome.currentVersion ?? null,
      code: outcome.code,
      message: outcome.message,
      actorUserId: row.actorUserId,
      createdAt: now,
      resolvedAt: null,
      resolution: null,
    })
    .execute();
  await trx.updateTable('outbox').set({ status: 'rejected', error: `${outcome.code}: ${outcome.message}` }).where('id', '=', row.id).execute();
  // The server's current row is kept in the conflict for people to compare, but not applied here:
  // it may refer to rows this desk has not pulled yet. The pull that follows every push brings it
  // in together with what it refers to.
  const follow = await pendingWhere(trx, (r) => r.baseCommandId === row.id);
  for (const f of follow) await reject(trx, f, { code: 'DEPENDS_ON_REJECTED', message: 'Perubahan ini dibuat di atas perubahan lain yang ditolak server.' }, now);
  if (!isSyncEntity(row.entity)) return;
  const state = await rebuildRow(trx, row.entity, row.entityId, now, rejectCollision(trx, now));
  if (state === 'absent' && !(await shadowOf(trx, row.entity, row.entityId))) {
    const dependents = await pendingWhere(trx, (r) => commandRefersTo(r, row.entityId));
    for (const d of dependents) {
      await reject(trx, d, { code: 'DEPENDS_ON_REJECTED', message: 'Data yang dirujuk perubahan ini ditolak server.' }, now);
    }
  }
}

/**
 * A server row took the kode/NIP of a local row still waiting to be pushed: the server would
 * refuse that row, so its pending commands become conflicts now (the edit is kept), and it
 * makes way.
 */
export function rejectCollision(trx: Trx, now: string): PendingCollision {
  return async (_entity, localId, serverRow) => {
    for (const p of await pendingWhere(trx, (r) => r.entityId === localId)) {
      const still = await trx.selectFrom('outbox').select('status').where('id', '=', p.id).executeTakeFirst();
      if (still?.status !== 'pending') continue;
      await reject(trx, p, { code: 'CONFLICT', message: 'Kode atau NIP ini sudah dipakai data lain di server.', current: serverRow }, now);
    }
  };
}

async function pendingWhere(trx: Trx, keep: (r: PendingRow) => boolean): Promise<PendingRow[]> {
  const rows = await trx
    .selectFrom('outbox')
    .select(['seq', 'id', 'command', 'entity', 'entityId', 'payload', 'baseVersion', 'baseCommandId', 'actorUserId', 'createdAt', 'keyVersion', 'signature'])
    .where('status', '=', 'pending')
    .orderBy('seq')
    .execute();
  return rows.filter(keep);
}

/** `readOnly`: 0 writable, 1 read-only in scope, 2 a closure row (see closure-gc.ts). */
export async function saveShadow(trx: Trx, entity: SyncEntity, id: string, version: number, row: unknown, readOnly: number = 0): Promise<void> {
  const v = { version, row: row === null ? null : JSON.stringify(row), readOnly };
  await trx.insertInto('serverRow').values({ entity, id, ...v }).onConflict((oc) => oc.columns(['entity', 'id']).doUpdateSet(v)).execute();
}

/**
 * Applies the server's answers to a pushed batch in one transaction: accepted commands leave the
 * queue and become the new server shadow (and the base of any edit made on top of them); rejected
 * ones become conflicts. Foreign keys are checked at commit, after every row is rebuilt.
 */
export async function applyOutcomes(db: Db, rows: PendingRow[], outcomes: CommandOutcome[], now: string): Promise<{ accepted: number; rejected: number }> {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  let accepted = 0;
  let rejected = 0;
  await db.transaction().execute(async (trx) => {
    await sql`pragma defer_foreign_keys = on`.execute(trx);
    for (const row of rows) {
      const o = byId.get(row.id);
      if (!o) break; // unanswered: stays pending, pushed again (the server applies each id once)
      const still = await trx.selectFrom('outbox').select('status').where('id', '=', row.id).executeTakeFirst();
      if (still?.status !== 'pending') continue; // already settled by a cascade
      if (o.status === 'accepted') {
        accepted += 1;
        if (isSyncEntity(row.entity)) await saveShadow(trx, row.entity, row.entityId, o.version, isDeleteCommand(row.command) ? null : JSON.parse(row.payload));
        await trx.updateTable('outbox').set({ baseVersion: o.version, baseCommandId: null }).where('baseCommandId', '=', row.id).execute();
        await trx.deleteFrom('outbox').where('id', '=', row.id).execute();
      } else {
        rejected += 1;
        await reject(trx, row, o, now);
      }
    }
    // Never fail the answers for a reference left dangling: the row waits parked (parked.ts).
    await parkDangling(trx);
  });
  return { accepted, rejected };
}
