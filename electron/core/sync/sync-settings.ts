import type { Db } from '../db/connection.js';
import type { Trx } from '../db/repositories/changes.js';
import { getSetting, putSetting } from '../db/repositories/setting-repo.js';

export type SyncConfig = { serverUrl: string; deviceId: string; deviceSecret: string };

const KEYS = { serverUrl: 'sync.serverUrl', deviceId: 'sync.deviceId', deviceSecret: 'sync.deviceSecret', lastSyncAt: 'sync.lastSyncAt' } as const;

/** The enrolled server and device credentials, or null for a standalone desk. */
export async function readSyncConfig(db: Db): Promise<SyncConfig | null> {
  const [serverUrl, deviceId, deviceSecret] = await Promise.all([getSetting(db, KEYS.serverUrl), getSetting(db, KEYS.deviceId), getSetting(db, KEYS.deviceSecret)]);
  return serverUrl && deviceId && deviceSecret ? { serverUrl, deviceId, deviceSecret } : null;
}

export async function saveSyncConfig(trx: Trx, c: SyncConfig): Promise<void> {
  await putSetting(trx, KEYS.serverUrl, c.serverUrl);
  await putSetting(trx, KEYS.deviceId, c.deviceId);
  await putSetting(trx, KEYS.deviceSecret, c.deviceSecret);
}

export async function readLastSyncAt(db: Db): Promise<string | null> {
  return getSetting(db, KEYS.lastSyncAt);
}

export async function saveLastSyncAt(db: Db, at: string): Promise<void> {
  await db.transaction().execute((trx) => putSetting(trx, KEYS.lastSyncAt, at));
}

const PREPARED = 'sync.preparedMerge';

/** Device credentials from a merge preview, kept aside until the person confirms the merge. */
export async function readPreparedMerge(db: Db): Promise<SyncConfig | null> {
  const raw = await getSetting(db, PREPARED);
  if (!raw) return null;
  const v: unknown = JSON.parse(raw);
  if (typeof v !== 'object' || v === null || !('serverUrl' in v) || !('deviceId' in v) || !('deviceSecret' in v)) return null;
  const { serverUrl, deviceId, deviceSecret } = v;
  return typeof serverUrl === 'string' && typeof deviceId === 'string' && typeof deviceSecret === 'string' ? { serverUrl, deviceId, deviceSecret } : null;
}

export async function savePreparedMerge(trx: Trx, c: SyncConfig): Promise<void> {
  await putSetting(trx, PREPARED, JSON.stringify(c));
}

export async function clearPreparedMerge(trx: Trx): Promise<void> {
  await trx.deleteFrom('setting').where('key', '=', PREPARED).execute();
}
