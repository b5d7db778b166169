/** Failed sign-ins allowed before the account is locked. */
export const MAX_FAILED_SIGN_INS = 5;
/** How long a lock lasts. */
export const LOCK_MINUTES = 15;

/**
 * The lock-out rule, pure: after a failed attempt, how many failures count and until when the
 * account is locked (null when not locked).
 */
export function afterFailedSignIn(previousFailures: number, now: Date): { failedAttempts: number; lockedUntil: string | null } {
  const failedAttempts = previousFailures + 1;
  if (failedAttempts < MAX_FAILED_SIGN_INS) return { failedAttempts, lockedUntil: null };
  return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() };
}

export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil > now.toISOString();
}
