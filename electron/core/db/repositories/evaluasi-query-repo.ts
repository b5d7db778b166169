/**
 * The evaluation services' read queries beyond evaluasi-doc-repo.ts (which stores and finds rows by
 * id): rows by key, by period over many SKP, laporan harian in a date range, penilai overrides, and
 * the SKP a unit-wide evaluation view counts. All SQL of issue 10's reads lives here.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { EVALUASI_SYNC_ROWS } from '../../../../shared/sync-rows-evaluasi.js';
import type { PeriodeKey, Predikat } from '../../../../shared/domain/evaluasi/types.js';
import type { Pegawai } from '../../../../shared/entities.js';
import type { DocRow, StoredDoc } from './evaluasi-doc-repo.js';
import { toStoredSkp, type StoredSkp } from './skp-repo.js';

type Entity = keyof typeof EVALUASI_SYNC_ROWS;

/**
 * Rows are checked against their wire schema on every way in (saveDoc takes a typed row, the
 * replica's upsertDocRow parses), so reads restore the JSON without checking it again: the
 * appraisal screen reads a year of realisasi per call and must stay near the SQL floor.
 */
function parse<E extends Entity>(_entity: E, data: string): DocRow<E> {
  return JSON.parse(data) as DocRow<E>;
}

/** The one realisasi or evaluasi row of an SKP's period (the key is unique), with its revision. */
export async function docAt<E extends 'realisasi' | 'evaluasi'>(db: Kysely<Database>, entity: E, skpId: string, periode: PeriodeKey): Promise<StoredDoc<E> | undefined> {
  const r = await db.selectFrom(entity as 'realisasi').select(['data', 'rowVersion']).where('skpId', '=', skpId).where('periode', '=', periode).executeTakeFirst();
  return r ? { row: parse(entity, r.data), rowVersion: r.rowVersion } : undefined;
}

/** Every realisasi or evaluasi row of these SKP (optionally one period), with revisions. */
export async function docsAt<E extends 'realisasi' | 'evaluasi'>(
  db: Kysely<Database>,
  entity: E,
  skpIds: readonly string[],
  periode?: PeriodeKey,
): Promise<StoredDoc<E>[]> {
  if (skpIds.length === 0) return [];
  let q = db.selectFrom(entity as 'realisasi').select(['data', 'rowVersion']).where('skpId', 'in', [...skpIds]);
  if (periode) q = q.where('periode', '=', periode);
  const rows = await q.execute();
  return rows.map((r) => ({ row: parse(entity, r.data), rowVersion: r.rowVersion }));
}

export async function pengaturanOf(db: Kysely<Database>, instansiId: string): Promise<StoredDoc<'pengaturan_kinerja'> | undefined> {
  const r = await db.selectFrom('pengaturanKinerja').select(['data', 'rowVersion']).where('instansiId', '=', instansiId).executeTakeFirst();
  return r ? { row: parse('pengaturan_kinerja', r.data), rowVersion: r.rowVersion } : undefined;
}

export async function predikatOrganisasiOf(db: Kysely<Database>, unitId: string, tahun: number): Promise<StoredDoc<'predikat_organisasi'> | undefined> {
  const r = await db.selectFrom('predikatOrganisasi').select(['data', 'rowVersion']).where('unitId', '=', unitId).where('tahun', '=', tahun).executeTakeFirst();
  return r ? { row: parse('predikat_organisasi', r.data), rowVersion: r.rowVersion } : undefined;
}

/** Penilai overrides made for these pegawai or in these units (withdrawn ones included; the rules skip them). */
export async function overridesOf(db: Kysely<Database>, by: { pegawaiIds?: readonly string[]; unitIds?: readonly string[] }): Promise<DocRow<'penilai_override'>[]> {
  let q = db.selectFrom('penilaiOverride').select('data');
  if (by.pegawaiIds) q = q.where('pegawaiId', 'in', by.pegawaiIds.length ? [...by.pegawaiIds] : ['']);
  if (by.unitIds) q = q.where('unitId', 'in', by.unitIds.length ? [...by.unitIds] : ['']);
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => parse('penilai_override', r.data));
}

/** Overrides naming this pegawai as penilai (the rows are JSON, so the penilai is matched in `data`). */
export async function overridesNaming(db: Kysely<Database>, penilaiPegawaiId: string): Promise<DocRow<'penilai_override'>[]> {
  const rows = await db.selectFrom('penilaiOverride').select('data').where('data', 'like', `%"penilaiPegawaiId":"${penilaiPegawaiId}"%`).execute();
  return rows.map((r) => parse('penilai_override', r.data)).filter((o) => o.penilaiPegawaiId === penilaiPegawaiId);
}

/** Laporan harian of these SKP between two dates (inclusive), oldest first, with revisions. */
export async function laporanBetween(db: Kysely<Database>, skpIds: readonly string[], from: string, to: string): Promise<StoredDoc<'laporan_harian'>[]> {
  if (skpIds.length === 0) return [];
  const rows = await db
    .selectFrom('laporanHarian')
    .select(['data', 'rowVersion'])
    .where('skpId', 'in', [...skpIds])
    .where('tanggal', '>=', from)
    .where('tanggal', '<=', to)
    .orderBy('tanggal')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ row: parse('laporan_harian', r.data), rowVersion: r.rowVersion }));
}

/**
 * The approved SKP of a year that evaluation counts: status disetujui and not replaced by a newer
 * approved version (a perubahan still in draft leaves the approved one in force). By unit or by
 * the SKP's jabatan or pegawai; pass what narrows.
 */
export async function approvedSkpOf(
  db: Kysely<Database>,
  tahun: number,
  by: { unitIds?: readonly string[]; jabatanIds?: readonly string[]; pegawaiIds?: readonly string[] },
): Promise<StoredSkp[]> {
  let q = db
    .selectFrom('skp')
    .selectAll()
    .where('tahun', '=', tahun)
    .where('status', '=', 'disetujui')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('skp as newer').select('newer.id').whereRef('newer.previousVersionId', '=', 'skp.id').where('newer.status', '=', 'disetujui'))),
    );
  const or = (ids: readonly string[] | undefined) => (ids === undefined ? undefined : ids.length ? [...ids] : ['']);
  const unitIds = or(by.unitIds);
  const jabatanIds = or(by.jabatanIds);
  const pegawaiIds = or(by.pegawaiIds);
  if (unitIds) q = q.where('unitId', 'in', unitIds);
  if (jabatanIds && pegawaiIds) q = q.where((eb) => eb.or([eb('jabatanId', 'in', jabatanIds), eb('pegawaiId', 'in', pegawaiIds)]));
  else if (jabatanIds) q = q.where('jabatanId', 'in', jabatanIds);
  else if (pegawaiIds) q = q.where('pegawaiId', 'in', pegawaiIds);
  return (await q.execute()).map(toStoredSkp);
}

export type PersonRow = Pegawai & { jabatanNama: string; jenisJabatan: string | null };

/** Pegawai by id with their jabatan's name and jenis (one query for any number of names). */
export async function peopleByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, PersonRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('pegawai')
    .leftJoin('jabatan', 'jabatan.id', 'pegawai.jabatanId')
    .select([
      'pegawai.id', 'pegawai.nip', 'pegawai.gelarDepan', 'pegawai.nama', 'pegawai.gelarBelakang', 'pegawai.jenisAsn', 'pegawai.golongan',
      'pegawai.jabatanId', 'pegawai.unitId', 'pegawai.tmtMulai', 'pegawai.tmtSelesai', 'jabatan.nama as jabatanNama', 'jabatan.jenis as jenisJabatan',
    ])
    .where('pegawai.id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, { ...r, jabatanNama: r.jabatanNama ?? '', jenisJabatan: r.jenisJabatan ?? null }]));
}

/** The umpan balik thread of an SKP in creation order (UUIDv7 ids sort by time). */
export async function umpanBalikOf(db: Kysely<Database>, skpId: string): Promise<DocRow<'umpan_balik'>[]> {
  const rows = await db.selectFrom('umpanBalik').select('data').where('skpId', '=', skpId).orderBy('id').execute();
  return rows.map((r) => parse('umpan_balik', r.data));
}

/** Account names by user id (authors of umpan balik, actors of evaluation steps). */
export async function userNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, { nama: string; pegawaiId: string | null }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('user').select(['id', 'nama', 'pegawaiId']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, { nama: r.nama, pegawaiId: r.pegawaiId }]));
}

/**
 * One line of a unit-wide view (kurva, progress): an approved SKP's head, its pegawai, and the few
 * fields of that period's realisasi and evaluasi (plus the annual lock), taken out of the JSON by
 * SQLite. No JSON row is parsed: a unit has thousands of SKP and tens of thousands of these rows.
 */
export type UnitEvaluasiLine = {
  skpId: string;
  periode: { tahun: number; mulai: string; selesai: string };
  pegawai: Pick<Pegawai, 'id' | 'nip' | 'gelarDepan' | 'nama' | 'gelarBelakang'> | null;
  pegawaiId: string;
  jabatanNama: string;
  /** Null when not reported, or when not asked for. */
  realisasiStatus: string | null;
  predikat: Predikat | null;
  /** This period's evaluation is locked, or the annual one is (it locks every period). */
  terkunci: boolean;
};

/**
 * The newest approved version of every SKP of these units in `tahun`, with period `periode`'s
 * realisasi status and evaluasi in the same statement (one pass over the unit; unique keys).
 */
export async function unitEvaluasiLines(
  db: Kysely<Database>,
  tahun: number,
  unitIds: readonly string[],
  periode: PeriodeKey,
  opts: { realisasi: boolean },
): Promise<UnitEvaluasiLine[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('skp')
    .leftJoin('pegawai', 'pegawai.id', 'skp.pegawaiId')
    .leftJoin('jabatan', 'jabatan.id', 'pegawai.jabatanId')
    .leftJoin('evaluasi', (j) => j.onRef('evaluasi.skpId', '=', 'skp.id').on('evaluasi.periode', '=', periode))
    .leftJoin('evaluasi as tahunan', (j) => j.onRef('tahunan.skpId', '=', 'skp.id').on('tahunan.periode', '=', 'TAHUNAN'))
    .select([
      'skp.id', 'skp.pegawaiId', 'skp.tahun', 'skp.periodeMulai', 'skp.periodeSelesai',
      'pegawai.id as pid', 'pegawai.nip', 'pegawai.gelarDepan', 'pegawai.nama', 'pegawai.gelarBelakang', 'jabatan.nama as jabatanNama',
      sql<string | null>`json_extract(evaluasi.data, '$.predikat')`.as('predikat'),
      sql<number | null>`json_extract(evaluasi.data, '$.terkunci')`.as('terkunci'),
      sql<number | null>`json_extract(tahunan.data, '$.terkunci')`.as('terkunciTahunan'),
    ])
    .where('skp.tahun', '=', tahun)
    .where('skp.status', '=', 'disetujui')
    .where('skp.unitId', 'in', [...unitIds])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('skp as newer').select('newer.id').whereRef('newer.previousVersionId', '=', 'skp.id').where('newer.status', '=', 'disetujui'))),
    )
    // Realisasi rows are the large ones (a period's values and evidence): read only when asked.
    .$if(opts.realisasi, (q) =>
      q
        .leftJoin('realisasi', (j) => j.onRef('realisasi.skpId', '=', 'skp.id').on('realisasi.periode', '=', periode))
        .select(sql<string | null>`json_extract(realisasi.data, '$.status')`.as('realisasiStatus')),
    )
    .execute();
  return rows.map((r) => ({
    skpId: r.id,
    periode: { tahun: r.tahun, mulai: r.periodeMulai, selesai: r.periodeSelesai },
    pegawaiId: r.pegawaiId,
    pegawai: r.pid === null || r.nip === null || r.nama === null ? null : { id: r.pid, nip: r.nip, gelarDepan: r.gelarDepan ?? '', nama: r.nama, gelarBelakang: r.gelarBelakang ?? '' },
    jabatanNama: r.jabatanNama ?? '',
    realisasiStatus: r.realisasiStatus ?? null,
    predikat: r.predikat as Predikat | null,
    terkunci: r.terkunci === 1 || r.terkunciTahunan === 1,
  }));
}
