import type { Selectable } from 'kysely';
import type { SyncRow } from '../../../shared/sync-protocol.js';
import { JENIS_JABATAN, type JenisJabatan } from '../../../shared/domain/jabatan.js';
import type { JabatanTable } from '../schema.js';
import { nextSeq, type Db, type SeqRange, type Stored, type WriteMeta, type Written } from './types.js';

function jenisOf(value: string): JenisJabatan {
  const found = JENIS_JABATAN.find((j) => j === value);
  if (!found) throw new Error(`jenis jabatan tidak dikenal di basis data: ${value}`);
  return found;
}

function toStored(r: Selectable<JabatanTable>): Stored<'jabatan'> {
  return {
    row: { id: r.id, unitId: r.unitId, kode: r.kode, nama: r.nama, jenis: jenisOf(r.jenis), atasanJabatanId: r.atasanJabatanId, kelas: r.kelas },
    version: r.version,
    seq: r.seq,
    deleted: r.deleted,
  };
}

export async function findJabatanForWrite(db: Db, instansiId: string, id: string, kode: string) {
  const rows = await db
    .selectFrom('jabatan')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where((eb) => eb.or([eb('id', '=', id), eb('kode', '=', kode)]))
    .execute();
  const all = rows.map(toStored);
  return { byId: all.find((s) => s.row.id === id), byKey: all.find((s) => s.row.kode === kode) };
}

export async function insertJabatan(db: Db, instansiId: string, row: SyncRow<'jabatan'>, meta: WriteMeta): Promise<Written> {
  return db
    .insertInto('jabatan')
    .values({ ...row, instansiId, version: 1, seq: nextSeq, createdAt: meta.now, updatedAt: meta.now, updatedByDevice: meta.deviceId })
    .returning(['version', 'seq'])
    .executeTakeFirstOrThrow();
}

/** id, unit and atasan of every jabatan of the instansi: the graph chain and cycle checks walk. */
export async function jabatanLinks(db: Db, instansiId: string): Promise<{ id: string; unitId: string; atasanJabatanId: string | null }[]> {
  return db.selectFrom('jabatan').select(['id', 'unitId', 'atasanJabatanId']).where('instansiId', '=', instansiId).where('deleted', '=', false).execute();
}

export async function jabatanChanges(
  db: Db,
  instansiId: string,
  range: SeqRange,
  scope: { unitIds: readonly string[]; jabatanIds: readonly string[] },
): Promise<Stored<'jabatan'>[]> {
  const rows = await db
    .selectFrom('jabatan')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('seq', '>', range.after)
    .where('seq', '<=', range.upTo)
    .where((eb) => eb.or([eb('unitId', '=', eb.fn.any(eb.val([...scope.unitIds]))), eb('id', '=', eb.fn.any(eb.val([...scope.jabatanIds])))]))
    .orderBy('seq')
    .limit(range.limit)
    .execute();
  return rows.map(toStored);
}

/** The current rows with these ids (scope closure: rows in scope refer to them). */
export async function jabatanByIds(db: Db, instansiId: string, ids: readonly string[]): Promise<Stored<'jabatan'>[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('jabatan')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val([...ids]))))
    .execute();
  return rows.map(toStored);
}
