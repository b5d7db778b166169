import type { Selectable } from 'kysely';
import type { DeviceTable } from '../schema.js';
import type { Db } from './types.js';

export type DeviceRecord = Selectable<DeviceTable>;

export async function insertDevice(db: Db, d: Omit<DeviceRecord, 'lastSeenAt' | 'revokedAt'>): Promise<void> {
  await db.insertInto('device').values({ ...d, lastSeenAt: null, revokedAt: null }).execute();
}

/** The enrolling account as a device check needs it (null fields: the account is gone). */
export type DeviceOwner = { ownerAktif: boolean | null; ownerDeleted: boolean | null; ownerRoles: string[] | null };

/** By id alone: a token request names only the device. With its enrolling account's state. */
export async function findDeviceById(db: Db, id: string): Promise<(DeviceRecord & DeviceOwner) | undefined> {
  return db
    .selectFrom('device')
    .leftJoin('user', (j) => j.onRef('user.instansiId', '=', 'device.instansiId').onRef('user.id', '=', 'device.userId'))
    .selectAll('device')
    .select(['user.aktif as ownerAktif', 'user.deleted as ownerDeleted', 'user.roles as ownerRoles'])
    .where('device.id', '=', id)
    .executeTakeFirst();
}

/** The per-request check behind every bearer token (primary-key lookups), with the enrolling account's state. */
export async function findDevice(db: Db, instansiId: string, id: string) {
  return db
    .selectFrom('device')
    .leftJoin('user', (j) => j.onRef('user.instansiId', '=', 'device.instansiId').onRef('user.id', '=', 'device.userId'))
    .select(['device.id', 'device.instansiId', 'device.unitId', 'device.userId', 'device.revokedAt'])
    .select(['user.aktif as ownerAktif', 'user.deleted as ownerDeleted', 'user.roles as ownerRoles'])
    .where('device.instansiId', '=', instansiId)
    .where('device.id', '=', id)
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
