import { getSetting, putSettingOnce } from '../db/repos/setting-repo.js';
import type { Db } from '../db/repos/types.js';
import { randomSecret } from '../auth/secrets.js';

const KEY = 'token_secret';

/**
 * The HMAC key for access tokens when `MEJA_SERVER_SECRET` is not set: generated on first start and
 * kept in the database, so tokens survive a restart and every process of the server agrees.
 */
export async function loadOrCreateSecret(db: Db): Promise<string> {
  const existing = await getSetting(db, KEY);
  if (existing) return existing;
  await putSettingOnce(db, KEY, randomSecret(48));
  const stored = await getSetting(db, KEY);
  if (!stored) throw new Error('token secret could not be stored');
  return stored;
}
