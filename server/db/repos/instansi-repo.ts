import type { Selectable } from 'kysely';
import type { SyncRow } from '../../../shared/sync-protocol.js';
import type { InstansiTable } from '../schema.js';
import { nextSeq, type Db, type SeqRange, type Stored, type WriteMeta, type Written } from './types.js';

function toStored(r: Selectable<InstansiTable>): Stored<'instansi'> {
  return { row: { id: r.id, kode: r.kode, nama: r.nama, isDemo: r.isDemo }, version: r.version, seq: r.seq, deleted: r.deleted };
}

export async function findInstansi(db: Db, id: string): Promise<Stored<'instansi'> | undefined> {
  const r = await db.selectFrom('instansi').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toStored(r);
}

export async function findInstansiByKode(db: Db, kode: string): Promise<Stored<'instansi'> | undefined> {
  const r = await db.selectFrom('instansi').selectAll().where('kode', '=', kode).executeTakeFirst();
  return r && toStored(r);
}

export async function insertInstansi(db: Db, row: SyncRow<'instansi'>, meta: WriteMeta): Promise<Written> {
  return db
    .insertInto('instansi')
    .values({ ...row, version: 1, seq: nextSeq, createdAt: meta.now, updatedAt: meta.now, updatedByDevice: meta.deviceId })
    .returning(['version', 'seq'])
    .executeTakeFirstOrThrow();
}

export async function instansiChanges(db: Db, id: string, range: SeqRange): Promise<Stored<'instansi'>[]> {
  const rows = await db
    .selectFrom('instansi')
    .selectAll()
    .where('id', '=', id)
    .where('seq', '>', range.after)
    .where('seq', '<=', range.upTo)
    .execute();
  return rows.map(toStored);
}
