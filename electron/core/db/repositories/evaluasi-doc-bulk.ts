/**
 * Many NEW evaluation rows at once (the demo's year of realisasi and ratings): one statement per
 * chunk through insertJsonRows, the key columns and the whole row as `data`, as saveDoc stores
 * them. Rows are the caller's to have checked (the demo builds them from the wire types); no audit
 * or outbox per row — the caller records what it needs for the set.
 */
import { EVALUASI_STORAGE, type EvaluasiEntity } from '../../../../shared/sync-rows-evaluasi.js';
import { insertJsonRows } from './bulk-insert.js';
import type { Trx } from './changes.js';
import type { DocRow } from './evaluasi-doc-repo.js';
import { keyColumnsOf } from './evaluasi-doc-repo.js';
import { snakeKeys } from './snake-keys.js';

/**
 * @example
 * await insertDocBatch(trx, 'evaluasi', [{ row, createdAt, updatedAt }]);
 */
export async function insertDocBatch<E extends EvaluasiEntity>(
  trx: Trx,
  entity: E,
  rows: readonly { row: DocRow<E>; createdAt: string; updatedAt: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  const table = snakeTable(EVALUASI_STORAGE[entity].table);
  const keys = EVALUASI_STORAGE[entity].keys.map((k) => snakeTable(k));
  const columns = ['id', ...keys, 'data', 'row_version', 'created_at', 'updated_at'];
  await insertJsonRows(
    trx,
    table,
    columns,
    rows.map(({ row, createdAt, updatedAt }) => ({
      id: row.id,
      ...snakeKeys(keyColumnsOf(entity, row as Record<string, unknown>)),
      data: JSON.stringify(row),
      row_version: 1,
      created_at: createdAt,
      updated_at: updatedAt,
    })),
  );
}

function snakeTable(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
