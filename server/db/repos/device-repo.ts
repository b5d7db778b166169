import type { Selectable } from 'kysely';
import type { DeviceTable } from '../schema.js';
import type { Db } from './types.js';

export type DeviceRecord = Selectable<DeviceTable>;

export async function insertDevice(db: Db, d: Omit<DeviceRecord, 'lastSeenAt' | 'revokedAt'>): Promise<void> {
  await db.insertInto('device').values({ ...d, lastSeenAt: null, revokedAt: null }).execute();
}

/** By id alone: a token request names only the device. */
export async function findDeviceById(db: Db, id: string): Promise<DeviceRecord | undefined> {
  return db.selectFrom('device').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The per-request check behind every bearer token (primary-key lookup). */
export async function findDevice(db: Db, instansiId: string, id: string) {
  return db
    .selectFrom('device')
    .select(['id', 'instansiId', 'unitId', 'userId', 'revokedAt'])
    .where('instansiId', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listDevices(db: Db, instansiId: string): Promise<DeviceRecord[]> {
  return db.selectFrom('device').selectAll().where('instansiId', '=', instansiId).orderBy('createdAt').execute();
}

export async function touchDevice(db: Db, d: { instansiId: string; id: string }, now: Date): Promise<void> {
  await db.updateTable('device').set({ lastSeenAt: now }).where('instansiId', '=', d.instansiId).where('id', '=', d.id).execute();
}

export async function revokeDevice(db: Db, d: { instansiId: string; id: string }, now: Date): Promise<void> {
  await db
    .updateTable('device')
    .set({ revokedAt: now })
    .where('instansiId', '=', d.instansiId)
    .where('id', '=', d.id)
    .where('revokedAt', 'is', null)
    .execute();
}
