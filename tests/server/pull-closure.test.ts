import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { PulledChange, SyncRow } from '../../shared/sync-protocol.js';
import { command, type Device } from './client.js';
import { nextNip, PASSWORD, pegawaiRow } from './fixtures.js';
import { withKey } from './keys.js';
import { backends } from './harness.js';
import { usePushWorld } from './push-setup.js';
import { rhkRow, seedSkpAccounts, skpRow, stepped } from './skp-fixtures.js';
import { insertUser } from '../../server/db/repos/user-repo.js';
import { markTreesChanged } from '../../server/db/repos/head-repo.js';

const key = (c: PulledChange): string => `${c.entity}:${c.id}`;

/**
 * Scope closure (issue 8): whatever a device receives, it also receives every row that row refers
 * to, read-only; accounts outside its scope as stubs; the penilai's accounts in full.
 */
describe.each(backends())('pull scope closure on $name', (backend) => {
  const w = usePushWorld(backend);
  const all = async (d: Device, cursor = '0') => {
    const { pages, cursor: end } = await w.api.pullAll(d, cursor, 1000);
    return { got: new Map(pages.flatMap((p) => p.changes).map((c) => [key(c), c])), cursor: end };
  };
  const asAdmin = async (name: Parameters<typeof command>[0], row: { id: string; [f: string]: unknown }, base: number | null) => {
    const [o] = await w.api.push(w.devRoot, [command(name, row, base, w.org.users.admin.id)]);
    expect(o?.status).toBe('accepted');
  };

  it('sends the sibling unit jabatan a pegawai of the subtree holds, with its unit, read-only', async () => {
    const { units, jabatan } = w.org;
    // A pegawai of A1 holding a jabatan of sibling unit B (a transfer the roster has not caught up with).
    const p = pegawaiRow(units.a1.id, jabatan.kabidB.id);
    await asAdmin('pegawai/upsert', p, null);
    const { got } = await all(w.devA);
    expect(got.get(`pegawai:${p.id}`)).toMatchObject({ readOnly: false, row: p });
    expect(got.get(`jabatan:${jabatan.kabidB.id}`)).toMatchObject({ readOnly: true, closure: true, row: jabatan.kabidB });
    expect(got.get(`unit_kerja:${units.b.id}`)).toMatchObject({ readOnly: true, closure: true, row: units.b });
    // The holder of that jabatan is not named by anything in scope: it stays away.
    expect(got.has(`pegawai:${w.org.pegawai.kabidB.id}`)).toBe(false);
  });

  it('brings a referred row older than the cursor with the change that names it (a transfer)', async () => {
    const { cursor } = await all(w.devA);
    const moved = { ...w.org.pegawai.stafA1, jabatanId: w.org.jabatan.kabidB.id };
    await asAdmin('pegawai/upsert', moved, 1);
    const { got } = await all(w.devA, cursor);
    expect(got.get(`pegawai:${moved.id}`)).toMatchObject({ readOnly: false, row: moved });
    expect(got.get(`jabatan:${w.org.jabatan.kabidB.id}`)).toMatchObject({ readOnly: true, closure: true, row: w.org.jabatan.kabidB });
    expect(got.get(`unit_kerja:${w.org.units.b.id}`)).toMatchObject({ readOnly: true, closure: true });
  });

  it('sends a pegawai of another roster that an account in scope is linked to, and a transferred pegawai with its old jabatan', async () => {
    const { units, pegawai, users } = w.org;
    const linked: SyncRow<'user'> = { ...users.pegawaiOnlyA, pegawaiId: pegawai.kabidB.id };
    await asAdmin('user/upsert', linked, 1);
    // Transferred into A with the old unit's (B's) jabatan.
    const transferred = pegawaiRow(units.b.id, w.org.jabatan.kabidB.id);
    await asAdmin('pegawai/upsert', transferred, null);
    await asAdmin('pegawai/upsert', { ...transferred, unitId: units.a.id }, 1);
    const { got } = await all(w.devA);
    expect(got.get(`user:${linked.id}`)).toMatchObject({ readOnly: false, row: linked });
    expect(got.get(`pegawai:${pegawai.kabidB.id}`)).toMatchObject({ readOnly: true, closure: true, row: pegawai.kabidB });
    expect(got.get(`pegawai:${transferred.id}`)).toMatchObject({ readOnly: false, row: { ...transferred, unitId: units.a.id } });
    expect(got.get(`jabatan:${w.org.jabatan.kabidB.id}`)).toMatchObject({ readOnly: true, closure: true });
    expect(got.get(`unit_kerja:${units.b.id}`)).toMatchObject({ readOnly: true, closure: true });
  });

  it('never sends an account nothing in scope names, and sends the account of the atasan penilai in full', async () => {
    const { units, pegawai, users } = w.org;
    // An account of unit B linked to a pegawai of A: named by nothing in A's scope, never sent.
    const bAccount: SyncRow<'user'> = { id: v7(), nip: nextNip(), nama: 'Akun B', roles: ['pegawai'], unitId: units.b.id, pegawaiId: null, aktif: true, passwordHash: users.operatorB.passwordHash, signingKeys: [], wrappedKey: null };
    await asAdmin('user/upsert', bAccount, null);
    // The kadis holder's account at the root: atasan penilai of stafA1 (penilai kabidA, whose atasan is kadis).
    const kadisAccount: SyncRow<'user'> = { id: v7(), nip: nextNip(), nama: 'Akun Kadis', roles: ['pegawai'], unitId: units.root.id, pegawaiId: pegawai.kadis.id, aktif: true, passwordHash: users.admin.passwordHash, signingKeys: [], wrappedKey: null };
    await asAdmin('user/upsert', kadisAccount, null);
    const { got } = await all(w.devA);
    expect(got.has(`user:${bAccount.id}`)).toBe(false);
    expect(got.get(`user:${kadisAccount.id}`)).toMatchObject({ readOnly: true, row: kadisAccount });
    expect(got.get(`user:${kadisAccount.id}`)?.closure).toBeUndefined();

    // Device B: the kadis is also the penilai of kabidB's holder, so B holds that account in full.
    const fromB = await all(w.devB);
    expect(fromB.got.get(`user:${kadisAccount.id}`)?.row).toMatchObject({ passwordHash: expect.stringMatching(/^\$argon2id\$/) });
  });

  it('sends the account named in an SKP history as a stub (no hash) and the penilai who approved in full', async () => {
    const { org } = w;
    const acc = await seedSkpAccounts(w.db, org);
    // stafA1's own account lives at the root unit: outside the scope of a device at A1.
    const own: SyncRow<'user'> = await withKey({ id: v7(), nip: nextNip(), nama: 'Akun Staf di Induk', roles: ['pegawai'], unitId: org.units.root.id, pegawaiId: org.pegawai.stafA1.id, aktif: true, passwordHash: acc.stafA1.passwordHash }, PASSWORD);
    await w.db.transaction().execute(async (trx) => {
      const { seq } = await insertUser(trx, org.instansi.id, own, { now: new Date(), deviceId: null });
      await markTreesChanged(trx, org.instansi.id, seq, { org: true });
    });
    const atasanSkp = skpRow(org.pegawai.kabidA);
    const atasanRhk = rhkRow(atasanSkp.id, { intervensiPerjanjianKinerja: 'Meningkatnya mutu layanan' });
    const skp = skpRow(org.pegawai.stafA1);
    const rhk = rhkRow(skp.id, { intervensiRhkId: atasanRhk.id, jenisIntervensi: 'langsung' });
    const push = async (d: Device, name: Parameters<typeof command>[0], row: { id: string; [f: string]: unknown }, base: number | null, actor: string) => {
      const [o] = await w.api.push(d, [command(name, row, base, actor)]);
      expect(o?.status === 'rejected' ? o.message : o?.status).toBe('accepted');
    };
    await push(w.devA, 'skp/upsert', atasanSkp, null, org.users.operatorA.id);
    await push(w.devA, 'rhk/upsert', atasanRhk, null, acc.kabidA.id);
    await push(w.devA, 'skp/upsert', skp, null, own.id);
    await push(w.devA, 'rhk/upsert', rhk, null, own.id);
    const diajukan = stepped(skp, { type: 'ajukan' }, own.id, org.pegawai.stafA1.id, [rhk], [org.pegawai.kabidA.id]);
    await push(w.devA, 'skp/upsert', diajukan, 1, own.id);
    const penilai = { penilaiPegawaiId: org.pegawai.kabidA.id, penilaiJabatanId: org.jabatan.kabidA.id, atasanPenilaiPegawaiId: null, atasanPenilaiJabatanId: null };
    const approved = stepped(diajukan, { type: 'setujui', penilai }, acc.kabidA.id, org.pegawai.kabidA.id, [rhk], [org.pegawai.kabidA.id]);
    await push(w.devA, 'skp/upsert', approved, 2, acc.kabidA.id);

    const devA1 = await w.api.device(acc.operatorA1.nip);
    const { got } = await all(devA1);
    expect(got.get(`skp:${skp.id}`)).toMatchObject({ readOnly: false, row: approved });
    expect(got.get(`user:${own.id}`)).toMatchObject({ readOnly: true, closure: true, row: { ...own, passwordHash: null, wrappedKey: null } });
    // The penilai's account (unit A) is held in full: the penilai may sign in here.
    expect(got.get(`user:${acc.kabidA.id}`)?.row).toMatchObject({ id: acc.kabidA.id, passwordHash: expect.stringMatching(/^\$argon2id\$/) });
    for (const c of got.values()) {
      if (c.entity === 'user' && c.closure) expect(c.row).toMatchObject({ passwordHash: null, wrappedKey: null });
    }
  });
});
