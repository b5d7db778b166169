import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { PulledChange, SyncRow } from '../../shared/sync-protocol.js';
import { command, type Device } from './client.js';
import { nextNip, pegawaiRow } from './fixtures.js';
import { backends } from './harness.js';
import { usePushWorld } from './push-setup.js';

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

  it('sends accounts outside the scope as stubs without a hash, and the atasan penilai account in full', async () => {
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

    // Device B: the kadis is also its penilai's atasan (kabidB → kadis), so B holds that account
    // in full; an account named only by an SKP history would come as a stub (see the desk test).
    const fromB = await all(w.devB);
    expect(fromB.got.get(`user:${kadisAccount.id}`)?.row).toMatchObject({ passwordHash: expect.stringMatching(/^\$argon2id\$/) });
    for (const c of fromB.got.values()) {
      if (c.entity === 'user' && c.closure) expect(c.row).toMatchObject({ passwordHash: null });
    }
  });
});
