import { sql } from 'kysely';
import type { Trx } from './changes.js';

/** Rows per statement: one JSON parameter each, so the size is bounded by memory, not SQLite variables. */
const CHUNK = 5000;

/**
 * Inserts many rows with one statement per chunk: the rows travel as ONE JSON parameter and SQLite
 * spreads them with json_each. Building and binding a multi-row VALUES list costs far more than the
 * insert itself (tens of thousands of demo SKP/RHK rows); this keeps bulk writes near SQLite's speed.
 * Keys of each row are the snake_case column names; values are text, numbers or null.
 *
 * @example
 * await insertJsonRows(trx, 'rhk', ['id', 'skp_id'], [{ id: 'a', skp_id: 's' }]);
 */
export async function insertJsonRows(trx: Trx, table: string, columns: readonly string[], rows: readonly Record<string, string | number | null>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + CHUNK));
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) select ${sql.join(
      columns.map((c) => sql`value ->> ${`$.${c}`}`),
    )} from json_each(${chunk})`.execute(trx);
  }
}
