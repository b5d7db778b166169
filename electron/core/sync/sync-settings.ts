import type { Db } from '../db/connection.js';
import type { Trx } from '../db/repositories/changes.js';
import { getSetting, putSetting } from '../db/repositories/setting-repo.js';
import type { SecretStore } from '../secret-store.js';
import { AppFailure } from '../../../shared/result.js';

export type SyncConfig = { serverUrl: string; deviceId: string; deviceSecret: string };

const KEYS = { serverUrl: 'sync.serverUrl', deviceId: 'sync.deviceId', deviceSecret: 'sync.deviceSecret', lastSyncAt: 'sync.lastSyncAt' } as const;

/**
 * Stored forms of the device secret: `sealed:<store kind>:<sealed text>`, or the secret itself
 * (older desks, and the plain store of browser mode). Device secrets are base64url, so they never
 * start with the prefix.
 */
const SEALED = /^sealed:([a-z0-9-]+):(.*)$/s;

function sealSecret(secrets: SecretStore, plain: string): string {
  return secrets.kind === 'plain' ? plain : `sealed:${secrets.kind}:${secrets.seal(plain)}`;
}

function openSecret(secrets: SecretStore, stored: string): string {
  const m = SEALED.exec(stored);
  if (!m) return stored;
  const [, kind, sealed] = m;
  if (kind !== secrets.kind || sealed === undefined) {
    throw new AppFailure(
      'INTERNAL',
      'Rahasia perangkat meja ini tersimpan terenkripsi oleh aplikasi desktop dan tidak dapat dibuka di sini. Buka meja ini dengan aplikasi desktop, atau sambungkan ulang meja ini ke server.',
    );
  }
  try {
    return secrets.open(sealed);
  } catch {
    throw new AppFailure('INTERNAL', 'Rahasia perangkat meja ini tidak dapat dibuka (akun komputer atau kunci lain). Sambungkan ulang meja ini ke server.');
  }
}

/** Whether the desk is enrolled (without opening the secret). */
export async function hasSyncConfig(db: Db): Promise<boolean> {
  const [serverUrl, deviceId, deviceSecret] = await Promise.all([getSetting(db, KEYS.serverUrl), getSetting(db, KEYS.deviceId), getSetting(db, KEYS.deviceSecret)]);
  return Boolean(serverUrl && deviceId && deviceSecret);
}

/**
 * The enrolled server and device credentials, or null for a standalone desk. A secret still in
 * plain text from before the store existed is sealed on this first use.
 */
export async function readSyncConfig(db: Db, secrets: SecretStore): Promise<SyncConfig | null> {
  const [serverUrl, deviceId, stored] = await Promise.all([getSetting(db, KEYS.serverUrl), getSetting(db, KEYS.deviceId), getSetting(db, KEYS.deviceSecret)]);
  if (!serverUrl || !deviceId || !stored) return null;
  const deviceSecret = openSecret(secrets, stored);
  if (secrets.kind !== 'plain' && !SEALED.test(stored)) {
    await db.transaction().execute((trx) => putSetting(trx, KEYS.deviceSecret, sealSecret(secrets, deviceSecret)));
  }
  return { serverUrl, deviceId, deviceSecret };
}

export async function saveSyncConfig(trx: Trx, c: SyncConfig, secrets: SecretStore): Promise<void> {
  await putSetting(trx, KEYS.serverUrl, c.serverUrl);
  await putSetting(trx, KEYS.deviceId, c.deviceId);
  await putSetting(trx, KEYS.deviceSecret, sealSecret(secrets, c.deviceSecret));
}

export async function readLastSyncAt(db: Db): Promise<string | null> {
  return getSetting(db, KEYS.lastSyncAt);
}

export async function saveLastSyncAt(db: Db, at: string): Promise<void> {
  await db.transaction().execute((trx) => putSetting(trx, KEYS.lastSyncAt, at));
}

const PREPARED = 'sync.preparedMerge';

/** Device credentials from a merge preview, kept aside until the person confirms the merge. */
export async function readPreparedMerge(db: Db, secrets: SecretStore): Promise<SyncConfig | null> {
  const raw = await getSetting(db, PREPARED);
  if (!raw) return null;
  const v: unknown = JSON.parse(raw);
  if (typeof v !== 'object' || v === null || !('serverUrl' in v) || !('deviceId' in v) || !('deviceSecret' in v)) return null;
  const { serverUrl, deviceId, deviceSecret } = v;
  return typeof serverUrl === 'string' && typeof deviceId === 'string' && typeof deviceSecret === 'string'
    ? { serverUrl, deviceId, deviceSecret: openSecret(secrets, deviceSecret) }
    : null;
}

export async function savePreparedMerge(trx: Trx, c: SyncConfig, secrets: SecretStore): Promise<void> {
  await putSetting(trx, PREPARED, JSON.stringify({ ...c, deviceSecret: sealSecret(secrets, c.deviceSecret) }));
}

export async function clearPreparedMerge(trx: Trx): Promise<void> {
  await trx.deleteFrom('setting').where('key', '=', PREPARED).execute();
}
