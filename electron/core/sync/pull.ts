import { sql } from 'kysely';
import type { Db } from '../db/connection.js';
import type { PullResponse } from '../../../shared/sync-protocol.js';
import { getSetting, putSetting } from '../db/repositories/setting-repo.js';
import { isSyncEntity, rebuildRow } from './replica.js';
import { rejectCollision, saveShadow } from './push.js';
import { CLOSURE_ROW, dropUnreferencedClosure } from './closure-gc.js';
import { parkDangling, unparkAll } from './parked.js';

export const CURSOR_KEY = 'sync.cursor';

export async function currentCursor(db: Db): Promise<string> {
  return (await getSetting(db, CURSOR_KEY)) ?? '0';
}

/**
 * Stages one pulled page and advances the cursor in the same transaction, so a crash between two
 * pages resumes at the next page with nothing lost or applied twice.
 */
export async function stagePage(db: Db, page: PullResponse): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const c of page.changes) {
      const readOnly = c.closure === true ? CLOSURE_ROW : c.readOnly ? 1 : 0;
      const v = { seq: c.seq, version: c.version, row: c.row === null ? null : JSON.stringify(c.row), readOnly };
      await trx.insertInto('syncInbox').values({ entity: c.entity, id: c.id, ...v }).onConflict((oc) => oc.columns(['entity', 'id']).doUpdateSet(v)).execute();
    }
    await putSetting(trx, CURSOR_KEY, page.cursor);
  });
}

/**
 * Applies every staged row in one transaction: each becomes the new server shadow and its local
 * row is rebuilt with the desk's pending edits re-applied on top (rebase). Rows referring to each
 * other may arrive in any order, so foreign keys are checked only at the end. The server sends
 * every row a row refers to (scope closure); should a reference still point at nothing, the row
 * is parked (parked.ts) instead of failing the apply, so the desk never stops syncing. Closure
 * rows nothing refers to any more leave.
 */
export async function applyInbox(db: Db, now: string): Promise<{ applied: string[] }> {
  const touched = new Set<string>();
  await db.transaction().execute(async (trx) => {
    await sql`pragma defer_foreign_keys = on`.execute(trx);
    await unparkAll(trx, now);
    const staged = await trx.selectFrom('syncInbox').selectAll().orderBy(sql`cast(seq as integer)`).execute();
    for (const s of staged) {
      if (!isSyncEntity(s.entity)) continue;
      await saveShadow(trx, s.entity, s.id, s.version, s.row === null ? null : JSON.parse(s.row), s.readOnly);
      await rebuildRow(trx, s.entity, s.id, now, rejectCollision(trx, now));
      touched.add(s.entity);
    }
    await trx.deleteFrom('syncInbox').execute();
    if (staged.length > 0 && (await dropUnreferencedClosure(trx)) > 0) touched.add('sync');
    await parkDangling(trx);
  });
  return { applied: [...touched] };
}
