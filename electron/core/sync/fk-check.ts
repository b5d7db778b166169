import { sql } from 'kysely';
import type { Trx } from '../db/repositories/changes.js';

/**
 * Sync transactions defer foreign keys (rows arrive in any order). Before they commit, this names
 * any reference left dangling, so a failure says which row and table instead of SQLite's bare
 * "FOREIGN KEY constraint failed".
 */
export async function assertNoDanglingReferences(trx: Trx): Promise<void> {
  const r = await sql<{ table: string; rowid: number; parent: string }>`pragma foreign_key_check`.execute(trx);
  if (r.rows.length === 0) return;
  const first: string[] = [];
  for (const v of r.rows.slice(0, 5)) {
    const row = await sql<Record<string, unknown>>`select * from ${sql.table(v.table)} where rowid = ${v.rowid}`.execute(trx);
    first.push(`${v.table} ${JSON.stringify(row.rows[0] ?? {})} → ${v.parent}`);
  }
  throw new Error(`Rujukan menggantung setelah sinkronisasi: ${first.join(', ')}`);
}
