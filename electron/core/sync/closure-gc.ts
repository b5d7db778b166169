import type { Trx } from '../db/repositories/changes.js';
import { refsOf } from '../../../shared/references.js';
import type { SyncEntity } from '../../../shared/sync-protocol.js';
import { readLocalRows } from './local-rows.js';
import { deleteLocalRow, isSyncEntity } from './replica.js';

/** server_row.read_only for a closure row: outside the scope, here only because a row in it names it. */
export const CLOSURE_ROW = 2;

/**
 * Drops closure rows nothing else here refers to any more (directly or through other closure
 * rows): a transfer or an edit moved the reference away, so the row leaves the desk like a row
 * leaving its scope. Returns how many left.
 */
export async function dropUnreferencedClosure(trx: Trx): Promise<number> {
  const closure = await trx.selectFrom('serverRow').select(['entity', 'id']).where('readOnly', '=', CLOSURE_ROW).execute();
  if (closure.length === 0) return 0;
  const isClosure = new Set(closure.map((c) => `${c.entity}:${c.id}`));
  const local = await readLocalRows(trx);
  const byKey = new Map<string, { entity: SyncEntity; row: unknown }>();
  const queue: { entity: SyncEntity; row: unknown }[] = [];
  for (const [entity, rows] of Object.entries(local) as [SyncEntity, { id: string }[]][]) {
    for (const row of rows) {
      const key = `${entity}:${row.id}`;
      if (isClosure.has(key)) byKey.set(key, { entity, row });
      else queue.push({ entity, row });
    }
  }
  const reached = new Set<string>();
  for (let next = queue.pop(); next; next = queue.pop()) {
    for (const ref of refsOf(next.entity, next.row)) {
      const key = `${ref.to}:${ref.id}`;
      if (reached.has(key) || !isClosure.has(key)) continue;
      reached.add(key);
      const target = byKey.get(key);
      if (target) queue.push(target);
    }
  }
  let dropped = 0;
  for (const c of closure) {
    if (reached.has(`${c.entity}:${c.id}`) || !isSyncEntity(c.entity)) continue;
    const pending = await trx.selectFrom('outbox').select('id').where('entityId', '=', c.id).where('status', '=', 'pending').limit(1).executeTakeFirst();
    if (pending) continue;
    await trx.deleteFrom('serverRow').where('entity', '=', c.entity).where('id', '=', c.id).execute();
    await deleteLocalRow(trx, c.entity, c.id);
    dropped += 1;
  }
  return dropped;
}
