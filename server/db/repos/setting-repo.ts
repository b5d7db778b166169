import type { Db } from './types.js';

export async function getSetting(db: Db, key: string): Promise<string | undefined> {
  const r = await db.selectFrom('serverSetting').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value;
}

/** Stores the value unless the key is already set (a racing second start keeps the first value). */
export async function putSettingOnce(db: Db, key: string, value: string): Promise<void> {
  await db.insertInto('serverSetting').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
}
