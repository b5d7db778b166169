import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { keysOf } from '../../electron/core/db/repositories/user-repo.js';
import { unlockKey } from '../../electron/core/auth/signing-keys.js';
import { provisionalKey, verifiedKey } from '../../server/auth/signatures.js';
import { pushCommandSchema, type PushCommand } from '../../shared/sync-protocol.js';
import { STUB_SIGN_IN_MESSAGE } from '../../electron/core/services/auth-service.js';
import { ADMIN_NIP, ADMIN_PASSWORD, expectFail, makeCore, SETUP_ARGS, unwrap, type TestCore } from './helpers.js';

/** Signed changes on the desk (issue 8): keys made, unwrapped at sign-in, and every outbox command signed. */
let t: TestCore;
beforeEach(async () => {
  t = await makeCore();
});
afterEach(async () => {
  await t.close();
});

async function outbox(): Promise<PushCommand[]> {
  const rows = await t.core.context.db.selectFrom('outbox').selectAll().orderBy('seq').execute();
  return rows.map((r) =>
    pushCommandSchema.parse({ id: r.id, name: r.command, entityId: r.entityId, payload: JSON.parse(r.payload), baseVersion: r.baseVersion, actorUserId: r.actorUserId, createdAt: r.createdAt, keyVersion: r.keyVersion, signature: r.signature }),
  );
}

async function keysOfUser(id: string) {
  const u = await t.core.context.db.selectFrom('user').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { id, ...keysOf(u) };
}

describe('signing keys on the desk', () => {
  it("gives the admin who sets up a key of their own (they typed the password) and signs the session's edits with it, verifiably by the server's check", async () => {
    const s = unwrap(await t.call('setup/init', SETUP_ARGS, null));
    expect(s.signingKey).toBe('ok');
    const unitId = unwrap(await t.call('org/units', {}, s.token))[0]?.id ?? '';
    unwrap(await t.call('users/save', { nip: '199001012015032001', nama: 'Operator Dua', roles: ['operator'], unitId, aktif: true, password: 'operator-123' }, s.token));
    const admin = await keysOfUser(s.user.id);
    expect(admin.signingKeys).toMatchObject([{ version: 1, provisional: false }]);
    const mine = (await outbox()).filter((c) => c.actorUserId === s.user.id);
    expect(mine.length).toBeGreaterThan(0);
    for (const c of mine) {
      expect(verifiedKey(c, admin.signingKeys)).toMatchObject({ version: 1 });
      // One changed field and the signature no longer holds.
      expect(verifiedKey({ ...c, createdAt: '2030-01-01T00:00:00.000Z' }, admin.signingKeys)).toBeNull();
    }
  });

  it("makes an admin-set password's key provisional, and the owner's own change a fresh non-provisional key", async () => {
    const s = unwrap(await t.call('setup/init', SETUP_ARGS, null));
    const unitId = unwrap(await t.call('org/units', {}, s.token))[0]?.id ?? '';
    const op = unwrap(await t.call('users/save', { nip: '199001012015032001', nama: 'Operator Dua', roles: ['operator'], unitId, aktif: true, password: 'operator-123' }, s.token));
    const first = unwrap(await t.call('auth/signIn', { nip: '199001012015032001', password: 'operator-123' }, null));
    expect(first.signingKey).toBe('provisional');
    const err = await t.call('auth/changePassword', { oldPassword: 'salah-sekali', newPassword: 'pilihan-sendiri-1' }, first.token);
    expectFail(err, 'BAD_CREDENTIALS');
    if (!err.ok) expect(err.error.issues).toEqual([{ path: 'oldPassword', message: 'Kata sandi lama salah.' }]);
    unwrap(await t.call('auth/changePassword', { oldPassword: 'operator-123', newPassword: 'pilihan-sendiri-1' }, first.token));
    const keys = await keysOfUser(op.id);
    expect(keys.signingKeys).toMatchObject([{ version: 1, provisional: true }, { version: 2, provisional: false }]);
    const change = (await outbox()).find((c) => c.name === 'user/changePassword');
    // The change itself is signed with the key the person had (the provisional one).
    expect(change && verifiedKey(change, keys.signingKeys)).toMatchObject({ version: 1 });
    // This session signs with the new key from now on; a new sign-in unwraps it with the new password.
    unwrap(await t.call('org/unitSave', { kode: 'BARU', nama: 'Unit Baru', parentId: unitId }, first.token));
    const last = (await outbox()).at(-1);
    expect(last && verifiedKey(last, keys.signingKeys)).toMatchObject({ version: 2 });
    expectFail(await t.call('auth/signIn', { nip: '199001012015032001', password: 'operator-123' }, null), 'BAD_CREDENTIALS');
    expect(unwrap(await t.call('auth/signIn', { nip: '199001012015032001', password: 'pilihan-sendiri-1' }, null)).signingKey).toBe('ok');
    expect(await unlockKey('operator-123', keys)).toBeNull();
    expect(await unlockKey('pilihan-sendiri-1', keys)).toMatchObject({ keyVersion: 2 });
  });

  it('opens a key the server wrapped (CLI init-instansi) with the same password, and no other', async () => {
    const id = v7();
    const k = await provisionalKey('rahasia-server-1', id);
    expect(await unlockKey('rahasia-server-1', { id, ...k })).toMatchObject({ userId: id, keyVersion: 1 });
    expect(await unlockKey('rahasia-server-2', { id, ...k })).toBeNull();
    // Bound to its account: the same wrapping under another id does not open.
    expect(await unlockKey('rahasia-server-1', { id: v7(), ...k })).toBeNull();
  });

  it('refuses signing in with an account held only as a stub, in Indonesian', async () => {
    const s = unwrap(await t.call('setup/init', SETUP_ARGS, null));
    await t.core.context.db.updateTable('user').set({ passwordHash: '', wrappedKey: null }).where('id', '=', s.user.id).execute();
    const r = await t.call('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }, null);
    expectFail(r, 'FORBIDDEN');
    if (!r.ok) expect(r.error.message).toBe(STUB_SIGN_IN_MESSAGE);
  });
});
