import { findDevice, type DeviceOwner } from '../db/repos/device-repo.js';
import { verifyToken } from '../auth/tokens.js';
import { deviceKey, type DeviceAuth, type DeviceRow, type ServerContext } from '../context.js';
import { HttpFailure } from '../http/errors.js';

/**
 * Whether an account may hold a device credential: active, not deleted, operator or admin (the
 * enrollment rule). A device credential is the account's delegation, so it ends with the account.
 */
export function ownerAllows(owner: DeviceOwner): boolean {
  const roles = owner.ownerRoles ?? [];
  return owner.ownerAktif === true && owner.ownerDeleted !== true && (roles.includes('operator') || roles.includes('admin'));
}

/** Refused with 403 (not 401: a fresh token would not help, so the desk must not retry for one). */
export function ownerRefusal(): HttpFailure {
  return new HttpFailure(403, 'DEVICE_ACCOUNT_INACTIVE');
}

/**
 * The device behind `Authorization: Bearer <token>`. The token is checked by signature and expiry,
 * then the device row and its enrolling account (primary-key reads, cached for a few seconds; a
 * revoke or an account change through this process clears the entry), so a revocation or a
 * deactivated account takes effect on the next request rather than when the token expires.
 */
export async function authenticate(ctx: ServerContext, authorization: string | undefined): Promise<DeviceAuth> {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() : '';
  if (!token) throw new HttpFailure(401, 'UNAUTHENTICATED', 'Permintaan ini memerlukan token akses perangkat.');
  const claims = verifyToken(await ctx.secret(), token, ctx.clock());
  if (claims === 'expired') throw new HttpFailure(401, 'TOKEN_EXPIRED');
  if (!claims) throw new HttpFailure(401, 'UNAUTHENTICATED', 'Token akses tidak valid.');
  const key = deviceKey(claims.instansiId, claims.deviceId);
  let device: DeviceRow | undefined = ctx.devices.get(key);
  if (!device) {
    const found = await findDevice(ctx.db, claims.instansiId, claims.deviceId);
    if (found) {
      const { ownerAktif, ownerDeleted, ownerRoles, ...row } = found;
      device = { ...row, ownerAllowed: ownerAllows({ ownerAktif, ownerDeleted, ownerRoles }) };
      ctx.devices.set(key, device);
    }
  }
  if (!device) throw new HttpFailure(401, 'UNAUTHENTICATED', 'Perangkat tidak dikenal.');
  if (device.revokedAt) throw new HttpFailure(401, 'DEVICE_REVOKED');
  if (!device.ownerAllowed) throw ownerRefusal();
  return { id: device.id, instansiId: device.instansiId, unitId: device.unitId, userId: device.userId };
}
