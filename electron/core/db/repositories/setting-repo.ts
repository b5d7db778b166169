import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Trx } from './changes.js';

export async function getSetting(db: Kysely<Database>, key: string): Promise<string | null> {
  const r = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value ?? null;
}

export async function putSetting(trx: Trx, key: string, value: string): Promise<void> {
  await trx.insertInto('setting').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
}
