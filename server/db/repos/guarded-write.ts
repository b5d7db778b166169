import { sql, type RawBuilder } from 'kysely';
import type { SyncEntity } from '../../../shared/sync-protocol.js';
import type { Db, WriteMeta, Written } from './types.js';

/** The trees a command was checked against; the write happens only if they are still current. */
export type Guard = { instansiId: string; orgSeq: string; jabatanSeq: string };

/** One synced row to insert (prevVersion null) or update from prevVersion. */
export type RowWrite = { entity: SyncEntity; row: { id: string; [field: string]: unknown }; prevVersion: number | null };

const TABLES: Record<SyncEntity, string> = { instansi: 'instansi', unit_kerja: 'unit_kerja', jabatan: 'jabatan', pegawai: 'pegawai', user: 'user' };

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
}

/** Column/value pairs of a wire row (its keys are exactly its columns, the schemas are strict). */
function columnsOf(w: RowWrite, instansiId: string): [string, unknown][] {
  const pairs = Object.entries(w.row).map(([k, v]): [string, unknown] => [snake(k), v]);
  if (w.entity !== 'instansi' && !('instansiId' in w.row)) pairs.unshift(['instansi_id', instansiId]);
  return pairs;
}

function writeStatement(w: RowWrite, g: Guard, meta: WriteMeta): RawBuilder<unknown> {
  const table = sql.table(TABLES[w.entity]);
  const key = w.entity === 'instansi' ? sql`id = ${w.row.id}` : sql`instansi_id = ${g.instansiId} and id = ${w.row.id}`;
  const cols = columnsOf(w, g.instansiId);
  if (w.prevVersion === null) {
    const names = sql.join(cols.map(([c]) => sql.ref(c)));
    const values = sql.join(cols.map(([, v]) => sql`${v}`));
    return sql`insert into ${table} (${names}, version, seq, created_at, updated_at, updated_by_device)
      select ${values}, 1, nextval('change_seq'), ${meta.now}, ${meta.now}, ${meta.deviceId}::uuid where exists (select 1 from guard)
      returning version, seq`;
  }
  const sets = sql.join(cols.filter(([c]) => c !== 'id' && c !== 'instansi_id').map(([c, v]) => sql`${sql.ref(c)} = ${v}`));
  return sql`update ${table} set ${sets}, version = version + 1, seq = nextval('change_seq'), updated_at = ${meta.now}, updated_by_device = ${meta.deviceId}::uuid
    where ${key} and version = ${w.prevVersion} and exists (select 1 from guard)
    returning version, seq`;
}

/**
 * Writes one row and its exactly-once record in a single statement that first locks the
 * instansi's `sync_head` row and checks the trees are unchanged. Run outside a transaction it is
 * its own transaction, so the instansi lock is held for this one statement and its commit: the
 * whole serialized part of a command. Returns null when the trees or the row version changed since
 * the checks (the caller retries under the lock); a concurrent insert of the same key or command
 * id surfaces as a unique violation.
 *
 * Order inside the statement: the guard (an InitPlan) takes the lock before any row is written,
 * so `nextval` runs under the lock; a row changed by the transaction waited for is re-checked by
 * PostgreSQL against its newest version (version = prevVersion then fails).
 */
export async function guardedWrite(db: Db, g: Guard, w: RowWrite, meta: WriteMeta, commandId: string): Promise<Written | null> {
  const r = await sql<{ version: number; seq: string }>`
    with guard as (
      select 1 from sync_head where instansi_id = ${g.instansiId} and org_seq = ${g.orgSeq} and jabatan_seq = ${g.jabatanSeq} for update
    ), w as (${writeStatement(w, g, meta)})
    insert into applied_command (instansi_id, id, device_id, outcome, applied_at)
    select ${g.instansiId}, ${commandId}, ${meta.deviceId}::uuid,
      jsonb_build_object('id', ${commandId}::text, 'status', 'accepted', 'version', w.version, 'seq', w.seq::text), ${meta.now}
    from w
    returning (outcome->>'version')::int as version, outcome->>'seq' as seq`.execute(db);
  return r.rows[0] ?? null;
}
