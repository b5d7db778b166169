import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { SyncRow } from '../../shared/sync-protocol.js';
import { hashPassword } from '../../server/auth/password.js';
import { command } from './client.js';
import { nextNip, passwordHash, pegawaiRow } from './fixtures.js';
import { backends } from './harness.js';
import { signed, signerOf, withKey, withNextKey } from './keys.js';
import { addKey, deriveWrappingKey } from '../../electron/core/auth/signing-keys.js';
import { usePushWorld } from './push-setup.js';
import { seedSkpAccounts, skpRow, rhkRow, stepped } from './skp-fixtures.js';

/** Signed changes (issue 8): the server verifies each command's author before any permission check. */
describe.each(backends())('signed commands on $name', (backend) => {
  const w = usePushWorld(backend);

  async function userIds(): Promise<string[]> {
    const rows = await w.db.selectFrom('user').select('id').where('instansiId', '=', w.org.instansi.id).execute();
    return rows.map((r) => r.id).sort();
  }

  it("refuses a Bidang operator's device pushing user/upsert as the top admin (the forged actor)", async () => {
    const before = await userIds();
    const newAdmin = await withKey({ id: v7(), nip: nextNip(), nama: 'Admin Palsu', roles: ['admin', 'operator'], unitId: w.org.units.a.id, pegawaiId: null, aktif: true, passwordHash: await passwordHash() }, 'apa-saja', true);
    const admin = w.org.users.admin.id;
    const operatorA = w.org.users.operatorA.id;
    const at = '2025-01-06T08:00:00.000+07:00';
    const forged = { id: v7(), name: 'user/upsert' as const, entityId: newAdmin.id, payload: newAdmin, baseVersion: null, actorUserId: admin, createdAt: at };
    const outcomes = await w.api.push(w.devA, [
      // What the device secret alone can send: the admin's id, no signature …
      signed(forged, null),
      // … or a signature by the device's own operator (their key may be on that desk) over the admin's id.
      signed({ ...forged, id: v7() }, signerOf(operatorA)),
      // Its own id, honestly signed: an ordinary permission refusal, as before.
      command('user/upsert', newAdmin, null, operatorA),
    ]);
    expect(outcomes.map((o) => (o.status === 'rejected' ? o.code : o.status))).toEqual(['BAD_SIGNATURE', 'BAD_SIGNATURE', 'FORBIDDEN']);
    expect(outcomes[0]).toMatchObject({ message: expect.stringContaining('Tanda tangan perubahan ini tidak sah') });
    expect(await userIds()).toEqual(before);
    // The admin's real signature on the same command is accepted, so it was the signature that decided.
    const [real] = await w.api.push(w.devRoot, [command('user/upsert', newAdmin, null, admin)]);
    expect(real).toMatchObject({ status: 'accepted', version: 1 });
  });

  it('refuses a signature replayed on another payload, an unknown key version and a changed field', async () => {
    const op = w.org.users.operatorA.id;
    const p = pegawaiRow(w.org.units.a.id, null);
    const original = command('pegawai/upsert', p, null, op);
    const replayed = { ...original, id: v7(), entityId: v7(), payload: { ...p, id: '' } };
    replayed.payload.id = replayed.entityId;
    const outcomes = await w.api.push(w.devA, [
      replayed,
      { ...original, id: v7() },
      { ...command('pegawai/upsert', pegawaiRow(w.org.units.a.id, null), null, op), keyVersion: 7 },
      { ...command('pegawai/upsert', { ...p, id: v7(), nip: nextNip() }, null, op), createdAt: '2025-01-07T08:00:00.000+07:00' },
      original,
    ]);
    expect(outcomes.map((o) => (o.status === 'rejected' ? o.code : o.status))).toEqual(['BAD_SIGNATURE', 'BAD_SIGNATURE', 'BAD_SIGNATURE', 'BAD_SIGNATURE', 'accepted']);
    const stored = await w.db.selectFrom('pegawai').select('id').where('instansiId', '=', w.org.instansi.id).where('id', '=', replayed.entityId).execute();
    expect(stored).toEqual([]);
  });

  it("lets only the owner change their password; older keys stay verifiable; an admin's reset key is provisional", async () => {
    const owner = w.org.users.pegawaiOnlyA;
    const oldSigner = signerOf(owner.id);
    const madeBefore = command('user/upsert', { ...owner, nama: 'Tidak boleh' }, 1, owner.id);
    const changed: SyncRow<'user'> = await withNextKey({ ...owner, passwordHash: await hashPassword('kata-sandi-baru') }, 'kata-sandi-baru', false);
    const asAdmin = await w.api.push(w.devRoot, [command('user/changePassword', changed, 1, w.org.users.admin.id)]);
    expect(asAdmin[0]).toMatchObject({ status: 'rejected', code: 'NOT_OWNER' });
    const [mine] = await w.api.push(w.devA, [signed({ id: v7(), name: 'user/changePassword', entityId: owner.id, payload: changed, baseVersion: 1, actorUserId: owner.id, createdAt: '2025-01-06T09:00:00.000+07:00' }, oldSigner)]);
    expect(mine).toMatchObject({ status: 'accepted', version: 2 });
    // A command signed with key 1 before the change still verifies (and is refused on its merits).
    const [late] = await w.api.push(w.devA, [madeBefore]);
    expect(late).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    // An admin cannot slip in a non-provisional key, nor change keys without a new password.
    const admin = w.org.users.admin.id;
    const fake = await withNextKey({ ...changed, passwordHash: await hashPassword('dari-admin') }, 'dari-admin', false);
    const keysOnly = await withNextKey(changed, 'kata-sandi-baru', true);
    const refused = await w.api.push(w.devRoot, [command('user/upsert', fake, 2, admin), command('user/upsert', keysOnly, 2, admin)]);
    expect(refused.map((o) => (o.status === 'rejected' ? o.code : o.status))).toEqual(['VALIDATION', 'VALIDATION']);
    const reset = await withNextKey({ ...changed, passwordHash: await hashPassword('dari-admin') }, 'dari-admin', true);
    const [ok] = await w.api.push(w.devRoot, [command('user/upsert', reset, 2, admin)]);
    expect(ok).toMatchObject({ status: 'accepted', version: 3 });
    const row = await w.db.selectFrom('user').select(['signingKeys']).where('id', '=', owner.id).executeTakeFirstOrThrow();
    expect(row.signingKeys).toMatchObject([{ version: 1, provisional: false }, { version: 2, provisional: false }, { version: 3, provisional: true }]);
  });

  it('refuses an SKP approval signed with a provisional key until the penilai changed their own password', async () => {
    const acc = await seedSkpAccounts(w.db, w.org);
    const admin = w.org.users.admin.id;
    const atasanSkp = skpRow(w.org.pegawai.kabidA);
    const atasanRhk = rhkRow(atasanSkp.id);
    const skp = skpRow(w.org.pegawai.stafA1);
    const rhk = rhkRow(skp.id, { intervensiRhkId: atasanRhk.id, jenisIntervensi: 'langsung' });
    const penilaiIds = [w.org.pegawai.kabidA.id];
    const diajukan = stepped(skp, { type: 'ajukan' }, acc.stafA1.id, w.org.pegawai.stafA1.id, [rhk], penilaiIds);
    const setup = await w.api.push(w.devA, [
      command('skp/upsert', atasanSkp, null, w.org.users.operatorA.id),
      command('rhk/upsert', atasanRhk, null, acc.kabidA.id),
      command('skp/upsert', skp, null, acc.stafA1.id),
      command('rhk/upsert', rhk, null, acc.stafA1.id),
      command('skp/upsert', diajukan, 1, acc.stafA1.id),
    ]);
    expect(setup.map((o) => o.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'accepted']);
    // Then the admin resets the penilai's password: key 2, provisional.
    const reset = await withNextKey({ ...acc.kabidA, passwordHash: await hashPassword('dari-admin') }, 'dari-admin', true);
    expect((await w.api.push(w.devRoot, [command('user/upsert', reset, 1, admin)]))[0]).toMatchObject({ status: 'accepted' });
    const penilai = { penilaiPegawaiId: w.org.pegawai.kabidA.id, penilaiJabatanId: w.org.jabatan.kabidA.id, atasanPenilaiPegawaiId: null, atasanPenilaiJabatanId: null };
    const approved = stepped(diajukan, { type: 'setujui', penilai }, acc.kabidA.id, w.org.pegawai.kabidA.id, [rhk], penilaiIds);
    const [early] = await w.api.push(w.devA, [command('skp/upsert', approved, 2, acc.kabidA.id)]);
    expect(early).toMatchObject({ status: 'rejected', code: 'PROVISIONAL_KEY', message: expect.stringContaining('Ubah kata sandi Anda dahulu') });

    const provisional = signerOf(acc.kabidA.id);
    const own = await withNextKey({ ...reset, passwordHash: await hashPassword('pilihan-sendiri') }, 'pilihan-sendiri', false);
    const [changed] = await w.api.push(w.devA, [signed({ id: v7(), name: 'user/changePassword', entityId: own.id, payload: own, baseVersion: 2, actorUserId: own.id, createdAt: '2025-02-03T10:00:00.000+07:00' }, provisional)]);
    expect(changed).toMatchObject({ status: 'accepted', version: 3 });
    // A step may name only the signed command that records it, with the key that signed it.
    const stamp = (commandId: string, keyVersion: number) => ({ ...approved, riwayat: approved.riwayat.map((e, i) => (i === approved.riwayat.length - 1 ? { ...e, commandId, keyVersion } : e)) });
    const id = v7();
    const [otherCommand, otherKey] = await w.api.push(w.devA, [
      { ...command('skp/upsert', stamp(v7(), 3), 2, acc.kabidA.id) },
      signed({ id, name: 'skp/upsert', entityId: skp.id, payload: stamp(id, 2), baseVersion: 2, actorUserId: acc.kabidA.id, createdAt: '2025-02-03T11:00:00.000+07:00' }),
    ]);
    expect([otherCommand, otherKey].map((o) => (o?.status === 'rejected' ? o.code : o?.status))).toEqual(['BAD_SIGNATURE', 'BAD_SIGNATURE']);
    // (A command id is answered once: the right step comes with a fresh one.)
    const good = v7();
    const [later] = await w.api.push(w.devA, [signed({ id: good, name: 'skp/upsert', entityId: skp.id, payload: stamp(good, 3), baseVersion: 2, actorUserId: acc.kabidA.id, createdAt: '2025-02-03T11:00:00.000+07:00' })]);
    expect(later).toMatchObject({ status: 'accepted', version: 3 });
    const stored = await w.db.selectFrom('skp').select('riwayat').where('id', '=', skp.id).executeTakeFirstOrThrow();
    expect(stored.riwayat).toMatchObject([{ action: 'ajukan' }, { action: 'setujui', commandId: good, keyVersion: 3, actorUserId: acc.kabidA.id }]);
  });

  it("refuses every command signed with a provisional key except the owner's own password change", async () => {
    const admin = w.org.users.admin.id;
    const op = w.org.users.operatorA;
    const reset = await withNextKey({ ...op, passwordHash: await hashPassword('dari-admin') }, 'dari-admin', true);
    expect((await w.api.push(w.devRoot, [command('user/upsert', reset, 1, admin)]))[0]).toMatchObject({ status: 'accepted', version: 2 });
    const p = pegawaiRow(w.org.units.a.id, null);
    const other = w.org.users.pegawaiOnlyA;
    const forOther = await withNextKey({ ...other, passwordHash: await hashPassword('bukan-milik') }, 'bukan-milik-saya', false);
    const provisional = signerOf(op.id);
    const early = await w.api.push(w.devA, [
      command('pegawai/upsert', p, null, op.id),
      // The provisional key cannot change someone else's password either.
      signed({ id: v7(), name: 'user/changePassword', entityId: other.id, payload: forOther, baseVersion: 1, actorUserId: op.id, createdAt: '2025-01-06T09:00:00.000+07:00' }, provisional),
    ]);
    expect(early.map((o) => (o.status === 'rejected' ? o.code : o.status))).toEqual(['PROVISIONAL_KEY', 'NOT_OWNER']);
    // Nothing was written.
    expect(await w.db.selectFrom('pegawai').select('id').where('id', '=', p.id).execute()).toEqual([]);
    const own = await withNextKey({ ...reset, passwordHash: await hashPassword('pilihan-operator') }, 'pilihan-operator', false);
    const [changed] = await w.api.push(w.devA, [signed({ id: v7(), name: 'user/changePassword', entityId: op.id, payload: own, baseVersion: 2, actorUserId: op.id, createdAt: '2025-01-06T09:05:00.000+07:00' }, provisional)]);
    expect(changed).toMatchObject({ status: 'accepted', version: 3 });
    // The same edit, now signed with the key of the owner's own password, is accepted.
    const [later] = await w.api.push(w.devA, [command('pegawai/upsert', p, null, op.id)]);
    expect(later).toMatchObject({ status: 'accepted', version: 1 });
  });

  it("accepts a keyless account's own password change that brings its first key, and nothing else from it", async () => {
    const admin = w.org.users.admin.id;
    // An account as made before signing existed: no key, no wrapped key.
    const keyless: SyncRow<'user'> = { id: v7(), nip: nextNip(), nama: 'Akun Lama', roles: ['operator'], unitId: w.org.units.a.id, pegawaiId: null, aktif: true, passwordHash: await hashPassword('sandi-lama-1'), signingKeys: [], wrappedKey: null };
    expect((await w.api.push(w.devRoot, [command('user/upsert', keyless, null, admin)]))[0]).toMatchObject({ status: 'accepted', version: 1 });
    // On a desk, sign-in with the right password made a provisional first key; the forced change adds the owner's own.
    const first = addKey(await deriveWrappingKey('sandi-lama-1'), keyless.id, [], true);
    const second = addKey(await deriveWrappingKey('sandi-baru-sendiri'), keyless.id, first.signingKeys, false);
    const row: SyncRow<'user'> = { ...keyless, passwordHash: await hashPassword('sandi-baru-sendiri'), signingKeys: second.signingKeys, wrappedKey: second.wrappedKey };
    const change = { name: 'user/changePassword' as const, entityId: keyless.id, payload: row, baseVersion: 1, actorUserId: keyless.id, createdAt: '2025-01-06T10:00:00.000+07:00' };
    const p = pegawaiRow(w.org.units.a.id, null);
    // A non-provisional first key, another account's change, an ordinary edit: none can speak for a keyless account.
    const selfMadeOk = addKey(await deriveWrappingKey('apa-saja'), keyless.id, [], false);
    const fakeRow = { ...row, signingKeys: [selfMadeOk.signingKeys[0], { ...second.signingKeys[1], version: 2 }] };
    const refused = await w.api.push(w.devA, [
      signed({ ...change, id: v7(), payload: fakeRow }, selfMadeOk.signer),
      signed({ id: v7(), name: 'pegawai/upsert', entityId: p.id, payload: p, baseVersion: null, actorUserId: keyless.id, createdAt: change.createdAt }, first.signer),
      signed({ ...change, id: v7(), actorUserId: admin }, first.signer),
    ]);
    expect(refused.map((o) => (o.status === 'rejected' ? o.code : o.status))).toEqual(['BAD_SIGNATURE', 'BAD_SIGNATURE', 'BAD_SIGNATURE']);
    const [accepted] = await w.api.push(w.devA, [signed({ ...change, id: v7() }, first.signer)]);
    expect(accepted).toMatchObject({ status: 'accepted', version: 2 });
    const stored = await w.db.selectFrom('user').select(['signingKeys']).where('id', '=', keyless.id).executeTakeFirstOrThrow();
    expect(stored.signingKeys).toMatchObject([{ version: 1, provisional: true }, { version: 2, provisional: false }]);
    // From now on its own key signs, and the provisional first key signs nothing more.
    const [edit, withFirst] = await w.api.push(w.devA, [
      signed({ id: v7(), name: 'pegawai/upsert', entityId: p.id, payload: p, baseVersion: null, actorUserId: keyless.id, createdAt: '2025-01-06T10:05:00.000+07:00' }, second.signer),
      signed({ id: v7(), name: 'pegawai/upsert', entityId: p.id, payload: p, baseVersion: 1, actorUserId: keyless.id, createdAt: '2025-01-06T10:06:00.000+07:00' }, first.signer),
    ]);
    expect(edit).toMatchObject({ status: 'accepted', version: 1 });
    expect(withFirst).toMatchObject({ status: 'rejected', code: 'PROVISIONAL_KEY' });
  });
});

describe('the benchmark-only switch that skips signature checks', () => {
  it('is never set by the server process, its config or its CLI', () => {
    const dir = new URL('../../server/', import.meta.url);
    // The entry points (app.ts defines it, context.ts documents the field it sets).
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'app.ts' && f !== 'context.ts');
    expect(files).toEqual(expect.arrayContaining(['main.ts', 'config.ts', 'cli.ts']));
    for (const f of files) expect(readFileSync(new URL(f, dir), 'utf8'), f).not.toContain('unsafeSkipSignatureCheck');
  });
});
