import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { PulledChange } from '../../shared/sync-protocol.js';
import { command, type Device } from './client.js';
import { backends } from './harness.js';
import { usePushWorld } from './push-setup.js';

const key = (c: PulledChange): string => `${c.entity}:${c.id}`;

describe.each(backends())('pull on $name', (backend) => {
  const w = usePushWorld(backend);
  const all = async (d: Device, cursor = '0', limit = 1000) => {
    const { pages, cursor: end } = await w.api.pullAll(d, cursor, limit);
    return { changes: pages.flatMap((p) => p.changes), pages, cursor: end };
  };

  it('gives unit A its subtree writable, the chain above read-only, and nothing of the sibling unit', async () => {
    const { changes } = await all(w.devA);
    const { org } = w;
    const flags = new Map(changes.map((c) => [key(c), c.readOnly]));
    expect(Object.fromEntries(flags)).toEqual({
      [`instansi:${org.instansi.id}`]: true,
      [`unit_kerja:${org.units.root.id}`]: true,
      [`unit_kerja:${org.units.a.id}`]: false,
      [`unit_kerja:${org.units.a1.id}`]: false,
      [`jabatan:${org.jabatan.kadis.id}`]: true,
      [`jabatan:${org.jabatan.kabidA.id}`]: false,
      [`jabatan:${org.jabatan.stafA1.id}`]: false,
      [`pegawai:${org.pegawai.kadis.id}`]: true,
      [`pegawai:${org.pegawai.kabidA.id}`]: false,
      [`pegawai:${org.pegawai.stafA1.id}`]: false,
      [`user:${org.users.operatorA.id}`]: false,
      [`user:${org.users.pegawaiOnlyA.id}`]: false,
    });
    const row = changes.find((c) => c.id === org.pegawai.stafA1.id);
    expect(row).toMatchObject({ entity: 'pegawai', version: 1, row: org.pegawai.stafA1 });
    expect(changes.find((c) => c.id === org.users.operatorA.id)?.row).toMatchObject({ passwordHash: expect.stringMatching(/^\$argon2id\$/) });
  });

  it('reassembles the same snapshot exactly once from small pages, in seq order', async () => {
    const whole = await all(w.devRoot);
    const paged = await all(w.devRoot, '0', 2);
    expect(paged.pages.length).toBeGreaterThan(5);
    expect(paged.pages.slice(0, -1).every((p) => p.hasMore && p.changes.length === 2)).toBe(true);
    expect(paged.changes).toEqual(whole.changes);
    expect(new Set(paged.changes.map(key)).size).toBe(paged.changes.length);
    const seqs = paged.changes.map((c) => BigInt(c.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(paged.cursor).toBe(whole.cursor);
    expect(whole.changes.find((c) => c.entity === 'instansi')?.readOnly).toBe(false);
  });

  it('returns only newer rows after a cursor, and nothing at the head', async () => {
    const { cursor } = await all(w.devA);
    const empty = await w.api.pull(w.devA, cursor);
    expect(empty).toEqual({ changes: [], cursor, hasMore: false });
    const inA = { ...w.org.pegawai.kabidA, nama: 'Nama Baru A' };
    await w.api.push(w.devA, [command('pegawai/upsert', inA, 1, w.org.users.operatorA.id)]);
    await w.api.push(w.devB, [command('pegawai/upsert', { ...w.org.pegawai.kabidB, nama: 'Nama Baru B' }, 1, w.org.users.operatorB.id)]);
    const next = await all(w.devA, cursor);
    expect(next.changes).toEqual([expect.objectContaining({ entity: 'pegawai', id: inA.id, version: 2, row: inA, readOnly: false })]);
    expect(BigInt(next.cursor)).toBeGreaterThan(BigInt(cursor));
    expect(await w.api.pull(w.devA, next.cursor)).toEqual({ changes: [], cursor: next.cursor, hasMore: false });
  });

  it('sends the atasan chain when a jabatan gets an atasan outside the subtree, older than the cursor', async () => {
    const { cursor } = await all(w.devA);
    const { kabidB, kadis } = w.org.jabatan;
    const jab = { id: v7(), unitId: w.org.units.a1.id, kode: `${w.org.instansi.kode}-X`, nama: 'Lintas Bidang', jenis: 'pelaksana' as const, atasanJabatanId: kabidB.id, kelas: 7 };
    const [o] = await w.api.push(w.devA, [command('jabatan/upsert', jab, null, w.org.users.operatorA.id)]);
    expect(o?.status).toBe('accepted');
    const next = await all(w.devA, cursor);
    const got = new Map(next.changes.map((c) => [key(c), c]));
    expect(got.get(`jabatan:${jab.id}`)?.readOnly).toBe(false);
    expect(got.get(`jabatan:${kabidB.id}`)).toMatchObject({ readOnly: true, version: 1, row: kabidB });
    expect(got.get(`jabatan:${kadis.id}`)?.readOnly).toBe(true);
    expect(got.get(`pegawai:${w.org.pegawai.kabidB.id}`)).toMatchObject({ readOnly: true, row: w.org.pegawai.kabidB });
    // Scope closure: the chain's jabatan names unit B, so unit B travels too (read-only, a closure row).
    expect(got.get(`unit_kerja:${w.org.units.b.id}`)).toMatchObject({ readOnly: true, closure: true, row: w.org.units.b });
  });

  it('tells a device to drop the old atasan chain when a jabatan of its subtree changes atasan', async () => {
    const { units, instansi, users } = w.org;
    const atasan = { id: v7(), unitId: units.b.id, kode: `${instansi.kode}-ATB`, nama: 'Atasan Sementara', jenis: 'administrator' as const, atasanJabatanId: null, kelas: 11 };
    const jab = { id: v7(), unitId: units.a1.id, kode: `${instansi.kode}-Y`, nama: 'Sempat Lintas', jenis: 'pelaksana' as const, atasanJabatanId: atasan.id, kelas: 7 };
    const made = await w.api.push(w.devRoot, [command('jabatan/upsert', atasan, null, users.admin.id), command('jabatan/upsert', jab, null, users.admin.id)]);
    expect(made.map((o) => o.status)).toEqual(['accepted', 'accepted']);
    const before = await all(w.devA);
    expect(before.changes.some((c) => c.id === atasan.id && c.row !== null)).toBe(true);
    const [o] = await w.api.push(w.devRoot, [command('jabatan/upsert', { ...jab, atasanJabatanId: null }, 1, users.admin.id)]);
    expect(o?.status).toBe('accepted');
    const got = new Map((await all(w.devA, before.cursor)).changes.map((c) => [key(c), c]));
    // Nothing in unit A's scope names the old atasan any more: the device drops it.
    expect(got.get(`jabatan:${atasan.id}`)).toMatchObject({ row: null });
    expect(got.get(`jabatan:${jab.id}`)).toMatchObject({ row: { ...jab, atasanJabatanId: null } });
  });

  it('tells a device to drop a pegawai who moved out of its subtree, and the new unit gets the row', async () => {
    const a = await all(w.devA);
    const b = await all(w.devB);
    const moved = { ...w.org.pegawai.stafA1, unitId: w.org.units.b.id, jabatanId: w.org.jabatan.kabidB.id };
    const [o] = await w.api.push(w.devRoot, [command('pegawai/upsert', moved, 1, w.org.users.admin.id)]);
    expect(o?.status).toBe('accepted');
    expect((await all(w.devA, a.cursor)).changes).toEqual([expect.objectContaining({ entity: 'pegawai', id: moved.id, row: null })]);
    expect((await all(w.devB, b.cursor)).changes).toEqual([expect.objectContaining({ entity: 'pegawai', id: moved.id, row: moved, readOnly: false })]);
  });

  it('moves a whole unit subtree between devices when its parent changes', async () => {
    const a = await all(w.devA);
    const b = await all(w.devB);
    const { a1 } = w.org.units;
    const [o] = await w.api.push(w.devRoot, [command('unit/upsert', { ...a1, parentId: w.org.units.b.id }, 1, w.org.users.admin.id)]);
    expect(o?.status).toBe('accepted');
    const lost = (await all(w.devA, a.cursor)).changes;
    expect(lost.filter((c) => c.row === null).map(key).sort()).toEqual(
      [`unit_kerja:${a1.id}`, `jabatan:${w.org.jabatan.stafA1.id}`, `pegawai:${w.org.pegawai.stafA1.id}`].sort(),
    );
    const gained = new Map((await all(w.devB, b.cursor)).changes.map((c) => [key(c), c]));
    expect(gained.get(`unit_kerja:${a1.id}`)).toMatchObject({ readOnly: false, version: 2 });
    expect(gained.get(`jabatan:${w.org.jabatan.stafA1.id}`)).toMatchObject({ readOnly: false, row: w.org.jabatan.stafA1 });
    expect(gained.get(`pegawai:${w.org.pegawai.stafA1.id}`)).toMatchObject({ readOnly: false });
    // stafA1's atasan kabidA now lies outside B: it comes along read-only with its holder.
    expect(gained.get(`jabatan:${w.org.jabatan.kabidA.id}`)).toMatchObject({ readOnly: true });
    expect(gained.get(`pegawai:${w.org.pegawai.kabidA.id}`)).toMatchObject({ readOnly: true });
  });

  it('refuses a malformed cursor or limit in Indonesian', async () => {
    const r = await w.api.pullRaw(w.devA.token, 'abc', 0);
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Data yang dikirim tidak valid.' } });
  });
});
