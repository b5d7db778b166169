import { syncRowSchemas, type SyncEntity } from '../../../shared/sync-protocol.js';
import { nextSeq, type Db, type SeqRange } from './types.js';

export type ScopeExit = { seq: string; entity: SyncEntity; entityId: string; fromUnitId: string | null; fromJabatanId: string | null };

function isEntity(value: string): value is SyncEntity {
  return Object.hasOwn(syncRowSchemas, value);
}

function entityOf(value: string): SyncEntity {
  if (!isEntity(value)) throw new Error(`entitas tidak dikenal di scope_exit: ${value}`);
  return value;
}

/**
 * Notes that rows left the place they were seen from (their old unit or jabatan), so devices that
 * hold them learn to drop them. Returns the highest feed position used (or null when none).
 */
export async function recordExits(
  trx: Db,
  instansiId: string,
  exits: readonly { entity: SyncEntity; entityId: string; fromUnitId: string | null; fromJabatanId: string | null }[],
): Promise<string | null> {
  if (exits.length === 0) return null;
  const rows = await trx
    .insertInto('scopeExit')
    .values(exits.map((e) => ({ instansiId, seq: nextSeq, ...e })))
    .returning('seq')
    .execute();
  return rows.map((r) => r.seq).reduce((a, b) => (BigInt(a) > BigInt(b) ? a : b));
}

export async function exitChanges(
  db: Db,
  instansiId: string,
  range: SeqRange,
  from: { unitIds: readonly string[]; jabatanIds: readonly string[] },
): Promise<ScopeExit[]> {
  const rows = await db
    .selectFrom('scopeExit')
    .select(['seq', 'entity', 'entityId', 'fromUnitId', 'fromJabatanId'])
    .where('instansiId', '=', instansiId)
    .where('seq', '>', range.after)
    .where('seq', '<=', range.upTo)
    .where((eb) => eb.or([eb('fromUnitId', '=', eb.fn.any(eb.val([...from.unitIds]))), eb('fromJabatanId', '=', eb.fn.any(eb.val([...from.jabatanIds])))]))
    .orderBy('seq')
    .limit(range.limit)
    .execute();
  return rows.map((r) => ({ ...r, entity: entityOf(r.entity) }));
}
