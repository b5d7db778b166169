import type { Result } from '../../shared/result.js';

/**
 * Both transports keep the session token on their side (per window in Electron, in an HttpOnly
 * cookie in browser mode), so renderer code never holds it and script injection cannot steal it.
 * This reads what a call did to the session: a new token to keep, a sign-out, or nothing.
 */
export function sessionEffect(channel: string, result: Result<unknown>): { set: string } | { clear: true } | null {
  if (channel === 'auth/signOut') return { clear: true };
  if (!result.ok) return result.error.code === 'SESSION_EXPIRED' || result.error.code === 'UNAUTHENTICATED' ? { clear: true } : null;
  const v = result.value;
  if (typeof v === 'object' && v !== null && 'token' in v && typeof v.token === 'string') return { set: v.token };
  return null;
}

/** Removes the token from a result before it goes to the renderer. */
export function withoutToken(result: Result<unknown>): Result<unknown> {
  if (!result.ok || typeof result.value !== 'object' || result.value === null || !('token' in result.value)) return result;
  const { token: _token, ...rest } = result.value;
  return { ok: true, value: { ...rest, token: '' } };
}
