import { sql, type RawBuilder } from 'kysely';
import type { SyncEntity } from '../../../shared/sync-protocol.js';
import { EVALUASI_STORAGE, isEvaluasiEntity, type EvaluasiEntity } from '../../../shared/sync-rows-evaluasi.js';
import type { Db, WriteMeta, Written } from './types.js';

/** The trees a command was checked against; the write happens only if they are still current. */
export type Guard = { instansiId: string; orgSeq: string; jabatanSeq: string };

/**
 * One synced row to insert (prevVersion null) or update from prevVersion; `deleted` marks it
 * deleted (a soft delete: the row stays, pulls send it as `row: null`).
 */
export type RowWrite = { entity: SyncEntity; row: { id: string; [field: string]: unknown }; prevVersion: number | null; deleted?: boolean };

const TABLES: Record<SyncEntity, string> = {
  instansi: 'instansi',
  unit_kerja: 'unit_kerja',
  jabatan: 'jabatan',
  pegawai: 'pegawai',
  user: 'user',
  skp: 'skp',
  rhk: 'rhk',
  skp_template: 'skp_template',
  pengaturan_kinerja: 'pengaturan_kinerja',
  penilai_override: 'penilai_override',
  realisasi: 'realisasi',
  laporan_harian: 'laporan_harian',
  umpan_balik: 'umpan_balik',
  evaluasi: 'evaluasi',
  predikat_organisasi: 'predikat_organisasi',
};

/** Wire fields stored as jsonb (written as JSON text: node-postgres would send an array as a PostgreSQL array). */
const JSON_FIELDS: Partial<Record<SyncEntity, readonly string[]>> = {
  skp: ['periode', 'penilai', 'perilaku', 'lampiran', 'delegasi', 'riwayat'],
  rhk: ['indikator'],
  skp_template: ['rhk', 'lampiran'],
  user: ['signingKeys', 'wrappedKey'],
};
/** Wire fields whose column has another name (the sync columns took theirs). */
const RENAMED: Partial<Record<SyncEntity, Record<string, string>>> = { skp_template: { updatedAt: 'diubah_pada' } };

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
}

/**
 * An evaluation row is stored as its key columns plus the whole wire row as jsonb `data`
 * (EVALUASI_STORAGE); `instansiId` as a key is the table's own `instansi_id`.
 */
function docColumnsOf(entity: EvaluasiEntity, row: RowWrite['row'], instansiId: string): [string, RawBuilder<unknown>][] {
  const keys = EVALUASI_STORAGE[entity].keys.filter((k) => k !== 'instansiId');
  return [
    ['instansi_id', sql`${instansiId}`],
    ['id', sql`${row.id}`],
    ...keys.map((k): [string, RawBuilder<unknown>] => [snake(k), sql`${row[k]}`]),
    ['data', sql`${JSON.stringify(row)}::jsonb`],
  ];
}

/** Column/value pairs of a wire row (its keys are its columns, the schemas are strict). */
function columnsOf(w: RowWrite, instansiId: string): [string, RawBuilder<unknown>][] {
  if (isEvaluasiEntity(w.entity)) return docColumnsOf(w.entity, w.row, instansiId);
  const pairs = Object.entries(w.row).map(([k, v]): [string, RawBuilder<unknown>] => [
    RENAMED[w.entity]?.[k] ?? snake(k),
    JSON_FIELDS[w.entity]?.includes(k) && v !== null ? sql`${JSON.stringify(v)}::jsonb` : sql`${v}`,
  ]);
  if (w.entity !== 'instansi' && !('instansiId' in w.row)) pairs.unshift(['instansi_id', sql`${instansiId}`]);
  return pairs;
}

function writeStatement(w: RowWrite, g: Guard, meta: WriteMeta): RawBuilder<unknown> {
  const table = sql.table(TABLES[w.entity]);
  const key = w.entity === 'instansi' ? sql`id = ${w.row.id}` : sql`instansi_id = ${g.instansiId} and id = ${w.row.id}`;
  const cols = columnsOf(w, g.instansiId);
  if (w.prevVersion === null) {
    const names = sql.join(cols.map(([c]) => sql.ref(c)));
    const values = sql.join(cols.map(([, v]) => v));
    return sql`insert into ${table} (${names}, version, seq, created_at, updated_at, updated_by_device)
      select ${values}, 1, nextval('change_seq'), ${meta.now}, ${meta.now}, ${meta.deviceId}::uuid where exists (select 1 from guard)
      returning version, seq`;
  }
  const sets = sql.join(cols.filter(([c]) => c !== 'id' && c !== 'instansi_id').map(([c, v]) => sql`${sql.ref(c)} = ${v}`));
  return sql`update ${table} set ${sets}, deleted = ${w.deleted === true}, version = version + 1, seq = nextval('change_seq'), updated_at = ${meta.now}, updated_by_device = ${meta.deviceId}::uuid
    where ${key} and version = ${w.prevVersion} and exists (select 1 from guard)
    returning version, seq`;
}

/** One command's row write, as `guardedWrites` takes it. */
export type CommandWrite = { write: RowWrite; meta: WriteMeta; commandId: string };

/**
 * Writes rows and their exactly-once records in a single statement that first locks the
 * instansi's `sync_head` row and checks the trees are unchanged. Run outside a transaction it is
 * its own transaction, so the instansi lock is held for this one statement and its commit. Returns
 * what was written by command id (as sent); a command is missing when the trees or its row version
 * changed since its checks (the caller checks it again under the lock). A concurrent insert of the
 * same key or command id surfaces as a unique violation. The rows must be distinct (a statement
 * sees one snapshot, so it cannot build on its own writes).
 *
 * Order inside the statement: the guard (an InitPlan) takes the lock before any row is written,
 * so `nextval` runs under the lock; a row changed by the transaction waited for is re-checked by
 * PostgreSQL against its newest version (version = prevVersion then fails). The writes run in the
 * order given, as the final insert reads them.
 */
export async function guardedWrites(db: Db, g: Guard, items: readonly CommandWrite[]): Promise<Map<string, Written>> {
  if (items.length === 0) return new Map();
  const name = (k: number) => sql.raw(`w${k}`);
  const ctes = items.map((it, k) => sql`${name(k)} as (${writeStatement(it.write, g, it.meta)})`);
  const rows = items.map(
    (it, k) => sql`select ${it.commandId}::text as command_id, ${it.meta.deviceId}::uuid as device_id, ${it.meta.now}::timestamptz as applied_at, version, seq from ${name(k)}`,
  );
  const r = await sql<{ commandId: string; version: number; seq: string }>`
    with guard as (
      select 1 from sync_head where instansi_id = ${g.instansiId} and org_seq = ${g.orgSeq} and jabatan_seq = ${g.jabatanSeq} for update
    ), ${sql.join(ctes)}, written as (${sql.join(rows, sql` union all `)})
    insert into applied_command (instansi_id, id, device_id, outcome, applied_at)
    select ${g.instansiId}, command_id::uuid, device_id,
      jsonb_build_object('id', command_id, 'status', 'accepted', 'version', version, 'seq', seq::text), applied_at
    from written
    returning outcome->>'id' as command_id, (outcome->>'version')::int as version, outcome->>'seq' as seq`.execute(db);
  return new Map(r.rows.map((w) => [w.commandId, { version: w.version, seq: w.seq }]));
}

/** `guardedWrites` of one command: what it wrote, or null when its trees or row version changed. */
export async function guardedWrite(db: Db, g: Guard, w: RowWrite, meta: WriteMeta, commandId: string): Promise<Written | null> {
  return (await guardedWrites(db, g, [{ write: w, meta, commandId }])).get(commandId) ?? null;
}
