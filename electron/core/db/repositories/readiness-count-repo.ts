import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

const CHUNK = 500;

/**
 * Active holders of the given jabatan with no SKP of `tahun` on that jabatan: the readiness
 * board's "belum ada" total (shared/domain/skp/readiness.ts) as one count, without building the
 * board. Each pegawai holds one jabatan, so chunk counts add up without double counting.
 *
 * @example
 * await countHoldersWithoutSkp(db, jabatan.map((j) => j.id), 2026, '2026-05-01'); // 12
 */
export async function countHoldersWithoutSkp(db: Kysely<Database>, jabatanIds: readonly string[], tahun: number, today: string): Promise<number> {
  let total = 0;
  for (let i = 0; i < jabatanIds.length; i += CHUNK) {
    const r = await db
      .selectFrom('pegawai as p')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('p.jabatanId', 'in', jabatanIds.slice(i, i + CHUNK))
      .where((eb) => eb.or([eb('p.tmtSelesai', 'is', null), eb('p.tmtSelesai', '>=', today)]))
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('skp as s').select('s.id').whereRef('s.pegawaiId', '=', 'p.id').whereRef('s.jabatanId', '=', 'p.jabatanId').where('s.tahun', '=', tahun))),
      )
      .executeTakeFirstOrThrow();
    total += Number(r.n);
  }
  return total;
}
