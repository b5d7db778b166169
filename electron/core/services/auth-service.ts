import type { CoreContext } from '../context.js';
import { writeContext } from '../context.js';
import type { SessionInfo } from '../../../shared/entities.js';
import { AppFailure } from '../../../shared/result.js';
import { normalizeNip } from '../../../shared/domain/nip.js';
import { findUserById, findUserByNip, keysOf, recordFailedSignIn, recordSuccessfulSignIn, saveUser, setLocalKeys, toUserInput } from '../db/repositories/user-repo.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { isLocked, lockAfterFailure } from '../auth/lockout.js';
import { newAccountKey, unlockKey, type Signer } from '../auth/signing-keys.js';
import type { Actor } from '../auth/actor.js';
import { sessionInfo } from './session-service.js';

/** A fixed hash to verify against when the NIP is unknown, so timing does not reveal which NIPs exist. */
let dummyHash: Promise<string> | null = null;

/** Said when someone signs in with an account this desk holds only as a stub (no password kept here). */
export const STUB_SIGN_IN_MESSAGE =
  'Akun ini berada di luar cakupan meja ini, sehingga kata sandinya tidak disimpan di sini. Masuklah di meja unit kerja akun ini.';

export async function signIn(core: CoreContext, nipRaw: string, password: string): Promise<SessionInfo> {
  const nip = normalizeNip(nipRaw);
  const user = await findUserByNip(core.db, nip);
  const now = core.clock();
  if (!user || user.aktif !== 1) {
    dummyHash ??= hashPassword('tidak-ada-akun');
    await verifyPassword(await dummyHash, password);
    throw new AppFailure('BAD_CREDENTIALS');
  }
  if (user.passwordHash === '') throw new AppFailure('FORBIDDEN', STUB_SIGN_IN_MESSAGE);
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
  // The account's private key, unwrapped in memory for this session: it signs the session's edits.
  const keys = keysOf(user);
  const signer = keys.signingKeys.length === 0 ? await firstProvisionalKey(core, user.id, password) : await unlockKey(password, { id: user.id, ...keys });
  const token = core.sessions.create(user.id, signer);
  const signedIn = (await findUserById(core.db, user.id)) ?? user;
  return sessionInfo(core, { ...signedIn, failedAttempts: 0, lockedUntil: null }, token);
}

/**
 * An account made before signing existed has no key, so nothing it did could be signed: with the
 * password just checked, this desk makes it a provisional key (kept here, not synced by itself).
 * The forced password change that follows makes the real key, and its `user/changePassword`
 * (signed with this provisional key, which it carries) is what the server accepts from a keyless
 * account's owner (server/README.md, "Signed changes").
 */
async function firstProvisionalKey(core: CoreContext, userId: string, password: string): Promise<Signer> {
  const keys = await newAccountKey(password, userId, [], true);
  await core.db.transaction().execute((trx) => setLocalKeys(trx, userId, keys));
  return keys.signer;
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

/**
 * The owner changes their own password: a new hash and a fresh, non-provisional key pair wrapped
 * with the new password, recorded as `user/changePassword` (the server accepts it from the owner
 * alone) and signed with the key the session holds. Other sessions of the account end.
 */
export async function changePassword(core: CoreContext, actor: Actor, oldPassword: string, newPassword: string, token: string | null): Promise<null> {
  const user = await findUserById(core.db, actor.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, oldPassword))) {
    throw new AppFailure('BAD_CREDENTIALS', 'Kata sandi lama salah.', [{ path: 'oldPassword', message: 'Kata sandi lama salah.' }]);
  }
  if (oldPassword === newPassword) {
    throw new AppFailure('VALIDATION', 'Kata sandi baru harus berbeda dari kata sandi lama.', [{ path: 'newPassword', message: 'Kata sandi baru harus berbeda dari kata sandi lama.' }]);
  }
  const current = toUserInput(user);
  // The session's key signs the change; a session without one (an account made before keys)
  // unwraps nothing, and the server then refuses the change visibly as a conflict.
  const signer = actor.signer ?? (await unlockKey(oldPassword, { id: user.id, signingKeys: current.signingKeys, wrappedKey: current.wrappedKey }));
  const [passwordHash, keys] = await Promise.all([hashPassword(newPassword), newAccountKey(newPassword, user.id, current.signingKeys, false)]);
  const ctx = { ...writeContext(core, actor), signer };
  const next = { ...current, passwordHash, signingKeys: keys.signingKeys, wrappedKey: keys.wrappedKey };
  await core.db.transaction().execute((trx) => saveUser(trx, ctx, next, user, 'user/changePassword'));
  // Other sessions of the account end (the password they knew is gone); this one signs with the new key.
  for (const t of core.sessions.tokensOf(user.id)) if (t !== token) core.sessions.revoke(t);
  core.sessions.setSigner(user.id, keys.signer);
  return null;
}
