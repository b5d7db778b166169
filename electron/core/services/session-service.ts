import type { CoreContext } from '../context.js';
import type { SessionInfo } from '../../../shared/entities.js';
import { AppFailure } from '../../../shared/result.js';
import { findUserById, keyStatusOf, toAccount, type UserRow } from '../db/repositories/user-repo.js';
import { listUnits } from '../db/repositories/unit-repo.js';
import { getInstansi } from '../db/repositories/instansi-repo.js';
import { findPegawai } from '../db/repositories/pegawai-repo.js';
import { unitSubtree, type Actor } from '../auth/actor.js';

/**
 * Turns a session token into the caller. Done on every call, so a deactivated account or a changed
 * role takes effect at once, not at the next sign-in.
 */
export async function resolveActor(core: CoreContext, token: string | null): Promise<Actor> {
  if (!token) throw new AppFailure('UNAUTHENTICATED');
  const found = core.sessions.touch(token);
  if (found.status === 'expired') {
    core.emit({ name: 'session/expired', payload: { reason: 'idle' } }, { token });
    throw new AppFailure('SESSION_EXPIRED');
  }
  if (found.status === 'missing') throw new AppFailure('UNAUTHENTICATED');
  const user = await findUserById(core.db, found.userId);
  if (!user || user.aktif !== 1) {
    core.sessions.revoke(token);
    throw new AppFailure('UNAUTHENTICATED');
  }
  const units = await listUnits(core.db);
  return { user: toAccount(user), scopeUnitIds: unitSubtree(units, user.unitId), signer: found.signer, mustChangePassword: keyStatusOf(user) !== 'ok' };
}

/** Whether the person's jabatan is the atasan of any other jabatan (gives atasan rights). */
async function isAtasan(core: CoreContext, pegawaiId: string | null): Promise<boolean> {
  if (!pegawaiId) return false;
  const p = await findPegawai(core.db, pegawaiId);
  if (!p?.jabatanId) return false;
  const sub = await core.db.selectFrom('jabatan').select('id').where('atasanJabatanId', '=', p.jabatanId).limit(1).executeTakeFirst();
  return sub !== undefined;
}

export async function sessionInfo(core: CoreContext, user: UserRow, token: string): Promise<SessionInfo> {
  const instansi = await getInstansi(core.db);
  if (!instansi) throw new AppFailure('NOT_SET_UP');
  return {
    token,
    user: toAccount(user),
    isAtasan: await isAtasan(core, user.pegawaiId),
    instansi,
    idleTimeoutMinutes: core.sessions.idleMinutes,
    signingKey: keyStatusOf(user),
  };
}
