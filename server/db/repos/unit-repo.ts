import type { Selectable } from 'kysely';
import type { SyncRow } from '../../../shared/sync-protocol.js';
import type { UnitKerjaTable } from '../schema.js';
import { nextSeq, type Db, type SeqRange, type Stored, type WriteMeta, type Written } from './types.js';

function toStored(r: Selectable<UnitKerjaTable>): Stored<'unit_kerja'> {
  return {
    row: { id: r.id, instansiId: r.instansiId, parentId: r.parentId, kode: r.kode, nama: r.nama },
    version: r.version,
    seq: r.seq,
    deleted: r.deleted,
  };
}

/** The row with this id and the row holding this kode (they differ on a kode clash). */
export async function findUnitForWrite(db: Db, instansiId: string, id: string, kode: string) {
  const rows = await db
    .selectFrom('unitKerja')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where((eb) => eb.or([eb('id', '=', id), eb('kode', '=', kode)]))
    .execute();
  const all = rows.map(toStored);
  return { byId: all.find((s) => s.row.id === id), byKey: all.find((s) => s.row.kode === kode) };
}

export async function insertUnit(db: Db, row: SyncRow<'unit_kerja'>, meta: WriteMeta): Promise<Written> {
  return db
    .insertInto('unitKerja')
    .values({ ...row, version: 1, seq: nextSeq, createdAt: meta.now, updatedAt: meta.now, updatedByDevice: meta.deviceId })
    .returning(['version', 'seq'])
    .executeTakeFirstOrThrow();
}

/** id and parent of every unit of the instansi: the tree scope checks walk. */
export async function unitLinks(db: Db, instansiId: string): Promise<{ id: string; parentId: string | null }[]> {
  return db.selectFrom('unitKerja').select(['id', 'parentId']).where('instansiId', '=', instansiId).where('deleted', '=', false).execute();
}

export async function unitChanges(db: Db, instansiId: string, range: SeqRange, unitIds: readonly string[]): Promise<Stored<'unit_kerja'>[]> {
  const rows = await db
    .selectFrom('unitKerja')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('seq', '>', range.after)
    .where('seq', '<=', range.upTo)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val([...unitIds]))))
    .orderBy('seq')
    .limit(range.limit)
    .execute();
  return rows.map(toStored);
}

/** The current rows with these ids (scope closure: rows in scope refer to them). */
export async function unitsByIds(db: Db, instansiId: string, ids: readonly string[]): Promise<Stored<'unit_kerja'>[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('unitKerja')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val([...ids]))))
    .execute();
  return rows.map(toStored);
}
