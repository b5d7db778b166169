import type { Db } from '../db/connection.js';
import type { SyncConflict } from '../../../shared/entities.js';

export async function openConflictCount(db: Db): Promise<number> {
  const r = await db.selectFrom('syncConflict').select(({ fn }) => fn.countAll<number>().as('n')).where('resolvedAt', 'is', null).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Open conflicts, newest first, with both texts for the person to compare. */
export async function listOpenConflicts(db: Db): Promise<SyncConflict[]> {
  const rows = await db
    .selectFrom('syncConflict as c')
    .leftJoin('user as u', 'u.id', 'c.actorUserId')
    .select(['c.id', 'c.command', 'c.entity', 'c.entityId', 'c.localPayload', 'c.serverPayload', 'c.code', 'c.message', 'c.createdAt', 'u.nama as actorNama'])
    .where('c.resolvedAt', 'is', null)
    .orderBy('c.createdAt', 'desc')
    .execute();
  return rows.map((r) => ({
    ...r,
    localPayload: JSON.parse(r.localPayload) as unknown,
    serverPayload: r.serverPayload === null ? null : (JSON.parse(r.serverPayload) as unknown),
  }));
}
