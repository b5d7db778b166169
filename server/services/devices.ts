import { v7 } from 'uuid';
import type { DeviceInfo, EnrollResponse } from '../../shared/sync-protocol.js';
import { findDevice, insertDevice, listDevices, revokeDevice, type DeviceRecord } from '../db/repos/device-repo.js';
import { readTreeSeqs } from '../db/repos/head-repo.js';
import type { Db } from '../db/repos/types.js';
import { findUser } from '../db/repos/user-repo.js';
import { randomSecret, sha256 } from '../auth/secrets.js';
import { deviceKey, type DeviceAuth, type ServerContext } from '../context.js';
import { HttpFailure } from '../http/errors.js';

/** A new device bound to the account's unit; the secret is returned once and only its hash kept. */
export async function createDevice(db: Db, a: { instansiId: string; unitId: string; userId: string; name: string; now: Date }): Promise<EnrollResponse> {
  const deviceId = v7();
  const deviceSecret = randomSecret();
  await insertDevice(db, { instansiId: a.instansiId, id: deviceId, unitId: a.unitId, userId: a.userId, name: a.name, secretHash: sha256(deviceSecret), createdAt: a.now });
  return { deviceId, deviceSecret, instansiId: a.instansiId, unitId: a.unitId };
}

function info(d: DeviceRecord): DeviceInfo {
  return {
    id: d.id,
    name: d.name,
    unitId: d.unitId,
    userId: d.userId,
    createdAt: d.createdAt.toISOString(),
    lastSeenAt: d.lastSeenAt?.toISOString() ?? null,
    revokedAt: d.revokedAt?.toISOString() ?? null,
  };
}

/** Device management belongs to admins: the account that enrolled the calling device must be one. */
async function adminScope(ctx: ServerContext, caller: DeviceAuth): Promise<ReadonlySet<string>> {
  const user = await findUser(ctx.db, caller.instansiId, caller.userId);
  if (!user || !user.aktif || !user.roles.includes('admin')) {
    throw new HttpFailure(403, 'FORBIDDEN', 'Hanya perangkat yang didaftarkan oleh admin yang dapat mengelola perangkat.');
  }
  const head = await readTreeSeqs(ctx.db, caller.instansiId);
  const units = await ctx.org.unitTree(ctx.db, caller.instansiId, head?.orgSeq ?? '0');
  return units.subtree(user.unitId);
}

/** The devices of the admin's unit subtree, oldest first. */
export async function devicesFor(ctx: ServerContext, caller: DeviceAuth): Promise<DeviceInfo[]> {
  const scope = await adminScope(ctx, caller);
  return (await listDevices(ctx.db, caller.instansiId)).filter((d) => scope.has(d.unitId)).map(info);
}

/** Revokes at once: every later request of that device is refused (the device row is read per request). */
export async function revoke(ctx: ServerContext, caller: DeviceAuth, deviceId: string): Promise<DeviceInfo> {
  const scope = await adminScope(ctx, caller);
  const target = await findDevice(ctx.db, caller.instansiId, deviceId);
  if (!target || !scope.has(target.unitId)) throw new HttpFailure(404, 'NOT_FOUND', 'Perangkat tidak ditemukan.');
  await revokeDevice(ctx.db, target, ctx.clock());
  ctx.devices.delete(deviceKey(target.instansiId, target.id));
  const after = (await listDevices(ctx.db, caller.instansiId)).find((d) => d.id === deviceId);
  if (!after) throw new HttpFailure(404, 'NOT_FOUND', 'Perangkat tidak ditemukan.');
  return info(after);
}
