import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { safeEqual } from './secrets.js';

/** What an access token asserts: this device of this instansi, until `exp` (Unix seconds). */
export type TokenClaims = { deviceId: string; instansiId: string; exp: number };

const claimsSchema = z.strictObject({ d: z.uuid(), i: z.uuid(), e: z.int() });

function mac(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

/**
 * Signs a short-lived access token: `v1.<claims>.<HMAC-SHA256>`, all base64url. Stateless, so a
 * request needs no token lookup; revocation is enforced by checking the device row per request.
 *
 * @example
 * const token = signToken(secret, { deviceId, instansiId, exp: nowSeconds + 900 });
 */
export function signToken(secret: string, claims: TokenClaims): string {
  const body = `v1.${Buffer.from(JSON.stringify({ d: claims.deviceId, i: claims.instansiId, e: claims.exp })).toString('base64url')}`;
  return `${body}.${mac(secret, body)}`;
}

/** The claims of a well-signed token, 'expired' when past `exp`, or null for anything else. */
export function verifyToken(secret: string, token: string, now: Date): TokenClaims | 'expired' | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'v1') return null;
  const body = `v1.${parts[1] ?? ''}`;
  if (!safeEqual(mac(secret, body), parts[2] ?? '')) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = claimsSchema.safeParse(json);
  if (!parsed.success) return null;
  if (parsed.data.e * 1000 <= now.getTime()) return 'expired';
  return { deviceId: parsed.data.d, instansiId: parsed.data.i, exp: parsed.data.e };
}
