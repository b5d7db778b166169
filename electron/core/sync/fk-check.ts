import { sql } from 'kysely';
import type { Trx } from '../db/repositories/changes.js';

/** One local row whose reference points at no row, named by table and id only (never its contents). */
export type Dangling = { table: string; id: string; parent: string };

/**
 * Rows whose foreign keys point at nothing. Sync transactions defer foreign keys (rows arrive in
 * any order), so this runs before they commit.
 */
export async function danglingReferences(trx: Trx): Promise<Dangling[]> {
  const r = await sql<{ table: string; rowid: number; parent: string }>`pragma foreign_key_check`.execute(trx);
  const out: Dangling[] = [];
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
