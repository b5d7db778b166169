import type { Trx } from '../db/repositories/changes.js';
import { refsOf } from '../../../shared/references.js';
import { USER_PRIVATE_FIELDS, type SyncEntity } from '../../../shared/sync-protocol.js';
import { readLocalRows } from './local-rows.js';
import { lapsedReadOnly } from './lapsed-scope.js';
import { deleteLocalRow, isSyncEntity } from './replica.js';

/** server_row.read_only for a closure row: outside the scope, here only because a row in it names it. */
export const CLOSURE_ROW = 2;

/** A scope row kept only because something here names it: a closure row, an account a stub (no hash, no key). */
async function demoteToClosure(trx: Trx, entity: SyncEntity, id: string): Promise<void> {
  await trx.updateTable('serverRow').set({ readOnly: CLOSURE_ROW }).where('entity', '=', entity).where('id', '=', id).execute();
  if (entity !== 'user') return;
  const shadow = await trx.selectFrom('serverRow').select('row').where('entity', '=', 'user').where('id', '=', id).executeTakeFirst();
  if (shadow?.row) {
    const row = JSON.parse(shadow.row) as Record<string, unknown>;
    for (const f of USER_PRIVATE_FIELDS) row[f] = null;
    await trx.updateTable('serverRow').set({ row: JSON.stringify(row) }).where('entity', '=', 'user').where('id', '=', id).execute();
  }
  // A stub is stored locally with an empty hash (local-rows.ts).
  await trx.updateTable('user').set({ passwordHash: '', wrappedKey: null }).where('id', '=', id).execute();
}

/**
 * Drops closure rows nothing else here refers to any more (directly or through other closure
 * rows): a transfer or an edit moved the reference away, so the row leaves the desk like a row
 * leaving its scope. Read-only scope rows the server's rows no longer put in scope (lapsed-scope.ts)
 * count as closure rows here: they leave unless referred to, and stay as closure rows if they are.
 * Returns how many left.
 */
export async function dropUnreferencedClosure(trx: Trx): Promise<number> {
  const lapsed = await lapsedReadOnly(trx);
  const closure = [
    ...(await trx.selectFrom('serverRow').select(['entity', 'id']).where('readOnly', '=', CLOSURE_ROW).execute()),
    ...[...lapsed].map((k) => ({ entity: k.slice(0, k.indexOf(':')), id: k.slice(k.indexOf(':') + 1) })),
  ];
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
    if (!isSyncEntity(c.entity)) continue;
    if (reached.has(`${c.entity}:${c.id}`)) {
      // Out of scope but still named here: it stays, read-only, as a closure row.
      if (lapsed.has(`${c.entity}:${c.id}`)) await demoteToClosure(trx, c.entity, c.id);
      continue;
    }
    const pending = await trx.selectFrom('outbox').select('id').where('entityId', '=', c.id).where('status', '=', 'pending').limit(1).executeTakeFirst();
    if (pending) continue;
    await trx.deleteFrom('serverRow').where('entity', '=', c.entity).where('id', '=', c.id).execute();
    await deleteLocalRow(trx, c.entity, c.id);
    dropped += 1;
  }
  return dropped;
}
