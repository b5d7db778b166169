import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { UserListRow } from '../../../../shared/entities.js';
import { keyStatusOf, toAccount } from './user-repo.js';

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The words of a search, lower-cased; a word of digits (spaces inside a NIP ignored) counts as one. */
export function searchWords(query: string): string[] {
  const raw = query.trim().toLowerCase();
  if (raw === '') return [];
  // "19850312 201001 1 003" is one NIP, not four words.
  if (/^[\d\s]+$/.test(raw)) return [raw.replace(/\s+/g, '')];
  return raw.split(/\s+/);
}

export type UserPageQuery = { words: string[]; unitIds: readonly string[]; offset: number; limit: number };

/**
 * One page of accounts in `unitIds`, every word found in the name or NIP (any order), with the
 * unit, the linked pegawai's jabatan and whether the owner must change the password; and the total.
 *
 * @example
 * const { total, rows } = await listUsersPage(db, { words: ['siti', 'nur'], unitIds, offset: 0, limit: 50 });
 */
export async function listUsersPage(db: Kysely<Database>, q: UserPageQuery): Promise<{ total: number; rows: UserListRow[] }> {
  let base = db.selectFrom('user as us').where('us.unitId', 'in', q.unitIds.length ? [...q.unitIds] : ['']);
  for (const w of q.words) {
    const like = `%${escapeLike(w)}%`;
    base = base.where(sql<boolean>`(lower(us.nama) like ${like} escape '\\' or us.nip like ${like} escape '\\')`);
  }
  const totalRow = await base.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('unitKerja as u', 'u.id', 'us.unitId')
    .leftJoin('pegawai as p', 'p.id', 'us.pegawaiId')
    .leftJoin('jabatan as j', 'j.id', 'p.jabatanId')
    .selectAll('us')
    .select(['u.nama as unitNama', 'j.nama as jabatanNama'])
    .orderBy('us.nama')
    .orderBy('us.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return {
    total: Number(totalRow.n),
    rows: rows.map((r) => ({ ...toAccount(r), unitNama: r.unitNama, jabatanNama: r.jabatanNama, mustChangePassword: keyStatusOf(r) !== 'ok' })),
  };
}

/** A pegawai a bulk run may give an account to, with what its slip shows and whether it has one. */
export type AccountCandidate = {
  pegawaiId: string;
  nip: string;
  gelarDepan: string;
  nama: string;
  gelarBelakang: string;
  unitId: string;
  unitNama: string;
  jabatanNama: string | null;
  hasAccount: boolean;
};

export type CandidateQuery = { unitIds: readonly string[]; pegawaiIds?: readonly string[]; words: string[] };

/**
 * Pegawai in `unitIds` (optionally only those listed, every search word in name or NIP), each with
 * whether an account already has their NIP or links to them. Sorted by unit, then name.
 */
export async function accountCandidates(db: Kysely<Database>, q: CandidateQuery): Promise<AccountCandidate[]> {
  let base = db
    .selectFrom('pegawai as p')
    .innerJoin('unitKerja as u', 'u.id', 'p.unitId')
    .leftJoin('jabatan as j', 'j.id', 'p.jabatanId')
    .where('p.unitId', 'in', q.unitIds.length ? [...q.unitIds] : ['']);
  if (q.pegawaiIds) base = base.where('p.id', 'in', q.pegawaiIds.length ? [...q.pegawaiIds] : ['']);
  for (const w of q.words) {
    const like = `%${escapeLike(w)}%`;
    base = base.where(sql<boolean>`(p.search_text like ${like} escape '\\' or p.nip like ${like} escape '\\')`);
  }
  const rows = await base
    .select(['p.id', 'p.nip', 'p.gelarDepan', 'p.nama', 'p.gelarBelakang', 'p.unitId', 'u.nama as unitNama', 'j.nama as jabatanNama'])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('user as us').select('us.id').where((w) => w.or([w('us.nip', '=', eb.ref('p.nip')), w('us.pegawaiId', '=', eb.ref('p.id'))])))
        .as('hasAccount'),
    )
    .orderBy('u.nama')
    .orderBy('p.nama')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({
    pegawaiId: r.id,
    nip: r.nip,
    gelarDepan: r.gelarDepan,
    nama: r.nama,
    gelarBelakang: r.gelarBelakang,
    unitId: r.unitId,
    unitNama: r.unitNama,
    jabatanNama: r.jabatanNama,
    hasAccount: Boolean(r.hasAccount),
  }));
}
