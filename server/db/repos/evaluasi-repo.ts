/**
 * Evaluation rows (issue 10) as the server holds them: key columns plus the wire row as jsonb
 * `data` (shared/sync-rows-evaluasi.ts EVALUASI_STORAGE). Each row read is parsed with its wire
 * schema, so a row that could not have been written never reaches a desk. Writes go through
 * guarded-write like every synced row.
 */
import { EVALUASI_STORAGE, EVALUASI_SYNC_ROWS, type EvaluasiEntity } from '../../../shared/sync-rows-evaluasi.js';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import { nextSeq, type Db, type SeqRange, type Stored } from './types.js';

type DocTable = (typeof EVALUASI_STORAGE)[EvaluasiEntity]['table'];
type DocRecord = { data: unknown; version: number; seq: string; deleted: boolean };
const DOC_COLUMNS = ['data', 'version', 'seq', 'deleted'] as const;

function tableOf(entity: EvaluasiEntity): DocTable {
  return EVALUASI_STORAGE[entity].table;
}

function toStored<E extends EvaluasiEntity>(entity: E, r: DocRecord): Stored<E> {
  // The strict wire schema is the row's whole shape; its type is the entity's SyncRow.
  const row = EVALUASI_SYNC_ROWS[entity].parse(r.data) as Stored<E>['row'];
  return { row, version: r.version, seq: r.seq, deleted: r.deleted };
}

/**
 * One row by id, deleted or not (the version rule needs both).
 *
 * @example
 * const prev = await findDoc(db, instansiId, 'realisasi', cmd.entityId);
 */
export async function findDoc<E extends EvaluasiEntity>(db: Db, instansiId: string, entity: E, id: string): Promise<Stored<E> | undefined> {
  const r = await db.selectFrom(tableOf(entity)).select(DOC_COLUMNS).where('instansiId', '=', instansiId).where('id', '=', id).executeTakeFirst();
  return r && toStored(entity, r);
}

/** The live realisasi or evaluasi of one SKP and period (their unique key). */
export async function docOfPeriode<E extends 'realisasi' | 'evaluasi'>(db: Db, instansiId: string, entity: E, skpId: string, periode: PeriodeKey): Promise<Stored<E> | undefined> {
  const r = await db
    .selectFrom(tableOf(entity) satisfies string as 'realisasi')
    .select(DOC_COLUMNS)
    .where('instansiId', '=', instansiId)
    .where('skpId', '=', skpId)
    .where('periode', '=', periode)
    .where('deleted', '=', false)
    .executeTakeFirst();
  return r && toStored(entity, r);
}

/** The live evaluations of one SKP (every period): what the lock of a laporan harian reads. */
export async function evaluasiOfSkp(db: Db, instansiId: string, skpId: string): Promise<Stored<'evaluasi'>[]> {
  const rows = await db.selectFrom('evaluasi').select(DOC_COLUMNS).where('instansiId', '=', instansiId).where('skpId', '=', skpId).where('deleted', '=', false).execute();
  return rows.map((r) => toStored('evaluasi', r));
}

/** The live umpan balik thread of one SKP in id order (UUIDv7: creation order), as a printed evaluation lists it. */
export async function umpanBalikOfSkp(db: Db, instansiId: string, skpId: string): Promise<Stored<'umpan_balik'>[]> {
  const rows = await db.selectFrom('umpanBalik').select(DOC_COLUMNS).where('instansiId', '=', instansiId).where('skpId', '=', skpId).where('deleted', '=', false).orderBy('id').execute();
  return rows.map((r) => toStored('umpan_balik', r));
}

/** The instansi's pengaturan kinerja (one live row per instansi), if any. */
export async function findPengaturan(db: Db, instansiId: string): Promise<Stored<'pengaturan_kinerja'> | undefined> {
  const r = await db.selectFrom('pengaturanKinerja').select(DOC_COLUMNS).where('instansiId', '=', instansiId).where('deleted', '=', false).executeTakeFirst();
  return r && toStored('pengaturan_kinerja', r);
}

/** The live predikat organisasi of a unit and year (their unique key). */
export async function findPredikatOrganisasi(db: Db, instansiId: string, unitId: string, tahun: number): Promise<Stored<'predikat_organisasi'> | undefined> {
  const r = await db
    .selectFrom('predikatOrganisasi')
    .select(DOC_COLUMNS)
    .where('instansiId', '=', instansiId)
    .where('unitId', '=', unitId)
    .where('tahun', '=', tahun)
    .where('deleted', '=', false)
    .executeTakeFirst();
  return r && toStored('predikat_organisasi', r);
}

/** Live penilai overrides of these pegawai (withdrawn ones included: the caller decides). */
export async function overridesOfPegawai(db: Db, instansiId: string, pegawaiIds: readonly string[]): Promise<Stored<'penilai_override'>[]> {
  if (pegawaiIds.length === 0) return [];
  const rows = await db
    .selectFrom('penilaiOverride')
    .select(DOC_COLUMNS)
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('pegawaiId', '=', eb.fn.any(eb.val([...pegawaiIds]))))
    .execute();
  return rows.map((r) => toStored('penilai_override', r));
}

/** Entities by where their scope comes from (EVALUASI_STORAGE `scope`), with their tables. */
const SKP_TABLES = { realisasi: 'realisasi', laporan_harian: 'laporanHarian', umpan_balik: 'umpanBalik', evaluasi: 'evaluasi' } as const;
const UNIT_TABLES = { penilai_override: 'penilaiOverride', predikat_organisasi: 'predikatOrganisasi' } as const;
type SkpDocEntity = keyof typeof SKP_TABLES;
type UnitDocEntity = keyof typeof UNIT_TABLES;
const isSkpDoc = (e: EvaluasiEntity): e is SkpDocEntity => Object.hasOwn(SKP_TABLES, e);
const isUnitDoc = (e: EvaluasiEntity): e is UnitDocEntity => Object.hasOwn(UNIT_TABLES, e);

/**
 * Rows of one entity in a seq range, by the entity's scope: 'skp' — rows whose SKP's unit is in
 * `unitIds` (the writable subtree; never the atasan chain), 'unit' — rows whose own unit is,
 * 'instansi' — every row.
 *
 * @example
 * const page = await docChanges(db, I, 'realisasi', range, [...scope.writableUnits]);
 */
export async function docChanges<E extends EvaluasiEntity>(db: Db, instansiId: string, entity: E, range: SeqRange, unitIds: readonly string[]): Promise<Stored<E>[]> {
  const units = [...unitIds];
  let rows: DocRecord[];
  if (isSkpDoc(entity)) {
    if (units.length === 0) return [];
    // The four SKP-attached tables have the same columns; Kysely types one of them for the query.
    const table = SKP_TABLES[entity] satisfies string as 'realisasi';
    rows = await db
      .selectFrom(`${table} as d`)
      .innerJoin('skp', (j) => j.onRef('skp.instansiId', '=', 'd.instansiId').onRef('skp.id', '=', 'd.skpId'))
      .select(['d.data', 'd.version', 'd.seq', 'd.deleted'])
      .where('d.instansiId', '=', instansiId)
      .where('d.seq', '>', range.after)
      .where('d.seq', '<=', range.upTo)
      .where((eb) => eb('skp.unitId', '=', eb.fn.any(eb.val(units))))
      .orderBy('d.seq')
      .limit(range.limit)
      .execute();
  } else if (isUnitDoc(entity)) {
    if (units.length === 0) return [];
    rows = await db
      .selectFrom(UNIT_TABLES[entity] satisfies string as 'penilaiOverride')
      .select(DOC_COLUMNS)
      .where('instansiId', '=', instansiId)
      .where('seq', '>', range.after)
      .where('seq', '<=', range.upTo)
      .where((eb) => eb('unitId', '=', eb.fn.any(eb.val(units))))
      .orderBy('seq')
      .limit(range.limit)
      .execute();
  } else {
    rows = await db
      .selectFrom(tableOf(entity))
      .select(DOC_COLUMNS)
      .where('instansiId', '=', instansiId)
      .where('seq', '>', range.after)
      .where('seq', '<=', range.upTo)
      .orderBy('seq')
      .limit(range.limit)
      .execute();
  }
  return rows.map((r) => toStored(entity, r));
}

/**
 * Re-sends (new seq, same version) the evaluation rows of a moved unit subtree: those of its SKP
 * and those made in its units, so the devices of its new ancestors receive them (as the SKP rows
 * are, server/services/push/reshape.ts). Returns the seqs used.
 */
export async function touchDocsOfUnits(db: Db, instansiId: string, unitIds: readonly string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const units = [...unitIds];
  const seqs: string[] = [];
  for (const table of Object.values(SKP_TABLES)) {
    const r = await db
      .updateTable(table satisfies string as 'realisasi')
      .set({ seq: nextSeq })
      .where('instansiId', '=', instansiId)
      .where((eb) => eb('skpId', 'in', eb.selectFrom('skp').select('id').where('instansiId', '=', instansiId).where('unitId', '=', eb.fn.any(eb.val(units)))))
      .returning('seq')
      .execute();
    seqs.push(...r.map((x) => x.seq));
  }
  for (const table of Object.values(UNIT_TABLES)) {
    const r = await db
      .updateTable(table satisfies string as 'penilaiOverride')
      .set({ seq: nextSeq })
      .where('instansiId', '=', instansiId)
      .where((eb) => eb('unitId', '=', eb.fn.any(eb.val(units))))
      .returning('seq')
      .execute();
    seqs.push(...r.map((x) => x.seq));
  }
  return seqs;
}
