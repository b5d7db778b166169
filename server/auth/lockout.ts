/**
 * Account lock-out after failed sign-ins, the same rule as the desk's (electron/core/auth/lockout.ts)
 * so an account behaves alike wherever it signs in. Kept here because server/ does not import the
 * desk's code.
 */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

/**
 * Given the failure count the database returned after incrementing it atomically, until when the
 * account is locked (null: not locked). Deciding from the returned count, not from a read made
 * before the slow password check, keeps parallel attempts from all writing the same "old + 1".
 */
export function lockAfterFailure(failedAttempts: number, now: Date): Date | null {
  if (failedAttempts < MAX_FAILED_SIGN_INS) return null;
  return new Date(now.getTime() + LOCK_MINUTES * 60_000);
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
