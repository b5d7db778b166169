import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Pegawai, PegawaiRow, PegawaiSort } from '../../../../shared/entities.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import { wordsCondition } from './word-match.js';
import { changeKind, recordChange, type ChangeKind, type Trx, type WriteContext } from './changes.js';

const COLUMNS = ['id', 'nip', 'gelarDepan', 'nama', 'gelarBelakang', 'jenisAsn', 'golongan', 'jabatanId', 'unitId', 'tmtMulai', 'tmtSelesai'] as const;

export async function findPegawai(db: Kysely<Database>, id: string): Promise<Pegawai | undefined> {
  return db.selectFrom('pegawai').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function findPegawaiByNip(db: Kysely<Database>, nip: string): Promise<Pegawai | undefined> {
  return db.selectFrom('pegawai').select(COLUMNS).where('nip', '=', nip).executeTakeFirst();
}

export async function listPegawai(db: Kysely<Database>): Promise<Pegawai[]> {
  return db.selectFrom('pegawai').select(COLUMNS).orderBy('nama').orderBy('id').execute();
}

/** Holders of the given jabatan, for "who is my pejabat penilai". */
export async function pegawaiHoldingJabatan(db: Kysely<Database>, jabatanIds: string[]): Promise<Pegawai[]> {
  if (jabatanIds.length === 0) return [];
  return db.selectFrom('pegawai').select(COLUMNS).where('jabatanId', 'in', jabatanIds).orderBy('nama').execute();
}

/** What search matches against: the full name with gelar, and the NIP, lower-cased. */
export function searchTextOf(p: Pick<Pegawai, 'gelarDepan' | 'nama' | 'gelarBelakang' | 'nip'>): string {
  return `${formatNamaLengkap(p)} ${p.nip}`.toLowerCase();
}

export type PegawaiSearch = {
  query: string;
  /** Units the caller may see; null means all (an admin). */
  unitIds: string[] | null;
  jenisAsn?: 'PNS' | 'PPPK';
  aktif?: boolean;
  sort?: PegawaiSort;
  desc?: boolean;
  today: string;
  offset: number;
  limit: number;
};

/**
 * Pegawai search for the list screen: every word of the query, in any order, somewhere in the name
 * (with gelar) or NIP, or a NIP prefix (spaces ignored, as people paste "19850312 201001 1 003").
 * Returns one page and the total.
 */
export async function searchPegawai(db: Kysely<Database>, s: PegawaiSearch): Promise<{ total: number; rows: PegawaiRow[] }> {
  let q = db.selectFrom('pegawai as p');
  if (s.unitIds) q = q.where('p.unitId', 'in', s.unitIds.length ? s.unitIds : ['']);
  if (s.jenisAsn) q = q.where('p.jenisAsn', '=', s.jenisAsn);
  if (s.aktif === true) q = q.where((eb) => eb.or([eb('p.tmtSelesai', 'is', null), eb('p.tmtSelesai', '>=', s.today)]));
  if (s.aktif === false) q = q.where('p.tmtSelesai', '<', s.today);
  const words = wordsCondition(s.query, sql.ref('p.search_text'), sql.ref('p.nip'));
  if (words) q = q.where(words);
  const totalRow = await q.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const dir = s.desc ? 'desc' : 'asc';
  const joined = q
    .leftJoin('jabatan as j', 'j.id', 'p.jabatanId')
    .innerJoin('unitKerja as u', 'u.id', 'p.unitId')
    .select(['p.id', 'p.nip', 'p.gelarDepan', 'p.nama', 'p.gelarBelakang', 'p.jenisAsn', 'p.golongan', 'p.tmtSelesai', 'j.nama as jabatanNama', 'u.nama as unitNama']);
  // Ties (same jabatan, same unit) fall back to the name, then the id, so pages never overlap.
  const ordered =
    s.sort === 'nip'
      ? joined.orderBy('p.nip', dir)
      : s.sort === 'jabatan'
        ? joined.orderBy('j.nama', dir).orderBy('p.nama')
        : s.sort === 'unit'
          ? joined.orderBy('u.nama', dir).orderBy('p.nama')
          : joined.orderBy('p.nama', dir);
  const rows = await ordered
    .orderBy('p.id')
    .limit(s.limit)
    .offset(s.offset)
    .execute();
  return {
    total: Number(totalRow.n),
    rows: rows.map((r) => ({
      id: r.id,
      nip: r.nip,
      namaLengkap: formatNamaLengkap(r),
      jenisAsn: r.jenisAsn,
      golongan: r.golongan,
      jabatanNama: r.jabatanNama,
      unitNama: r.unitNama,
      aktif: r.tmtSelesai === null || r.tmtSelesai >= s.today,
    })),
  };
}

/** What savePegawai would do with this row, without writing (import previews). */
export function pegawaiChangeKind(existing: Pegawai | undefined, next: Pegawai): ChangeKind {
  return changeKind(existing, next, COLUMNS);
}

export async function savePegawai(trx: Trx, ctx: WriteContext, p: Pegawai, existing: Pegawai | undefined): Promise<ChangeKind> {
  const kind = pegawaiChangeKind(existing, p);
  if (kind === 'unchanged') return kind;
  const searchText = searchTextOf(p);
  if (existing) {
    const { id, ...rest } = p;
    await trx.updateTable('pegawai').set({ ...rest, searchText, updatedAt: ctx.now }).where('id', '=', id).execute();
  } else {
    await trx.insertInto('pegawai').values({ ...p, searchText, createdAt: ctx.now, updatedAt: ctx.now }).execute();
  }
  await recordChange(trx, ctx, { command: 'pegawai/upsert', entity: 'pegawai', entityId: p.id, action: existing ? 'update' : 'create', before: existing ?? null, after: p });
  return existing ? 'update' : 'insert';
}
