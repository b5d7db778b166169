import { ACCESS_TOKEN_TTL_SECONDS, type TokenResponse } from '../../shared/sync-protocol.js';
import { findDeviceById, touchDevice } from '../db/repos/device-repo.js';
import { safeEqual, sha256 } from '../auth/secrets.js';
import { signToken } from '../auth/tokens.js';
import type { ServerContext } from '../context.js';
import { HttpFailure } from '../http/errors.js';
import { ownerAllows, ownerRefusal } from './device-auth.js';

/** Exchanges a device credential for a short-lived access token, while its enrolling account still allows it. */
export async function issueToken(ctx: ServerContext, input: { deviceId: string; deviceSecret: string }): Promise<TokenResponse> {
  const device = await findDeviceById(ctx.db, input.deviceId);
  // Hash even for an unknown id, so timing does not tell which ids exist.
  const good = safeEqual(device?.secretHash ?? sha256('tidak-ada'), sha256(input.deviceSecret));
  if (!device || !good) throw new HttpFailure(401, 'UNAUTHENTICATED', 'Kredensial perangkat tidak valid.');
  if (device.revokedAt) throw new HttpFailure(401, 'DEVICE_REVOKED');
  if (!ownerAllows(device)) throw ownerRefusal();
  const now = ctx.clock();
  await touchDevice(ctx.db, device, now);
  const exp = Math.floor(now.getTime() / 1000) + ACCESS_TOKEN_TTL_SECONDS;
  return { accessToken: signToken(await ctx.secret(), { deviceId: device.id, instansiId: device.instansiId, exp }), expiresInSeconds: ACCESS_TOKEN_TTL_SECONDS };
}
