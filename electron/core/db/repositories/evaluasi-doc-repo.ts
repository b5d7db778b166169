/**
 * Storage of the evaluation rows (issue 10): each table holds its key columns and the whole wire
 * row as JSON `data` (shared/sync-rows-evaluasi.ts EVALUASI_STORAGE). One module for all seven, so
 * the replica, the first-connect merge and the services read and write them the same way.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { EVALUASI_STORAGE, EVALUASI_SYNC_ROWS, type EvaluasiEntity } from '../../../../shared/sync-rows-evaluasi.js';
import type { z } from 'zod';
import { recordChange, type Trx, type WriteContext } from './changes.js';

export type DocRow<E extends EvaluasiEntity> = z.infer<(typeof EVALUASI_SYNC_ROWS)[E]>;
export type StoredDoc<E extends EvaluasiEntity> = { row: DocRow<E>; rowVersion: number };

type DocTable = (typeof EVALUASI_STORAGE)[EvaluasiEntity]['table'];

function tableOf(entity: EvaluasiEntity): DocTable {
  return EVALUASI_STORAGE[entity].table;
}

/** The key columns of a row, as its table stores them. */
export function keyColumnsOf(entity: EvaluasiEntity, row: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const k of EVALUASI_STORAGE[entity].keys) {
    const v = row[k];
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  }
  return out;
}

function parse<E extends EvaluasiEntity>(entity: E, data: string): DocRow<E> {
  return EVALUASI_SYNC_ROWS[entity].parse(JSON.parse(data)) as DocRow<E>;
}

/**
 * Writes a server-shaped row by id without audit or outbox (the replica's path: the row is the
 * server's, not a local edit). A replaced row is a new revision: edits made on the old one are stale.
 */
export async function upsertDocRow(trx: Trx, entity: EvaluasiEntity, raw: unknown, now: string): Promise<void> {
  const row = EVALUASI_SYNC_ROWS[entity].parse(raw) as { id: string } & Record<string, unknown>;
  const keys = keyColumnsOf(entity, row);
  const data = JSON.stringify(row);
  const table = tableOf(entity);
  const prev = await trx.selectFrom(table).select('rowVersion').where('id', '=', row.id).executeTakeFirst();
  if (prev) await trx.updateTable(table).set({ ...keys, data, rowVersion: prev.rowVersion + 1, updatedAt: now }).where('id', '=', row.id).execute();
  else await trx.insertInto(table).values({ id: row.id, ...keys, data, rowVersion: 1, createdAt: now, updatedAt: now } as never).execute();
}

export async function findDoc<E extends EvaluasiEntity>(db: Kysely<Database>, entity: E, id: string): Promise<StoredDoc<E> | undefined> {
  const r = await db.selectFrom(tableOf(entity)).select(['data', 'rowVersion']).where('id', '=', id).executeTakeFirst();
  return r ? { row: parse(entity, r.data), rowVersion: r.rowVersion } : undefined;
}

/** Every row of an entity (the replica's comparison, the first-connect merge). */
export async function allDocs<E extends EvaluasiEntity>(db: Kysely<Database>, entity: E): Promise<DocRow<E>[]> {
  const rows = await db.selectFrom(tableOf(entity)).select('data').execute();
  return rows.map((r) => parse(entity, r.data));
}

/** Rows of the SKP-attached entities for these SKP, in id order (UUIDv7: creation order). */
export async function docsOfSkp<E extends 'realisasi' | 'laporan_harian' | 'umpan_balik' | 'evaluasi'>(
  db: Kysely<Database>,
  entity: E,
  skpIds: readonly string[],
): Promise<DocRow<E>[]> {
  if (skpIds.length === 0) return [];
  const rows = await db.selectFrom(tableOf(entity) as 'realisasi').select('data').where('skpId', 'in', [...skpIds]).orderBy('id').execute();
  return rows.map((r) => parse(entity, r.data));
}

/**
 * Saves a row with its audit entry and outbox command in the caller's transaction: inserted when
 * `existing` is undefined, else replaced (its local revision counted up).
 */
export async function saveDoc<E extends EvaluasiEntity>(
  trx: Trx,
  ctx: WriteContext,
  entity: E,
  command: string,
  row: DocRow<E>,
  existing: StoredDoc<E> | undefined,
  extra: { auditAction?: string; commandId?: string } = {},
): Promise<void> {
  const keys = keyColumnsOf(entity, row as Record<string, unknown>);
  const data = JSON.stringify(row);
  const table = tableOf(entity);
  if (existing) await trx.updateTable(table).set({ ...keys, data, rowVersion: existing.rowVersion + 1, updatedAt: ctx.now }).where('id', '=', row.id).execute();
  else await trx.insertInto(table).values({ id: row.id, ...keys, data, rowVersion: 1, createdAt: ctx.now, updatedAt: ctx.now } as never).execute();
  await recordChange(trx, ctx, {
    command,
    entity,
    entityId: row.id,
    action: existing ? 'update' : 'create',
    before: existing?.row ?? null,
    after: row,
    ...extra,
  });
}

/** Removes a row (laporan harian only), recording the delete command. */
export async function deleteDoc<E extends EvaluasiEntity>(trx: Trx, ctx: WriteContext, entity: E, command: string, existing: StoredDoc<E>): Promise<void> {
  await trx.deleteFrom(tableOf(entity)).where('id', '=', existing.row.id).execute();
  await recordChange(trx, ctx, { command, entity, entityId: existing.row.id, action: 'delete', before: existing.row, after: null, syncPayload: { id: existing.row.id } });
}
