import type { Selectable } from 'kysely';
import type { SyncRow } from '../../../shared/sync-protocol.js';
import type { PegawaiTable } from '../schema.js';
import { nextSeq, type Db, type SeqRange, type Stored, type WriteMeta, type Written } from './types.js';

function toStored(r: Selectable<PegawaiTable>): Stored<'pegawai'> {
  return {
    row: {
      id: r.id,
      nip: r.nip,
      gelarDepan: r.gelarDepan,
      nama: r.nama,
      gelarBelakang: r.gelarBelakang,
      jenisAsn: r.jenisAsn,
      golongan: r.golongan,
      jabatanId: r.jabatanId,
      unitId: r.unitId,
      tmtMulai: r.tmtMulai,
      tmtSelesai: r.tmtSelesai,
    },
    version: r.version,
    seq: r.seq,
    deleted: r.deleted,
  };
}

export async function findPegawai(db: Db, instansiId: string, id: string): Promise<Stored<'pegawai'> | undefined> {
  const r = await db.selectFrom('pegawai').selectAll().where('instansiId', '=', instansiId).where('id', '=', id).executeTakeFirst();
  return r && toStored(r);
}

export type PegawaiForWrite = { byId: Stored<'pegawai'> | undefined; byKey: Stored<'pegawai'> | undefined };

/** The row a write of (`id`, `nip`) updates, and the row holding that NIP, among `rows`. */
export function pickForWrite(rows: readonly Stored<'pegawai'>[], id: string, nip: string): PegawaiForWrite {
  return { byId: rows.find((s) => s.row.id === id), byKey: rows.find((s) => s.row.nip === nip) };
}

/** Every row with one of these ids or NIPs: what `pickForWrite` needs for each pair, in one read. */
export async function pegawaiByIdOrNip(db: Db, instansiId: string, ids: readonly string[], nips: readonly string[]): Promise<Stored<'pegawai'>[]> {
  const rows = await db
    .selectFrom('pegawai')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where((eb) => eb.or([eb('id', '=', eb.fn.any(eb.val([...ids]))), eb('nip', '=', eb.fn.any(eb.val([...nips])))]))
    .execute();
  return rows.map(toStored);
}

export async function findPegawaiForWrite(db: Db, instansiId: string, id: string, nip: string): Promise<PegawaiForWrite> {
  return pickForWrite(await pegawaiByIdOrNip(db, instansiId, [id], [nip]), id, nip);
}

export async function insertPegawai(db: Db, instansiId: string, row: SyncRow<'pegawai'>, meta: WriteMeta): Promise<Written> {
  return db
    .insertInto('pegawai')
    .values({ ...row, instansiId, version: 1, seq: nextSeq, createdAt: meta.now, updatedAt: meta.now, updatedByDevice: meta.deviceId })
    .returning(['version', 'seq'])
    .executeTakeFirstOrThrow();
}

/** Where each of these pegawai is now (to decide whether a scope exit still applies). */
export async function pegawaiPlaces(db: Db, instansiId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('pegawai')
    .select(['id', 'unitId', 'jabatanId', 'version'])
    .where('instansiId', '=', instansiId)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val([...ids]))))
    .execute();
}

export async function pegawaiChanges(
  db: Db,
  instansiId: string,
  range: SeqRange,
  scope: { unitIds: readonly string[]; jabatanIds: readonly string[] },
): Promise<Stored<'pegawai'>[]> {
  const rows = await db
    .selectFrom('pegawai')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('seq', '>', range.after)
    .where('seq', '<=', range.upTo)
    .where((eb) => eb.or([eb('unitId', '=', eb.fn.any(eb.val([...scope.unitIds]))), eb('jabatanId', '=', eb.fn.any(eb.val([...scope.jabatanIds])))]))
    .orderBy('seq')
    .limit(range.limit)
    .execute();
  return rows.map(toStored);
}

/** The current rows with these ids (scope closure: rows in scope refer to them). */
export async function pegawaiByIds(db: Db, instansiId: string, ids: readonly string[]): Promise<Stored<'pegawai'>[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('pegawai')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val([...ids]))))
    .execute();
  return rows.map(toStored);
}
