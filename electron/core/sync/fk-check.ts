import { sql } from 'kysely';
import { REFERENCE_MAP, type Reference } from '../../../shared/references.js';
import { syncRowSchemas, type SyncEntity } from '../../../shared/sync-protocol.js';
import type { Trx } from '../db/repositories/changes.js';

/** One local row whose reference points at no row, named by table and id only (never its contents). */
export type Dangling = { table: string; id: string; parent: string };

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
}

/**
 * Reference columns (from the reference map) that must always point at a row but have no SQLite
 * foreign key (the SKP tables): a required field of the wire schema, at the top level of the row.
 */
const REQUIRED_WITHOUT_FK: { entity: SyncEntity; ref: Reference }[] = (['skp', 'rhk', 'skp_template'] as const).flatMap((entity) => {
  const shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }> = syncRowSchemas[entity].shape;
  return REFERENCE_MAP[entity].filter((ref) => !ref.path.includes('.') && shape[ref.path]?.safeParse(null).success === false).map((ref) => ({ entity, ref }));
});

/**
 * Rows whose references point at nothing: the foreign keys SQLite knows, and the required
 * references of the reference map it does not. Sync transactions defer foreign keys (rows arrive
 * in any order), so this runs before they commit.
 */
export async function danglingReferences(trx: Trx): Promise<Dangling[]> {
  const r = await sql<{ table: string; rowid: number; parent: string }>`pragma foreign_key_check`.execute(trx);
  const out: Dangling[] = [];
  for (const { entity, ref } of REQUIRED_WITHOUT_FK) {
    const col = sql.ref(`t.${snake(ref.path)}`);
    const missing = await sql<{ id: string }>`select t.id from ${sql.table(entity)} t where ${col} is not null and not exists (select 1 from ${sql.table(ref.to)} p where p.id = ${col})`.execute(trx);
    for (const m of missing.rows) out.push({ table: entity, id: m.id, parent: ref.to });
  }
  for (const v of r.rows) {
    const row = await sql<{ id: string }>`select id from ${sql.table(v.table)} where rowid = ${v.rowid}`.execute(trx);
    const id = row.rows[0]?.id;
    if (id !== undefined) out.push({ table: v.table, id, parent: v.parent });
  }
  return out;
}

/**
 * "3 baris pegawai → jabatan": what dangles, by table, with no row contents (no NIP, name or
 * hash may reach a status line, a log or the console).
 */
export function describeDangling(rows: readonly Dangling[]): string {
  const counts = new Map<string, number>();
  for (const d of rows) counts.set(`${d.table} → ${d.parent}`, (counts.get(`${d.table} → ${d.parent}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} baris ${k}`).join(', ');
}

/**
 * For transactions that must not commit a dangling reference (a merge, a push's answers): fails
 * naming the tables involved, so the error says which instead of SQLite's bare "FOREIGN KEY
 * constraint failed", and never the rows themselves.
 */
export async function assertNoDanglingReferences(trx: Trx): Promise<void> {
  const rows = await danglingReferences(trx);
  if (rows.length > 0) throw new Error(`Rujukan menggantung setelah sinkronisasi: ${describeDangling(rows)}.`);
}
