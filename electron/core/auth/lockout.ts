/** Failed sign-ins allowed before the account is locked. */
export const MAX_FAILED_SIGN_INS = 5;
/** How long a lock lasts. */
export const LOCK_MINUTES = 15;

/**
 * The lock-out rule, pure: given the failure count the database returned after incrementing it
 * atomically, until when the account is locked (null when not locked). Deciding from the returned
 * count (not from one read before the slow password check) keeps parallel attempts from each
 * seeing the same old count.
 */
export function lockAfterFailure(failedAttempts: number, now: Date): string | null {
  if (failedAttempts < MAX_FAILED_SIGN_INS) return null;
  return new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
}

export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil > now.toISOString();
}
