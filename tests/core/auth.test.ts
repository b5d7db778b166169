import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/result.js';
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS } from '../../electron/core/auth/lockout.js';
import { ADMIN_NIP, ADMIN_PASSWORD, expectFail, makeCore, rowCounts, setUp, SETUP_ARGS, signInReady, unwrap, type TestCore } from './helpers.js';

const IDLE = 30;
let t: TestCore;

beforeEach(async () => {
  t = await makeCore({ idleMinutes: IDLE });
});
afterEach(async () => {
  await t.close();
});

const signIn = (nip: string, password: string) => t.call('auth/signIn', { nip, password }, null);

/** Adds an operator account (role operator) for a second person and returns its NIP. */
async function addOperator(adminToken: string, nip = '199001012015032001', password = 'operator-123'): Promise<{ nip: string; id: string; password: string }> {
  const unitId = unwrap(await t.call('org/units', {}, adminToken))[0]?.id ?? '';
  const account = unwrap(await t.call('users/save', { nip, nama: 'Operator Dua', roles: ['operator'], unitId, aktif: true, password }, adminToken));
  return { nip, id: account.id, password };
}

describe('setup/init', () => {
  it('creates the instansi, unit, admin pegawai and account, and signs the admin in', async () => {
    expect(unwrap(await t.call('app/info', {}, null))).toMatchObject({ isSetUp: false, instansi: null });
    const session = unwrap(await t.call('setup/init', SETUP_ARGS, null));
    expect(session.token).toMatch(/^[\w-]{40,}$/);
    expect(session.user).toMatchObject({ nip: ADMIN_NIP, nama: 'Admin Uji', roles: ['admin', 'operator'], aktif: true, lockedUntil: null });
    expect(session.user.pegawaiId).not.toBeNull();
    expect(session.instansi).toMatchObject({ kode: 'PEMKAB', isDemo: false });
    expect(session.idleTimeoutMinutes).toBe(IDLE);
    expect(session.isAtasan).toBe(false);
    expect(unwrap(await t.call('auth/me', {}, session.token)).user.id).toBe(session.user.id);
    expect(await rowCounts(t.core)).toMatchObject({ instansi: 1, unitKerja: 1, pegawai: 1, user: 1 });
  });

  it('a second setup/init → ALREADY_SET_UP and nothing changes', async () => {
    await setUp(t);
    const before = await rowCounts(t.core);
    const other = { ...SETUP_ARGS, instansi: { kode: 'LAIN', nama: 'Lain' }, admin: { ...SETUP_ARGS.admin, nip: '199001012015032001' } };
    const error = expectFail(await t.call('setup/init', other, null), 'ALREADY_SET_UP');
    expect(error.message).toBe(ERROR_MESSAGES.ALREADY_SET_UP);
    expect(await rowCounts(t.core)).toEqual(before);
  });

  it.each([
    ['too short', '19850312', /18 digit/],
    ['letters', '1985031220100110AB', /angka/],
    ['impossible birth date', '198513322010011003', /tanggal lahir/],
    ['sex digit 3', '198503122010013003', /laki-laki|perempuan/],
    ['sequence 000', '198503122010011000', /Nomor urut/],
  ])('an invalid NIP (%s) → INVALID_NIP with an Indonesian reason, nothing created', async (_what, nip, reason) => {
    const error = expectFail(await t.call('setup/init', { ...SETUP_ARGS, admin: { ...SETUP_ARGS.admin, nip } }, null), 'INVALID_NIP');
    expect(error.message).toMatch(reason);
    expect(error.message).toMatch(/NIP/);
    expect(error.issues?.every((i) => i.path === 'admin.nip')).toBe(true);
    expect(Object.values(await rowCounts(t.core)).every((n) => n === 0)).toBe(true);
    expect(unwrap(await t.call('app/info', {}, null)).isSetUp).toBe(false);
  });

  it('an unknown golongan → VALIDATION, nothing created', async () => {
    expectFail(await t.call('setup/init', { ...SETUP_ARGS, admin: { ...SETUP_ARGS.admin, golongan: 'V/z' } }, null), 'VALIDATION');
    expect(Object.values(await rowCounts(t.core)).every((n) => n === 0)).toBe(true);
  });
});

describe('sign-in', () => {
  beforeEach(async () => {
    await setUp(t);
  });

  it('signs in with the right password, also with the NIP pasted with spaces', async () => {
    for (const nip of [ADMIN_NIP, ' 19850312 201001 1 003 ']) {
      const s = unwrap(await signIn(nip, ADMIN_PASSWORD));
      expect(s.user.nip).toBe(ADMIN_NIP);
      expect(unwrap(await t.call('auth/me', {}, s.token)).user.nip).toBe(ADMIN_NIP);
    }
  });

  it('each sign-in gets its own token', async () => {
    const a = unwrap(await signIn(ADMIN_NIP, ADMIN_PASSWORD)).token;
    const b = unwrap(await signIn(ADMIN_NIP, ADMIN_PASSWORD)).token;
    expect(a).not.toBe(b);
  });

  it('a wrong password and an unknown NIP get the same BAD_CREDENTIALS answer', async () => {
    const wrong = expectFail(await signIn(ADMIN_NIP, 'bukan-sandinya'), 'BAD_CREDENTIALS');
    const unknown = expectFail(await signIn('199001012015032009', ADMIN_PASSWORD), 'BAD_CREDENTIALS');
    const garbage = expectFail(await signIn('bukan nip', ADMIN_PASSWORD), 'BAD_CREDENTIALS');
    expect(wrong).toEqual(unknown);
    expect(garbage).toEqual(unknown);
    expect(wrong.message).toBe(ERROR_MESSAGES.BAD_CREDENTIALS);
  });

  it(`${MAX_FAILED_SIGN_INS} failures lock the account for ${LOCK_MINUTES} minutes, even against the right password`, async () => {
    const codes: string[] = [];
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1) {
      const r = await signIn(ADMIN_NIP, `salah-${i}`);
      codes.push(r.ok ? 'ok' : r.error.code);
    }
    expect(codes).toEqual([...Array<string>(MAX_FAILED_SIGN_INS - 1).fill('BAD_CREDENTIALS'), 'LOCKED_OUT']);

    const locked = expectFail(await signIn(ADMIN_NIP, ADMIN_PASSWORD), 'LOCKED_OUT');
    expect(locked.message).toMatch(/terkunci/i);
    t.clock.advanceMinutes(LOCK_MINUTES - 1);
    expectFail(await signIn(ADMIN_NIP, ADMIN_PASSWORD), 'LOCKED_OUT');
    t.clock.advanceMinutes(1);
    const s = unwrap(await signIn(ADMIN_NIP, ADMIN_PASSWORD));
    expect(s.user.lockedUntil).toBeNull();

    const audit = unwrap(await t.call('audit/list', { entityId: s.user.id, limit: 50 }, s.token));
    const actions = audit.map((a) => a.action);
    expect(actions.filter((a) => a === 'sign-in-failed')).toHaveLength(MAX_FAILED_SIGN_INS - 1);
    expect(actions.filter((a) => a === 'lock-out')).toHaveLength(1);
  });

  it('40 parallel wrong passwords lock the account (the count is kept in SQL, not from a read before the check)', async () => {
    const tries = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(ADMIN_NIP, `salah-${i}`)));
    const codes = tries.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'BAD_CREDENTIALS')).toHaveLength(MAX_FAILED_SIGN_INS - 1);
    expect(codes.filter((c) => c === 'LOCKED_OUT')).toHaveLength(40 - MAX_FAILED_SIGN_INS + 1);
    expectFail(await signIn(ADMIN_NIP, ADMIN_PASSWORD), 'LOCKED_OUT');
    t.clock.advanceMinutes(LOCK_MINUTES);
    const s = unwrap(await signIn(ADMIN_NIP, ADMIN_PASSWORD));
    const actions = unwrap(await t.call('audit/list', { entityId: s.user.id, limit: 100 }, s.token)).map((a) => a.action);
    expect(actions.filter((a) => a === 'lock-out')).toHaveLength(1);
  }, 90_000);

  it('a successful sign-in resets the failure count', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i += 1) expectFail(await signIn(ADMIN_NIP, 'salah-sekali'), 'BAD_CREDENTIALS');
    unwrap(await signIn(ADMIN_NIP, ADMIN_PASSWORD));
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i += 1) expectFail(await signIn(ADMIN_NIP, 'salah-sekali'), 'BAD_CREDENTIALS');
    unwrap(await signIn(ADMIN_NIP, ADMIN_PASSWORD));
  });

  it('a lock-out shows on the account for the admin, and another account is not affected', async () => {
    const admin = unwrap(await signIn(ADMIN_NIP, ADMIN_PASSWORD)).token;
    const op = await addOperator(admin);
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1) await signIn(op.nip, 'salah-sekali');
    const listed = unwrap(await t.call('users/list', {}, admin)).rows.find((u) => u.nip === op.nip);
    expect(listed?.lockedUntil).toBe(new Date(t.clock.now().getTime() + LOCK_MINUTES * 60_000).toISOString());
    unwrap(await signIn(ADMIN_NIP, ADMIN_PASSWORD));
  });
});

describe('sessions', () => {
  let token: string;
  beforeEach(async () => {
    token = await setUp(t);
  });

  it(`an idle session ends after ${IDLE} minutes → SESSION_EXPIRED, with a session/expired event`, async () => {
    t.clock.advanceMinutes(IDLE);
    unwrap(await t.call('auth/me', {}, token)); // exactly at the limit: still alive, and this call counts as activity
    t.clock.advanceMinutes(IDLE - 1);
    unwrap(await t.call('auth/me', {}, token));
    expect(t.events.filter((e) => e.name === 'session/expired')).toEqual([]);

    t.clock.advanceMinutes(IDLE);
    t.clock.advanceMs(1);
    const error = expectFail(await t.call('pegawai/search', { query: '', offset: 0, limit: 10 }, token), 'SESSION_EXPIRED');
    expect(error.message).toBe(ERROR_MESSAGES.SESSION_EXPIRED);
    expect(t.events.filter((e) => e.name === 'session/expired')).toEqual([{ name: 'session/expired', payload: { reason: 'idle' } }]);
    // The session is gone for good, even if the clock were to go back.
    expectFail(await t.call('auth/me', {}, token), 'UNAUTHENTICATED');
  });

  it('signOut ends the session and only that session', async () => {
    const other = unwrap(await signIn(ADMIN_NIP, ADMIN_PASSWORD)).token;
    expect(unwrap(await t.call('auth/signOut', {}, token))).toBeNull();
    expectFail(await t.call('auth/me', {}, token), 'UNAUTHENTICATED');
    expectFail(await t.call('auth/signOut', {}, token), 'UNAUTHENTICATED');
    unwrap(await t.call('auth/me', {}, other));
  });

  it("a deactivated user's live session stops working at once", async () => {
    const op = await addOperator(token);
    const opToken = await signInReady(t, op.nip, op.password);
    unwrap(await t.call('pegawai/search', { query: '', offset: 0, limit: 10 }, opToken));
    const unitId = unwrap(await t.call('org/units', {}, token))[0]?.id ?? '';
    unwrap(await t.call('users/save', { id: op.id, nip: op.nip, nama: 'Operator Dua', roles: ['operator'], unitId, aktif: false }, token));
    expectFail(await t.call('pegawai/search', { query: '', offset: 0, limit: 10 }, opToken), 'UNAUTHENTICATED');
    expectFail(await signIn(op.nip, op.password), 'BAD_CREDENTIALS');
  });

  it('an account deactivated underneath (e.g. by a sync pull) is refused on its next call', async () => {
    const op = await addOperator(token);
    const opToken = unwrap(await signIn(op.nip, op.password)).token;
    await t.core.context.db.updateTable('user').set({ aktif: 0 }).where('id', '=', op.id).execute();
    expectFail(await t.call('auth/me', {}, opToken), 'UNAUTHENTICATED');
    await t.core.context.db.updateTable('user').set({ aktif: 1 }).where('id', '=', op.id).execute();
    // Revoked, not just refused once.
    expectFail(await t.call('auth/me', {}, opToken), 'UNAUTHENTICATED');
  });

  it('a role taken away underneath applies on the next call', async () => {
    const op = await addOperator(token);
    const opToken = await signInReady(t, op.nip, op.password);
    await t.core.context.db.updateTable('user').set({ roles: '["pegawai"]' }).where('id', '=', op.id).execute();
    const unitId = unwrap(await t.call('org/units', {}, opToken))[0]?.id ?? '';
    expectFail(await t.call('org/unitSave', { parentId: unitId, kode: '01.09', nama: 'Baru' }, opToken), 'FORBIDDEN');
  });
});

describe('changePassword', () => {
  let token: string;
  beforeEach(async () => {
    token = await setUp(t);
  });

  it('requires the old password', async () => {
    const error = expectFail(await t.call('auth/changePassword', { oldPassword: 'bukan-sandinya', newPassword: 'sandi-baru-123' }, token), 'BAD_CREDENTIALS');
    expect(error.message).toMatch(/lama/);
    unwrap(await signIn(ADMIN_NIP, ADMIN_PASSWORD));
    expectFail(await signIn(ADMIN_NIP, 'sandi-baru-123'), 'BAD_CREDENTIALS');
  });

  it('changes it: the new one works, the old one no longer does', async () => {
    expect(unwrap(await t.call('auth/changePassword', { oldPassword: ADMIN_PASSWORD, newPassword: 'sandi-baru-123' }, token))).toBeNull();
    expectFail(await signIn(ADMIN_NIP, ADMIN_PASSWORD), 'BAD_CREDENTIALS');
    unwrap(await signIn(ADMIN_NIP, 'sandi-baru-123'));
  });

  it('refuses a new password under 8 characters', async () => {
    expectFail(await t.call('auth/changePassword', { oldPassword: ADMIN_PASSWORD, newPassword: 'pendek' }, token), 'VALIDATION');
    unwrap(await signIn(ADMIN_NIP, ADMIN_PASSWORD));
  });
});

describe('password hashes', () => {
  it('are argon2id in the database and never leave the core', async () => {
    const setup = unwrap(await t.call('setup/init', SETUP_ARGS, null));
    const token = setup.token;
    const op = await addOperator(token);
    unwrap(await t.call('auth/changePassword', { oldPassword: ADMIN_PASSWORD, newPassword: 'sandi-baru-123' }, token));
    await signIn(op.nip, 'salah-sekali');

    const rows = await t.core.context.db.selectFrom('user').select(['nip', 'passwordHash']).execute();
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.passwordHash.startsWith('$argon2id$')).toBe(true);

    const signedIn = unwrap(await signIn(op.nip, op.password));
    const me = unwrap(await t.call('auth/me', {}, token));
    const users = unwrap(await t.call('users/list', {}, token));
    const audit = unwrap(await t.call('audit/list', { limit: 500 }, token));
    expect(audit.length).toBeGreaterThan(5);
    const seen = JSON.stringify([setup, signedIn, me, users, audit]);
    expect(seen).not.toMatch(/argon2/i);
    for (const r of rows) expect(seen).not.toContain(r.passwordHash.slice(-20));
    for (const u of users.rows) expect(Object.keys(u).sort()).toEqual(['aktif', 'id', 'jabatanNama', 'lockedUntil', 'mustChangePassword', 'nama', 'nip', 'pegawaiId', 'roles', 'unitId', 'unitNama']);

    // Nor in the audit log, which people read...
    const audited = JSON.stringify(await t.core.context.db.selectFrom('auditLog').selectAll().execute());
    expect(audited).not.toMatch(/argon2/i);
    // ...while the sync outbox carries them on purpose (other desks and the server check the same
    // credentials), and only in user commands.
    const outbox = await t.core.context.db.selectFrom('outbox').select(['command', 'payload']).execute();
    const userCommands = ['user/upsert', 'user/changePassword'];
    for (const o of outbox) if (!userCommands.includes(o.command)) expect(o.payload).not.toMatch(/argon2/i);
    // The owner's own change travels as its own command (the server takes it from the owner alone).
    expect(outbox.map((o) => o.command)).toContain('user/changePassword');
    const synced = outbox.filter((o) => userCommands.includes(o.command)).map((o): unknown => JSON.parse(o.payload));
    const hashes = new Set(rows.map((r) => r.passwordHash));
    expect(synced.some((p) => typeof p === 'object' && p !== null && 'passwordHash' in p && hashes.has(String(p.passwordHash)))).toBe(true);
  });
});
