import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { SkpSort, SkpSummary } from '../../../../shared/entities.js';
import type { Pendekatan, SkpStatus } from '../../../../shared/domain/skp/types.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import { wordsCondition } from './word-match.js';

/** Whose SKP a list may show: units (operators), or own plus direct subordinates' (an atasan). */
export type SkpReach =
  | { unitIds: readonly string[] }
  | {
      pegawaiId: string | null;
      jabatanId: string | null;
      /** Pegawai whose active penilai override names the caller (Plt./Plh./koreksi): reached too. */
      viaOverride?: readonly string[];
      /** Pegawai whose active override names someone else: not reached through the jabatan tree. */
      overridden?: readonly string[];
    };

export type SkpListFilter = {
  reach: SkpReach;
  tahun?: number;
  /** Only this pegawai's SKP, inside `reach`. */
  pegawaiId?: string;
  ids?: readonly string[];
  /** Only SKP of these units, inside `reach` (the unit filter of a list). */
  unitIds?: readonly string[];
  /** Leaves out this pegawai's own SKP (nobody approves their own). */
  excludePegawaiId?: string | null;
  status?: readonly SkpStatus[];
  menunggu?: boolean;
  query?: string;
  /** Newest version of each chain only (lists); false keeps every version. */
  latestOnly: boolean;
  order: 'nama' | 'diajukan';
  /** A column the person chose (lists); overrides `order`. */
  sort?: SkpSort;
  desc?: boolean;
  offset: number;
  limit: number;
};

/**
 * SKP rows for lists and the inbox in one query: pegawai, jabatan and unit names, RHK counts and
 * how many UTAMA RHK still wait for their atasan RHK (none for the head of the unit).
 */
export async function listSkpSummaries(db: Kysely<Database>, f: SkpListFilter): Promise<{ total: number; rows: SkpSummary[] }> {
  let q = db
    .selectFrom('skp as s')
    .innerJoin('pegawai as p', 'p.id', 's.pegawaiId')
    .innerJoin('jabatan as j', 'j.id', 's.jabatanId')
    .innerJoin('unitKerja as u', 'u.id', 's.unitId')
    .leftJoin('jabatan as aj', 'aj.id', 'j.atasanJabatanId');
  const reach = f.reach;
  if ('unitIds' in reach) q = q.where('s.unitId', 'in', reach.unitIds.length ? [...reach.unitIds] : ['']);
  else {
    const overridden = reach.overridden?.length ? [...reach.overridden] : [''];
    const viaOverride = reach.viaOverride?.length ? [...reach.viaOverride] : [''];
    q = q.where((eb) =>
      eb.or([
        eb('s.pegawaiId', '=', reach.pegawaiId ?? ''),
        eb.and([eb('j.atasanJabatanId', '=', reach.jabatanId ?? ''), eb('s.pegawaiId', 'not in', overridden)]),
        eb('s.pegawaiId', 'in', viaOverride),
      ]),
    );
  }
  if (f.tahun !== undefined) q = q.where('s.tahun', '=', f.tahun);
  if (f.pegawaiId !== undefined) q = q.where('s.pegawaiId', '=', f.pegawaiId);
  if (f.ids) q = q.where('s.id', 'in', f.ids.length ? [...f.ids] : ['']);
  if (f.unitIds) q = q.where('s.unitId', 'in', f.unitIds.length ? [...f.unitIds] : ['']);
  if (f.excludePegawaiId) q = q.where('s.pegawaiId', '!=', f.excludePegawaiId);
  if (f.status) q = q.where('s.status', 'in', [...f.status]);
  if (f.latestOnly) q = q.where(({ not, exists, selectFrom }) => not(exists(selectFrom('skp as n').select('n.id').whereRef('n.previousVersionId', '=', 's.id'))));
  // Every word in any order, name and NIP alike, as the pegawai search (shared/domain/search-words.ts).
  const words = wordsCondition(f.query ?? '', sql.ref('p.search_text'), sql.ref('p.nip'));
  if (words) q = q.where(words);
  const menungguExpr = sql<number>`case when aj.id is null then 0 else (select count(*) from rhk r where r.skp_id = s.id and r.jenis = 'utama' and r.intervensi_rhk_id is null) end`;
  if (f.menunggu) q = q.where(sql<boolean>`${menungguExpr} > 0`);

  const totalRow = await q.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let rowsQ = q.select([
    's.id',
    's.pegawaiId',
    'p.nip',
    'p.gelarDepan',
    'p.nama',
    'p.gelarBelakang',
    's.jabatanId',
    'j.nama as jabatanNama',
    's.unitId',
    'u.nama as unitNama',
    's.tahun',
    's.periodeMulai',
    's.periodeSelesai',
    's.pendekatan',
    's.status',
    's.versi',
    's.diajukanAt',
    's.updatedAt',
    sql<number>`(select count(*) from rhk r where r.skp_id = s.id)`.as('rhkCount'),
    menungguExpr.as('menungguCount'),
  ]);
  const dir = f.desc ? 'desc' : 'asc';
  // Status in workflow order, not alphabetical; ties fall back to the name, then the id.
  const statusRank = sql<number>`case s.status when 'draft' then 0 when 'dikembalikan' then 1 when 'diajukan' then 2 else 3 end`;
  if (f.sort === 'jabatan') rowsQ = rowsQ.orderBy('j.nama', dir).orderBy('p.nama').orderBy('s.id');
  else if (f.sort === 'unit') rowsQ = rowsQ.orderBy('u.nama', dir).orderBy('p.nama').orderBy('s.id');
  else if (f.sort === 'status') rowsQ = rowsQ.orderBy(statusRank, dir).orderBy('p.nama').orderBy('s.id');
  else if (f.sort === 'nama') rowsQ = rowsQ.orderBy('p.nama', dir).orderBy('s.tahun', 'desc').orderBy('s.id');
  else rowsQ = f.order === 'diajukan' ? rowsQ.orderBy('s.diajukanAt').orderBy('s.id') : rowsQ.orderBy('p.nama').orderBy('s.tahun', 'desc').orderBy('s.id');
  const rows = await rowsQ.limit(f.limit).offset(f.offset).execute();
  return {
    total: Number(totalRow.n),
    rows: rows.map((r) => ({
      id: r.id,
      pegawaiId: r.pegawaiId,
      nip: r.nip,
      namaLengkap: formatNamaLengkap(r),
      jabatanId: r.jabatanId,
      jabatanNama: r.jabatanNama,
      unitId: r.unitId,
      unitNama: r.unitNama,
      periode: { tahun: r.tahun, mulai: r.periodeMulai, selesai: r.periodeSelesai },
      pendekatan: r.pendekatan as Pendekatan,
      status: r.status as SkpStatus,
      versi: r.versi,
      rhkCount: Number(r.rhkCount),
      menungguCount: Number(r.menungguCount),
      diajukanAt: r.diajukanAt,
      updatedAt: r.updatedAt,
    })),
  };
}
