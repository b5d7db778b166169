/**
 * Accounts from pegawai in bulk (issue 9 item 4) and the forced password change that follows:
 * on a real core with a 40-pegawai demo (where every pegawai has an account) plus EXTRA new
 * pegawai without one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createPublicKey, verify } from 'node:crypto';
import { commandSigningText } from '../../shared/signing.js';
import { INITIAL_PASSWORD_ALPHABET } from '../../electron/core/auth/initial-password.js';
import { keysOf } from '../../electron/core/db/repositories/user-repo.js';
import { expectFail, makeCore, signInReady, unwrap, type TestCore } from './helpers.js';

/** Pegawai added after the demo, without accounts: the ones a bulk run creates. */
const EXTRA = 8;
const ALL = 40 + EXTRA;

describe('accounts from pegawai, in bulk', { timeout: 120_000 }, () => {
  let t: TestCore;
  let admin = '';
  let demoPassword = '';
  let rootId = '';

  beforeAll(async () => {
    t = await makeCore();
    const demo = unwrap(await t.call('setup/loadDemo', { pegawaiCount: 40 }, null));
    admin = demo.token;
    demoPassword = demo.demoPassword;
    rootId = unwrap(await t.call('org/units', {}, admin)).find((u) => u.parentId === null)?.id ?? '';
    for (let i = 1; i <= EXTRA; i += 1) {
      // Born 1 March 1992, CPNS February 2018: valid NIPs far from the demo's.
      const nip = `19920301201802${i % 2 === 0 ? 2 : 1}${String(i).padStart(3, '0')}`;
      unwrap(await t.call('pegawai/save', { nip, gelarDepan: '', nama: `Pegawai Baru ${i}`, gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/a', jabatanId: null, unitId: rootId, tmtMulai: null, tmtSelesai: null }, admin));
    }
  });
  afterAll(async () => t.close());

  it('is for admins only', async () => {
    const users = unwrap(await t.call('users/list', { limit: 500 }, admin)).rows;
    const plain = users.find((u) => !u.roles.includes('admin'));
    if (!plain) throw new Error('the demo has an atasan account');
    const token = unwrap(await t.call('auth/signIn', { nip: plain.nip, password: demoPassword }, null)).token;
    expectFail(await t.call('users/bulkPreview', { unitId: rootId, subUnits: true }, token), 'FORBIDDEN');
    expectFail(await t.call('users/bulkCreate', { unitId: rootId, subUnits: true }, token), 'FORBIDDEN');
    expectFail(await t.call('users/list', {}, token), 'FORBIDDEN');
  });

  it("keeps a sub-unit admin inside their subtree", async () => {
    const units = unwrap(await t.call('org/units', {}, admin));
    const sub = units.find((u) => u.parentId === rootId);
    if (!sub) throw new Error('no sub-unit');
    const nip = '199105052016031099';
    unwrap(await t.call('users/save', { nip, nama: 'Admin Sub Unit', roles: ['admin'], unitId: sub.id, aktif: true, password: 'admin-sub-unit-1' }, admin));
    const token = await signInReady(t, nip, 'admin-sub-unit-1');
    expectFail(await t.call('users/bulkPreview', { unitId: rootId, subUnits: true }, token), 'FORBIDDEN');
    // A search alone reaches only the admin's own subtree.
    const all = unwrap(await t.call('users/bulkPreview', { unitId: rootId, subUnits: true }, admin));
    const mine = unwrap(await t.call('users/bulkPreview', { unitId: sub.id, subUnits: true }, token));
    expect(mine.matched).toBeGreaterThan(0);
    expect(mine.matched).toBeLessThan(all.matched);
    const byDigits = unwrap(await t.call('users/bulkPreview', { query: '19' }, token));
    expect(byDigits.matched).toBeLessThanOrEqual(mine.matched);
    // The admin's pick of pegawai outside their subtree matches nobody.
    const outside = await t.core.context.db.selectFrom('pegawai').select('id').where('unitId', '=', rootId).execute();
    const picked = unwrap(await t.call('users/bulkPreview', { pegawaiIds: outside.map((p) => p.id).slice(0, 5) }, token));
    expect(picked.matched).toBe(0);
    // Clean up: the account would count in the later totals.
    await t.core.context.db.deleteFrom('user').where('nip', '=', nip).execute();
  });

  it('refuses an empty selection with an Indonesian message', async () => {
    const e = expectFail(await t.call('users/bulkCreate', {}, admin), 'VALIDATION');
    expect(JSON.stringify(e)).toContain('Pilih pegawai, unit kerja, atau isi pencarian');
  });

  it('creates the account of one picked pegawai, name and NIP from the record', async () => {
    const db = t.core.context.db;
    const taken = new Set((await db.selectFrom('user').select('nip').execute()).map((u) => u.nip));
    const pegawai = (await db.selectFrom('pegawai').selectAll().orderBy('nip').execute()).find((p) => !taken.has(p.nip));
    if (!pegawai) throw new Error('everyone has an account');
    const r = unwrap(await t.call('users/bulkCreate', { pegawaiIds: [pegawai.id] }, admin));
    expect(r.created.map((c) => [c.nip, c.nama])).toEqual([[pegawai.nip, expect.stringContaining(pegawai.nama)]]);
    expect(r.skipped).toEqual([]);
    const again = unwrap(await t.call('users/bulkCreate', { pegawaiIds: [pegawai.id] }, admin));
    expect([again.created.length, again.skipped.map((s) => s.nip)]).toEqual([0, [pegawai.nip]]);
  });

  it('creates one account per pegawai without one, skipping (and naming) those with an account', async () => {
    const before = unwrap(await t.call('users/list', { limit: 500 }, admin));
    const preview = unwrap(await t.call('users/bulkPreview', { unitId: rootId, subUnits: true }, admin));
    expect(preview.matched).toBe(ALL);
    expect(preview.withAccount).toBe(before.total);
    expect(preview.toCreate).toBe(ALL - before.total);

    const outboxBefore = await t.core.context.db.selectFrom('outbox').select('id').where('command', '=', 'user/upsert').execute();
    const r = unwrap(await t.call('users/bulkCreate', { unitId: rootId, subUnits: true }, admin));
    expect(r.created).toHaveLength(preview.toCreate);
    expect(r.skipped).toHaveLength(preview.withAccount);
    expect(new Set(r.skipped.map((s) => s.nip))).toEqual(new Set(before.rows.map((u) => u.nip)));

    // Passwords: unique, 10 readable characters each.
    const passwords = r.created.map((c) => c.password);
    expect(new Set(passwords).size).toBe(passwords.length);
    for (const p of passwords) {
      expect(p).toHaveLength(10);
      for (const ch of p) expect(INITIAL_PASSWORD_ALPHABET).toContain(ch);
    }

    // Name and NIP from the pegawai record, linked, role pegawai, provisional key, must change.
    const db = t.core.context.db;
    for (const slip of r.created) {
      const row = await db.selectFrom('user').selectAll().where('id', '=', slip.userId).executeTakeFirstOrThrow();
      const pegawai = await db.selectFrom('pegawai').selectAll().where('id', '=', row.pegawaiId ?? '').executeTakeFirstOrThrow();
      expect(row.nip).toBe(pegawai.nip);
      expect(row.nama).toContain(pegawai.nama);
      expect(JSON.parse(row.roles)).toEqual(['pegawai']);
      expect(row.unitId).toBe(pegawai.unitId);
      expect(keysOf(row).signingKeys).toMatchObject([{ version: 1, provisional: true }]);
    }
    const listed = unwrap(await t.call('users/list', { limit: 500 }, admin));
    expect(listed.total).toBe(ALL);
    const created = new Set(r.created.map((c) => c.userId));
    const demoAccounts = new Set(before.rows.filter((u) => !u.mustChangePassword).map((u) => u.id));
    for (const u of listed.rows) expect(u.mustChangePassword).toBe(!demoAccounts.has(u.id));
    for (const id of created) expect(demoAccounts.has(id)).toBe(false);

    // Each is a signed user/upsert command, verifiable with the admin's public key.
    const commands = await db.selectFrom('outbox').selectAll().where('command', '=', 'user/upsert').where('id', 'not in', outboxBefore.map((o) => o.id).concat([''])).execute();
    expect(commands).toHaveLength(r.created.length);
    const me = unwrap(await t.call('auth/me', {}, admin)).user;
    const adminRow = await db.selectFrom('user').selectAll().where('id', '=', me.id).executeTakeFirstOrThrow();
    const pub = keysOf(adminRow).signingKeys[0]?.publicKey ?? '';
    for (const c of commands) {
      expect(c.actorUserId).toBe(me.id);
      const text = commandSigningText({ id: c.id, name: c.command, entityId: c.entityId, payload: JSON.parse(c.payload), actorUserId: c.actorUserId, createdAt: c.createdAt, keyVersion: c.keyVersion });
      const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: pub }, format: 'jwk' });
      expect(verify(null, Buffer.from(text), key, Buffer.from(c.signature ?? '', 'base64'))).toBe(true);
    }

    // The workbook: one row per slip, NIP as text with all 18 digits.
    const wb = new ExcelJS.Workbook();
    const b = Buffer.from(r.xlsx.base64, 'base64');
    const bytes = new ArrayBuffer(b.length);
    new Uint8Array(bytes).set(b);
    await wb.xlsx.load(bytes);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.rowCount).toBe(r.created.length + 1);
    const first = r.created[0];
    if (!first) throw new Error('nothing created');
    expect(ws.getRow(2).getCell(2).value).toBe(first.nip);
    expect(ws.getRow(2).getCell(5).value).toBe(first.password);

    // A second run finds everyone with an account.
    const again = unwrap(await t.call('users/bulkCreate', { unitId: rootId, subUnits: true }, admin));
    expect(again.created).toHaveLength(0);
    expect(again.skipped).toHaveLength(ALL);
  });

  it('makes the owner change the handed-out password before anything else, then lets them work', async () => {
    const list = unwrap(await t.call('users/list', { limit: 500 }, admin)).rows;
    const target = list.find((u) => u.mustChangePassword);
    if (!target) throw new Error('no new account');
    // The slip's password is gone after the run: reset it (the admin's reset starts over the same way).
    const reset = 'awal-dari-admin-9';
    unwrap(await t.call('users/save', { id: target.id, nip: target.nip, nama: target.nama, roles: target.roles, unitId: target.unitId, aktif: true, password: reset }, admin));
    const s = unwrap(await t.call('auth/signIn', { nip: target.nip, password: reset }, null));
    expect(s.signingKey).toBe('provisional');
    const refused = expectFail(await t.call('skp/list', { tahun: 2026, offset: 0, limit: 10 }, s.token), 'PASSWORD_CHANGE_REQUIRED');
    expect(refused.message).toMatch(/kata sandi/);
    unwrap(await t.call('auth/me', {}, s.token));
    unwrap(await t.call('auth/changePassword', { oldPassword: reset, newPassword: 'pilihan-sendiri-1' }, s.token));
    unwrap(await t.call('skp/list', { tahun: 2026, offset: 0, limit: 10 }, s.token));
    expect(unwrap(await t.call('auth/me', {}, s.token)).signingKey).toBe('ok');
    const after = unwrap(await t.call('users/list', { query: target.nip, limit: 5 }, admin)).rows;
    expect(after.map((u) => [u.id, u.mustChangePassword])).toEqual([[target.id, false]]);

    // An admin's reset starts over: provisional key, forced change.
    unwrap(await t.call('users/save', { id: target.id, nip: target.nip, nama: target.nama, roles: target.roles, unitId: target.unitId, aktif: true, password: 'reset-lagi-123' }, admin));
    const again = unwrap(await t.call('auth/signIn', { nip: target.nip, password: 'reset-lagi-123' }, null));
    expect(again.signingKey).toBe('provisional');
    expectFail(await t.call('pegawai/search', { query: '', offset: 0, limit: 5 }, again.token), 'PASSWORD_CHANGE_REQUIRED');
  });

  it('gives an account made before signing a provisional key at sign-in, and its own change the real one', async () => {
    const list = unwrap(await t.call('users/list', { limit: 500 }, admin)).rows;
    const target = list.find((u) => !u.roles.includes('admin') && !u.mustChangePassword);
    if (!target) throw new Error('no account');
    const db = t.core.context.db;
    await db.updateTable('user').set({ signingKeys: '[]', wrappedKey: null }).where('id', '=', target.id).execute();
    const s = unwrap(await t.call('auth/signIn', { nip: target.nip, password: demoPassword }, null));
    expect(s.signingKey).toBe('provisional');
    expectFail(await t.call('org/units', {}, s.token), 'PASSWORD_CHANGE_REQUIRED');
    unwrap(await t.call('auth/changePassword', { oldPassword: demoPassword, newPassword: 'kunci-baru-saya-1' }, s.token));
    const row = await db.selectFrom('user').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow();
    expect(keysOf(row).signingKeys).toMatchObject([{ version: 1, provisional: true }, { version: 2, provisional: false }]);
    // The change is signed with the provisional key it carries (what the server accepts from a keyless owner).
    const cmd = await db.selectFrom('outbox').selectAll().where('command', '=', 'user/changePassword').where('entityId', '=', target.id).executeTakeFirstOrThrow();
    expect(cmd.keyVersion).toBe(1);
    unwrap(await t.call('org/units', {}, s.token));
  });

  it('searches the Pengguna list by every word in any order, by unit, with paging and the total', async () => {
    const all = unwrap(await t.call('users/list', { limit: 500 }, admin));
    const someone = all.rows.find((u) => u.nama.split(' ').length >= 2 && u.jabatanNama);
    if (!someone) throw new Error('no two-word name');
    const words = someone.nama.toLowerCase().split(' ');
    const reversed = unwrap(await t.call('users/list', { query: [...words].reverse().join(' '), limit: 50 }, admin));
    expect(reversed.rows.map((u) => u.id)).toContain(someone.id);
    for (const u of reversed.rows) for (const w of words) expect(u.nama.toLowerCase()).toContain(w);
    const byNip = unwrap(await t.call('users/list', { query: someone.nip.slice(0, 8), limit: 50 }, admin));
    expect(byNip.rows.map((u) => u.id)).toContain(someone.id);
    const unit = unwrap(await t.call('users/list', { unitId: someone.unitId, limit: 500 }, admin));
    expect(unit.rows.every((u) => u.unitId === someone.unitId || u.unitNama !== '')).toBe(true);
    expect(unit.rows.map((u) => u.id)).toContain(someone.id);
    const page1 = unwrap(await t.call('users/list', { offset: 0, limit: 7 }, admin));
    const page2 = unwrap(await t.call('users/list', { offset: 7, limit: 7 }, admin));
    expect(page1.total).toBe(all.total);
    expect(page1.rows).toHaveLength(7);
    expect(page2.rows.map((u) => u.id).some((id) => page1.rows.some((r) => r.id === id))).toBe(false);
  });
});
