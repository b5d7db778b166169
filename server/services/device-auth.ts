import { findDevice } from '../db/repos/device-repo.js';
import { verifyToken } from '../auth/tokens.js';
import { deviceKey, type DeviceAuth, type DeviceRow, type ServerContext } from '../context.js';
import { HttpFailure } from '../http/errors.js';

/**
 * The device behind `Authorization: Bearer <token>`. The token is checked by signature and expiry,
 * then the device row (a primary-key read, cached for a few seconds; a revoke clears the entry),
 * so a revocation takes effect on the next request rather than when the token expires.
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
    device = await findDevice(ctx.db, claims.instansiId, claims.deviceId);
    if (device) ctx.devices.set(key, device);
  }
  if (!device) throw new HttpFailure(401, 'UNAUTHENTICATED', 'Perangkat tidak dikenal.');
  if (device.revokedAt) throw new HttpFailure(401, 'DEVICE_REVOKED');
  return { id: device.id, instansiId: device.instansiId, unitId: device.unitId, userId: device.userId };
}
