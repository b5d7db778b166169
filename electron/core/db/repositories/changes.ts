import type { Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { newId } from '../../ids.js';
import { insertJsonRows } from './bulk-insert.js';

export type Trx = Transaction<Database>;

/** Who is writing and when; every repository write carries it into the audit log and outbox. */
export type WriteContext = { actorUserId: string | null; now: string };

export type Change = {
  /** The sync command the server will re-execute, e.g. 'pegawai/upsert'. */
  command: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
  /** What the outbox carries when it must differ from the audited `after` (e.g. a password hash). */
  syncPayload?: unknown;
  /** The audit log's action when it says more than create/update/delete (e.g. 'skp/setujui'). */
  auditAction?: string;
};

/**
 * Records one change in the append-only audit log and in the sync outbox, inside the caller's
 * transaction: the row, its audit entry and its outbox command commit together or not at all.
 */
export async function recordChange(trx: Trx, ctx: WriteContext, change: Change): Promise<void> {
  await trx
    .insertInto('auditLog')
    .values({
      id: newId(),
      at: ctx.now,
      actorUserId: ctx.actorUserId,
      action: change.auditAction ?? change.action,
      entity: change.entity,
      entityId: change.entityId,
      before: change.before === null ? null : JSON.stringify(change.before),
      after: change.after === null ? null : JSON.stringify(change.after),
    })
    .execute();
  // What this edit was made on: the pending command before it on the same row, or else the
  // server version last seen. The server refuses an edit made on a version it has moved past.
  // A row created just now (fresh id) can have neither, so creations skip both look-ups.
  const created = change.action === 'create';
  const previous = created
    ? undefined
    : await trx
    .selectFrom('outbox')
    .select('id')
    .where('entityId', '=', change.entityId)
    .where('status', '=', 'pending')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const shadow = previous || created
    ? undefined
    : await trx.selectFrom('serverRow').select('version').where('entity', '=', change.entity).where('id', '=', change.entityId).executeTakeFirst();
  await trx
    .insertInto('outbox')
    .values({
      baseCommandId: previous?.id ?? null,
      baseVersion: previous ? null : (shadow?.version ?? null),
      id: newId(),
      command: change.command,
      entity: change.entity,
      entityId: change.entityId,
      payload: JSON.stringify(change.syncPayload ?? change.after ?? { id: change.entityId }),
      actorUserId: ctx.actorUserId,
      createdAt: ctx.now,
      status: 'pending',
      error: null,
    })
    .execute();
}

/**
 * `recordChange` for many NEW rows at once (bulk creation, demo data): the same audit entries and
 * outbox commands, written in bulk. Creations have no earlier command or server version to chain
 * to, so nothing needs looking up.
 */
export async function recordCreations(trx: Trx, ctx: WriteContext, changes: readonly Omit<Change, 'action' | 'before'>[]): Promise<void> {
  await insertJsonRows(
    trx,
    'audit_log',
    ['id', 'at', 'actor_user_id', 'action', 'entity', 'entity_id', 'before', 'after'],
    changes.map((c) => ({
      id: newId(),
      at: ctx.now,
      actor_user_id: ctx.actorUserId,
      action: c.auditAction ?? 'create',
      entity: c.entity,
      entity_id: c.entityId,
      before: null,
      after: JSON.stringify(c.after),
    })),
  );
  await insertJsonRows(
    trx,
    'outbox',
    ['id', 'command', 'entity', 'entity_id', 'payload', 'actor_user_id', 'created_at', 'status', 'error', 'base_version', 'base_command_id'],
    changes.map((c) => ({
      id: newId(),
      command: c.command,
      entity: c.entity,
      entity_id: c.entityId,
      payload: JSON.stringify(c.syncPayload ?? c.after),
      actor_user_id: ctx.actorUserId,
      created_at: ctx.now,
      status: 'pending',
      error: null,
      base_version: null,
      base_command_id: null,
    })),
  );
}

/** Records an audit-only event (sign-in, lock-out) that is not data to sync. */
export async function recordAudit(
  trx: Trx,
  ctx: WriteContext,
  entry: { action: string; entity: string; entityId: string; after?: unknown },
): Promise<void> {
  await trx
    .insertInto('auditLog')
    .values({
      id: newId(),
      at: ctx.now,
      actorUserId: ctx.actorUserId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: null,
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/** True when two plain rows hold the same values for the given keys (used to skip no-op writes). */
export function sameValues<T extends object>(a: T, b: T, keys: readonly (keyof T)[]): boolean {
  return keys.every((k) => a[k] === b[k]);
}

export type ChangeKind = 'insert' | 'update' | 'unchanged';

/** What saving `next` over `existing` would do: the one rule behind writes and import previews. */
export function changeKind<T extends object>(existing: T | undefined, next: T, keys: readonly (keyof T)[]): ChangeKind {
  if (!existing) return 'insert';
  return sameValues(existing, next, keys) ? 'unchanged' : 'update';
}
