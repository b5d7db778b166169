/**
 * Account lock-out after failed sign-ins, the same rule as the desk's (electron/core/auth/lockout.ts)
 * so an account behaves alike wherever it signs in. Kept here because server/ does not import the
 * desk's code.
 */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export function afterFailedSignIn(previousFailures: number, now: Date): { failedAttempts: number; lockedUntil: Date | null } {
  const failedAttempts = previousFailures + 1;
  if (failedAttempts < MAX_FAILED_SIGN_INS) return { failedAttempts, lockedUntil: null };
  return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) };
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
