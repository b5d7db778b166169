import type { EnrollResponse } from '../../shared/sync-protocol.js';
import { normalizeNip } from '../../shared/domain/nip.js';
import { findUsersByNip, recordFailedSignIn, recordSuccessfulSignIn, type UserRecord } from '../db/repos/user-repo.js';
import { isLocked, lockAfterFailure } from '../auth/lockout.js';
import { verifyAgainstDummy, verifyPassword } from '../auth/password.js';
import type { ServerContext } from '../context.js';
import { HttpFailure } from '../http/errors.js';
import { createDevice } from './devices.js';

function lockedFailure(until: Date): HttpFailure {
  const time = until.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' });
  return new HttpFailure(423, 'LOCKED_OUT', `Akun terkunci sampai pukul ${time} karena terlalu banyak percobaan masuk yang gagal.`);
}

/**
 * An operator or admin signs in once from the desk (NIP + password, argon2id) and the desk gets a
 * revocable device credential bound to that account's unit. Unknown NIPs cost the same time as
 * known ones; five failures lock the account for 15 minutes, as on the desk.
 */
export async function enrollDevice(ctx: ServerContext, input: { nip: string; password: string; deviceName: string }): Promise<EnrollResponse> {
  const now = ctx.clock();
  const candidates = (await findUsersByNip(ctx.db, normalizeNip(input.nip))).filter((u) => u.aktif);
  const fail = (f: HttpFailure): HttpFailure => {
    ctx.metrics.inc('meja_sign_in_failures_total', { reason: f.code });
    return f;
  };
  if (candidates.length === 0) {
    await verifyAgainstDummy(input.password);
    throw fail(new HttpFailure(401, 'BAD_CREDENTIALS'));
  }
  const open = candidates.filter((u) => !isLocked(u.lockedUntil, now));
  const first = candidates[0];
  if (open.length === 0 && first?.lockedUntil) throw fail(lockedFailure(first.lockedUntil));

  let user: UserRecord | undefined;
  for (const u of open) {
    if (await verifyPassword(u.passwordHash, input.password)) {
      user = u;
      break;
    }
  }
  if (!user) {
    // Counted in SQL, not from `u.failedAttempts` read before the slow check (parallel attempts).
    let lockedUntil: Date | null = null;
    for (const u of open) {
      const locked = await recordFailedSignIn(ctx.db, u, now, (n) => lockAfterFailure(n, now));
      lockedUntil ??= locked;
    }
    throw fail(lockedUntil ? lockedFailure(lockedUntil) : new HttpFailure(401, 'BAD_CREDENTIALS'));
  }
  if (!(await recordSuccessfulSignIn(ctx.db, user, now))) {
    const current = (await findUsersByNip(ctx.db, user.nip)).find((u) => u.id === user.id);
    throw fail(lockedFailure(current?.lockedUntil ?? now));
  }
  if (!user.roles.includes('operator') && !user.roles.includes('admin')) {
    throw fail(new HttpFailure(403, 'FORBIDDEN', 'Hanya akun operator atau admin yang dapat mendaftarkan perangkat.'));
  }
  return createDevice(ctx.db, { instansiId: user.instansiId, unitId: user.unitId, userId: user.id, name: input.deviceName, now });
}
