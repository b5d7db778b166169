import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** How many local commands still wait to be pushed (shown as "belum tersinkron"). */
export async function pendingCount(db: Kysely<Database>): Promise<number> {
  const r = await db.selectFrom('outbox').select(({ fn }) => fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
  return Number(r.n);
}
