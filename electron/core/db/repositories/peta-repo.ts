/** Lean reads of the peta cascading: a few levels of the jabatan tree at a time, and RHK tallies. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { JenisRhk } from '../../../../shared/domain/skp/types.js';
import type { PetaRhkTally } from '../../../../shared/domain/skp/peta.js';
import { interveningCounts } from './rhk-repo.js';

/** Under SQLite's variable limit, with room for the other parameters of a query. */
const CHUNK = 5000;

export type PetaJabatan = { id: string; kode: string; nama: string; unitId: string; atasanJabatanId: string | null };

async function chunked<T>(ids: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
  return out;
}

const JABATAN_COLUMNS = ['id', 'kode', 'nama', 'unitId', 'atasanJabatanId'] as const;

export async function petaJabatan(db: Kysely<Database>, id: string): Promise<PetaJabatan | undefined> {
  return db.selectFrom('jabatan').select(JABATAN_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Direct subordinate jabatan of `atasanIds`, in kode order (index jabatan_atasan). */
export async function petaChildren(db: Kysely<Database>, atasanIds: readonly string[]): Promise<PetaJabatan[]> {
  const rows = await chunked(atasanIds, (c) => db.selectFrom('jabatan').select(JABATAN_COLUMNS).where('atasanJabatanId', 'in', c).execute());
  return rows.sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
}

/** True when `id` is `topId` or below it in the jabatan tree (safe on cycles). */
export async function isJabatanUnder(db: Kysely<Database>, id: string, topId: string): Promise<boolean> {
  const seen = new Set<string>();
  let cur: string | null = id;
  while (cur !== null && !seen.has(cur)) {
    if (cur === topId) return true;
    seen.add(cur);
    cur = (await db.selectFrom('jabatan').select('atasanJabatanId').where('id', '=', cur).executeTakeFirst())?.atasanJabatanId ?? null;
  }
  return false;
}

/** Holders of `jabatanIds` still in post on `today` (index pegawai_jabatan). */
export async function activeHolders(db: Kysely<Database>, jabatanIds: readonly string[], today: string) {
  return chunked(jabatanIds, (c) =>
    db
      .selectFrom('pegawai')
      .select(['id', 'jabatanId'])
      .where('jabatanId', 'in', c)
      .where((eb) => eb.or([eb('tmtSelesai', 'is', null), eb('tmtSelesai', '>=', today)]))
      .execute(),
  );
}

/** Name parts of the given pegawai. */
export async function pegawaiNames(db: Kysely<Database>, ids: readonly string[]) {
  return chunked(ids, (c) => db.selectFrom('pegawai').select(['id', 'gelarDepan', 'nama', 'gelarBelakang']).where('id', 'in', c).execute());
}

/** How many RHK intervene each of `rhkIds` (absent = none), for any number of ids. */
export async function interveningCountsMany(db: Kysely<Database>, rhkIds: readonly string[]): Promise<Map<string, number>> {
  return new Map(await chunked(rhkIds, async (c) => [...(await interveningCounts(db, c))]));
}

/** The RHK of `skpIds` counted by jenis, linked or not, and intervened or not (the summary flags). */
export async function rhkTallies(db: Kysely<Database>, skpIds: readonly string[]): Promise<PetaRhkTally[]> {
  const rows = await chunked(skpIds, (c) =>
    db
      .selectFrom('rhk as r')
      .select(({ fn }) => [
        'r.skpId',
        'r.jenis',
        sql<number>`r.intervensi_rhk_id is not null`.as('linked'),
        sql<number>`exists (select 1 from rhk d where d.intervensi_rhk_id = r.id)`.as('intervened'),
        fn.countAll<number>().as('n'),
      ])
      .where('r.skpId', 'in', c)
      .groupBy(['r.skpId', 'r.jenis', sql`linked`, sql`intervened`])
      .execute(),
  );
  return rows.map((r) => ({ skpId: r.skpId, jenis: r.jenis as JenisRhk, linked: Boolean(r.linked), intervened: Boolean(r.intervened), n: Number(r.n) }));
}

/** Name parts and NIP of the given pegawai: what a printed peta shows of each holder. */
export async function pegawaiNamesAndNip(db: Kysely<Database>, ids: readonly string[]) {
  return chunked(ids, (c) => db.selectFrom('pegawai').select(['id', 'nip', 'gelarDepan', 'nama', 'gelarBelakang']).where('id', 'in', c).execute());
}
