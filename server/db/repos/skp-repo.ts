import type { Selectable } from 'kysely';
import { syncRowSchemas } from '../../../shared/sync-protocol.js';
import type { RhkTable, SkpTable, SkpTemplateTable } from '../schema.js';
import type { Db, SeqRange, Stored } from './types.js';

/**
 * SKP, RHK and SKP templates as the server holds them. jsonb parts come back parsed; each row is
 * checked against the wire schema, so a row that could not have been written is an error here and
 * never reaches a desk. Writes go through guarded-write like every synced row.
 */

function stored<E extends 'skp' | 'rhk' | 'skp_template'>(entity: E, r: { version: number; seq: string; deleted: boolean }, row: unknown): Stored<E> {
  // The schemas are strict: the wire row is exactly the table's own columns.
  const parsed = syncRowSchemas[entity].parse(row) as Stored<E>['row'];
  return { row: parsed, version: r.version, seq: r.seq, deleted: r.deleted };
}

type Bookkeeping = 'instansiId' | 'version' | 'seq' | 'deleted' | 'createdAt' | 'updatedAt' | 'updatedByDevice';

/** A server row's own columns: the wire row (for a template, with `diubahPada` still to rename). */
export function ownColumns<R extends Record<Bookkeeping, unknown>>(r: R): Omit<R, Bookkeeping> {
  const { instansiId: _i, version: _v, seq: _s, deleted: _d, createdAt: _c, updatedAt: _u, updatedByDevice: _b, ...row } = r;
  return row;
}

const toSkp = (r: Selectable<SkpTable>): Stored<'skp'> => stored('skp', r, ownColumns(r));
const toRhk = (r: Selectable<RhkTable>): Stored<'rhk'> => stored('rhk', r, ownColumns(r));

function toTemplate(r: Selectable<SkpTemplateTable>): Stored<'skp_template'> {
  const { diubahPada, ...row } = ownColumns(r);
  return stored('skp_template', r, { ...row, updatedAt: diubahPada });
}

export async function findSkp(db: Db, instansiId: string, id: string): Promise<Stored<'skp'> | undefined> {
  const r = await db.selectFrom('skp').selectAll().where('instansiId', '=', instansiId).where('id', '=', id).executeTakeFirst();
  return r && toSkp(r);
}

/** Live SKP held on `jabatanId` or by one of `pegawaiIds`: where the atasan SKP is picked from. */
export async function skpOfHolders(db: Db, instansiId: string, jabatanId: string | null, pegawaiIds: readonly string[]): Promise<Stored<'skp'>[]> {
  if (jabatanId === null && pegawaiIds.length === 0) return [];
  const rows = await db
    .selectFrom('skp')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) =>
      eb.or([...(jabatanId === null ? [] : [eb('jabatanId', '=', jabatanId)]), ...(pegawaiIds.length === 0 ? [] : [eb('pegawaiId', '=', eb.fn.any(eb.val([...pegawaiIds])))])]),
    )
    .execute();
  return rows.map(toSkp);
}

/** True when a live later version of this SKP exists (perubahan SKP already started). */
export async function hasNewerVersion(db: Db, instansiId: string, skpId: string): Promise<boolean> {
  const r = await db.selectFrom('skp').select('id').where('instansiId', '=', instansiId).where('previousVersionId', '=', skpId).where('deleted', '=', false).executeTakeFirst();
  return r !== undefined;
}

export async function findRhk(db: Db, instansiId: string, id: string): Promise<Stored<'rhk'> | undefined> {
  const r = await db.selectFrom('rhk').selectAll().where('instansiId', '=', instansiId).where('id', '=', id).executeTakeFirst();
  return r && toRhk(r);
}

/** The live RHK of one SKP, in form order. */
export async function rhkOfSkp(db: Db, instansiId: string, skpId: string): Promise<Stored<'rhk'>[]> {
  const rows = await db
    .selectFrom('rhk')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('skpId', '=', skpId)
    .where('deleted', '=', false)
    .orderBy('jenis')
    .orderBy('urutan')
    .execute();
  return rows.map(toRhk);
}

/** Live SKP of `tahun` held on one of `jabatanIds`, every version (a peta cascading picks the newest). */
export async function skpOfJabatanInYear(db: Db, instansiId: string, tahun: number, jabatanIds: readonly string[]): Promise<Stored<'skp'>[]> {
  if (jabatanIds.length === 0) return [];
  const rows = await db
    .selectFrom('skp')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('jabatanId', '=', eb.fn.any(eb.val([...jabatanIds]))))
    .execute();
  // The year lives in the periode jsonb; read back parsed, so it is picked here in one dialect-free way.
  return rows.map(toSkp).filter((s) => s.row.periode.tahun === tahun);
}

/** The live RHK of several SKP. */
export async function rhkOfSkpMany(db: Db, instansiId: string, skpIds: readonly string[]): Promise<Stored<'rhk'>[]> {
  if (skpIds.length === 0) return [];
  const rows = await db
    .selectFrom('rhk')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('skpId', '=', eb.fn.any(eb.val([...skpIds]))))
    .execute();
  return rows.map(toRhk);
}

/** Live RHK (of any unit) that intervene `rhkId`. */
export async function rhkIntervening(db: Db, instansiId: string, rhkId: string): Promise<{ id: string; intervensiRhkId: string | null }[]> {
  return db
    .selectFrom('rhk')
    .select(['id', 'intervensiRhkId'])
    .where('instansiId', '=', instansiId)
    .where('intervensiRhkId', '=', rhkId)
    .where('deleted', '=', false)
    .execute();
}

/** The template with this id and the one of this jabatan (they differ on a clash). */
export async function findTemplateForWrite(db: Db, instansiId: string, id: string, jabatanId: string) {
  const rows = await db
    .selectFrom('skpTemplate')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where((eb) => eb.or([eb('id', '=', id), eb('jabatanId', '=', jabatanId)]))
    .execute();
  const all = rows.map(toTemplate);
  return { byId: all.find((s) => s.row.id === id), byKey: all.find((s) => s.row.jabatanId === jabatanId) };
}

/** Where the pull finds SKP rows: SKP of these units (writable) or held on these jabatan (the chain, read-only). */
export type SkpScope = { unitIds: readonly string[]; jabatanIds: readonly string[] };

export async function skpChanges(db: Db, instansiId: string, range: SeqRange, scope: SkpScope): Promise<Stored<'skp'>[]> {
  const rows = await db
    .selectFrom('skp')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('seq', '>', range.after)
    .where('seq', '<=', range.upTo)
    .where((eb) => eb.or([eb('unitId', '=', eb.fn.any(eb.val([...scope.unitIds]))), eb('jabatanId', '=', eb.fn.any(eb.val([...scope.jabatanIds])))]))
    .orderBy('seq')
    .limit(range.limit)
    .execute();
  return rows.map(toSkp);
}

/** RHK whose SKP is in scope, each with its SKP's unit (which decides whether it is writable). */
export async function rhkChanges(db: Db, instansiId: string, range: SeqRange, scope: SkpScope): Promise<{ s: Stored<'rhk'>; unitId: string }[]> {
  const rows = await db
    .selectFrom('rhk')
    .innerJoin('skp', (j) => j.onRef('skp.instansiId', '=', 'rhk.instansiId').onRef('skp.id', '=', 'rhk.skpId'))
    .selectAll('rhk')
    .select('skp.unitId as skpUnitId')
    .where('rhk.instansiId', '=', instansiId)
    .where('rhk.seq', '>', range.after)
    .where('rhk.seq', '<=', range.upTo)
    .where((eb) => eb.or([eb('skp.unitId', '=', eb.fn.any(eb.val([...scope.unitIds]))), eb('skp.jabatanId', '=', eb.fn.any(eb.val([...scope.jabatanIds])))]))
    .orderBy('rhk.seq')
    .limit(range.limit)
    .execute();
  return rows.map(({ skpUnitId, ...r }) => ({ s: toRhk(r), unitId: skpUnitId }));
}

export async function templateChanges(db: Db, instansiId: string, range: SeqRange, jabatanIds: readonly string[]): Promise<Stored<'skp_template'>[]> {
  const rows = await db
    .selectFrom('skpTemplate')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('seq', '>', range.after)
    .where('seq', '<=', range.upTo)
    .where((eb) => eb('jabatanId', '=', eb.fn.any(eb.val([...jabatanIds]))))
    .orderBy('seq')
    .limit(range.limit)
    .execute();
  return rows.map(toTemplate);
}

/** Ids of the live SKP held on these jabatan, and of their RHK: rows that travel with an atasan chain. */
export async function skpAndRhkOfJabatan(db: Db, instansiId: string, jabatanIds: readonly string[]): Promise<{ skp: string[]; rhk: string[] }> {
  if (jabatanIds.length === 0) return { skp: [], rhk: [] };
  const skp = await db
    .selectFrom('skp')
    .select('id')
    .where('instansiId', '=', instansiId)
    .where((eb) => eb('jabatanId', '=', eb.fn.any(eb.val([...jabatanIds]))))
    .execute();
  const ids = skp.map((r) => r.id);
  if (ids.length === 0) return { skp: [], rhk: [] };
  const rhk = await db
    .selectFrom('rhk')
    .select('id')
    .where('instansiId', '=', instansiId)
    .where((eb) => eb('skpId', '=', eb.fn.any(eb.val(ids))))
    .execute();
  return { skp: ids, rhk: rhk.map((r) => r.id) };
}

/** The current rows with these ids (scope closure: rows in scope refer to them). */
export async function skpByIds(db: Db, instansiId: string, ids: readonly string[]): Promise<Stored<'skp'>[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('skp')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val([...ids]))))
    .execute();
  return rows.map(toSkp);
}

/** The current rows with these ids (scope closure: rows in scope refer to them). */
export async function rhkByIds(db: Db, instansiId: string, ids: readonly string[]): Promise<Stored<'rhk'>[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('rhk')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val([...ids]))))
    .execute();
  return rows.map(toRhk);
}
