import type { CoreContext } from '../context.js';
import { writeContext } from '../context.js';
import type { SessionInfo } from '../../../shared/entities.js';
import { AppFailure } from '../../../shared/result.js';
import { normalizeNip } from '../../../shared/domain/nip.js';
import { findUserById, findUserByNip, recordFailedSignIn, recordSuccessfulSignIn, saveUser, toAccount } from '../db/repositories/user-repo.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { isLocked, lockAfterFailure } from '../auth/lockout.js';
import type { Actor } from '../auth/actor.js';
import { sessionInfo } from './session-service.js';

/** A fixed hash to verify against when the NIP is unknown, so timing does not reveal which NIPs exist. */
let dummyHash: Promise<string> | null = null;

export async function signIn(core: CoreContext, nipRaw: string, password: string): Promise<SessionInfo> {
  const nip = normalizeNip(nipRaw);
  const user = await findUserByNip(core.db, nip);
  const now = core.clock();
  if (!user || user.aktif !== 1) {
    dummyHash ??= hashPassword('tidak-ada-akun');
    await verifyPassword(await dummyHash, password);
    throw new AppFailure('BAD_CREDENTIALS');
  }
  const lockedOut = (until: string | null) =>
    new AppFailure('LOCKED_OUT', `Akun terkunci sampai ${new Date(until ?? '').toLocaleTimeString('id-ID')} karena terlalu banyak percobaan gagal.`);
  if (isLocked(user.lockedUntil, now)) throw lockedOut(user.lockedUntil);
  const good = await verifyPassword(user.passwordHash, password);
  const ctx = { actorUserId: user.id, now: now.toISOString() };
  if (!good) {
    // Counted in SQL, not from `user.failedAttempts` read before the slow check (parallel attempts).
    const lockedUntil = await core.db.transaction().execute((trx) => recordFailedSignIn(trx, ctx, user.id, (n) => lockAfterFailure(n, now)));
    throw new AppFailure(lockedUntil ? 'LOCKED_OUT' : 'BAD_CREDENTIALS');
  }
  if (!(await core.db.transaction().execute((trx) => recordSuccessfulSignIn(trx, ctx, user.id)))) {
    throw lockedOut((await findUserById(core.db, user.id))?.lockedUntil ?? null);
  }
  const token = core.sessions.create(user.id);
  return sessionInfo(core, { ...user, failedAttempts: 0, lockedUntil: null }, token);
}

export function signOut(core: CoreContext, token: string | null): null {
  if (token) core.sessions.revoke(token);
  return null;
}

export async function me(core: CoreContext, actor: Actor, token: string): Promise<SessionInfo> {
  const user = await findUserById(core.db, actor.user.id);
  if (!user) throw new AppFailure('UNAUTHENTICATED');
  return sessionInfo(core, user, token);
}

export async function changePassword(core: CoreContext, actor: Actor, oldPassword: string, newPassword: string): Promise<null> {
  const user = await findUserById(core.db, actor.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, oldPassword))) {
    throw new AppFailure('BAD_CREDENTIALS', 'Kata sandi lama salah.');
  }
  const passwordHash = await hashPassword(newPassword);
  await core.db.transaction().execute((trx) => saveUser(trx, writeContext(core, actor), { ...toAccount(user), passwordHash }, user));
  return null;
}
