import type { Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { newId } from '../../ids.js';
import { insertJsonRows } from './bulk-insert.js';
import { signCommand, type Signer } from '../../auth/signing-keys.js';

export type Trx = Transaction<Database>;

/**
 * Who is writing and when; every repository write carries it into the audit log and outbox.
 * `signer` is the signed-in account's key: it signs each outbox command as it is recorded (the
 * key only exists while its owner is signed in). Without it the command goes unsigned and the
 * server refuses it (BAD_SIGNATURE), visibly, as a conflict.
 */
export type WriteContext = { actorUserId: string | null; now: string; signer?: Signer | null };

/** The signature columns of an outbox command; the signer must be the command's actor. */
export function outboxSignature(ctx: WriteContext, cmd: { id: string; command: string; entityId: string; payload: string }): { keyVersion: number | null; signature: string | null } {
  const s = ctx.signer;
  if (!s || ctx.actorUserId === null || s.userId !== ctx.actorUserId) return { keyVersion: null, signature: null };
  // The payload is signed as the server will parse it from the outbox's JSON text.
  const payload: unknown = JSON.parse(cmd.payload);
  return signCommand(s, { id: cmd.id, name: cmd.command, entityId: cmd.entityId, payload, createdAt: ctx.now });
}

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
  /** The outbox command's id when the caller needs it first (an SKP step names its command in riwayat). */
  commandId?: string;
};

type AuditValues = { action: string; entity: string; entityId: string; before: string | null; after: string | null };

/** One append to the audit log, stamped with the write's actor and time; callers serialise before/after their own way. */
async function insertAudit(trx: Trx, ctx: WriteContext, values: AuditValues): Promise<void> {
  await trx
    .insertInto('auditLog')
    .values({ id: newId(), at: ctx.now, actorUserId: ctx.actorUserId, ...values })
    .execute();
}

/**
 * Records one change in the append-only audit log and in the sync outbox, inside the caller's
 * transaction: the row, its audit entry and its outbox command commit together or not at all.
 */
export async function recordChange(trx: Trx, ctx: WriteContext, change: Change): Promise<void> {
  await insertAudit(trx, ctx, {
    action: change.auditAction ?? change.action,
    entity: change.entity,
    entityId: change.entityId,
    before: change.before === null ? null : JSON.stringify(change.before),
    after: change.after === null ? null : JSON.stringify(change.after),
  });
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
  const cmd = {
    id: change.commandId ?? newId(),
    command: change.command,
    entityId: change.entityId,
    payload: JSON.stringify(change.syncPayload ?? change.after ?? { id: change.entityId }),
  };
  await trx
    .insertInto('outbox')
    .values({
      baseCommandId: previous?.id ?? null,
      baseVersion: previous ? null : (shadow?.version ?? null),
      ...cmd,
      ...outboxSignature(ctx, cmd),
      entity: change.entity,
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
    ['id', 'command', 'entity', 'entity_id', 'payload', 'actor_user_id', 'created_at', 'status', 'error', 'base_version', 'base_command_id', 'key_version', 'signature'],
    changes.map((c) => {
      const cmd = { id: c.commandId ?? newId(), command: c.command, entityId: c.entityId, payload: JSON.stringify(c.syncPayload ?? c.after) };
      const signed = outboxSignature(ctx, cmd);
      return {
        id: cmd.id,
        command: cmd.command,
        entity: c.entity,
        entity_id: cmd.entityId,
        payload: cmd.payload,
        actor_user_id: ctx.actorUserId,
        created_at: ctx.now,
        status: 'pending',
        error: null,
        base_version: null,
        base_command_id: null,
        key_version: signed.keyVersion,
        signature: signed.signature,
      };
    }),
  );
}

/** Records an audit-only event (sign-in, lock-out) that is not data to sync. */
export async function recordAudit(
  trx: Trx,
  ctx: WriteContext,
  entry: { action: string; entity: string; entityId: string; after?: unknown },
): Promise<void> {
  await insertAudit(trx, ctx, {
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: null,
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  });
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
