import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { SyncRow } from '../../shared/sync-protocol.js';
import { command } from './client.js';
import { pegawaiRow, nextNip, passwordHash } from './fixtures.js';
import { backends } from './harness.js';
import { usePushWorld } from './push-setup.js';

describe.each(backends())('push domain rules on $name', (backend) => {
  const w = usePushWorld(backend);

  it('refuses a jabatan atasan cycle, also through the parent unit', async () => {
    const { kadis, kabidA, stafA1 } = w.org.jabatan;
    const [self, loop, viaRoot] = await w.api.push(w.devRoot, [
      command('jabatan/upsert', { ...kabidA, atasanJabatanId: kabidA.id }, 1, w.org.users.admin.id),
      command('jabatan/upsert', { ...kabidA, atasanJabatanId: stafA1.id }, 1, w.org.users.admin.id),
      command('jabatan/upsert', { ...kadis, atasanJabatanId: stafA1.id }, 1, w.org.users.admin.id),
    ]);
    for (const o of [self, loop, viaRoot]) {
      expect(o).toMatchObject({ status: 'rejected', code: 'VALIDATION', message: 'Jabatan atasan ini membuat rantai atasan berputar (jabatan menjadi atasan dirinya sendiri).' });
    }
  });

  it('accepts a jabatan whose atasan sits in the parent unit, and refuses a missing atasan', async () => {
    const j: SyncRow<'jabatan'> = { id: v7(), unitId: w.org.units.a1.id, kode: `${w.org.instansi.kode}-BARU`, nama: 'Analis', jenis: 'fungsional', atasanJabatanId: w.org.jabatan.kabidA.id, kelas: 8 };
    const [ok, missing] = await w.api.push(w.devA, [
      command('jabatan/upsert', j, null, w.org.users.operatorA.id),
      command('jabatan/upsert', { ...j, id: v7(), kode: 'LAIN', atasanJabatanId: v7() }, null, w.org.users.operatorA.id),
    ]);
    expect(ok).toMatchObject({ status: 'accepted', version: 1 });
    expect(missing).toMatchObject({ status: 'rejected', code: 'NOT_FOUND', message: 'Jabatan atasan tidak ditemukan.' });
  });

  it('knows every account a batch names, also on the locked path', async () => {
    // Atasan changes take the locked path; the batch names two accounts, in turn.
    const mk = (kode: string): SyncRow<'jabatan'> => ({ id: v7(), unitId: w.org.units.a.id, kode: `${w.org.instansi.kode}-${kode}`, nama: kode, jenis: 'pelaksana', atasanJabatanId: w.org.jabatan.kabidA.id, kelas: 7 });
    const outcomes = await w.api.push(w.devRoot, [
      command('jabatan/upsert', mk('P1'), null, w.org.users.admin.id),
      command('jabatan/upsert', mk('P2'), null, w.org.users.operatorA.id),
      command('jabatan/upsert', mk('P3'), null, w.org.users.admin.id),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it('refuses a unit under its own subtree, a second top unit and a unit of another instansi', async () => {
    const { root, a, a1 } = w.org.units;
    const admin = w.org.users.admin.id;
    const [loop, top, foreign] = await w.api.push(w.devRoot, [
      command('unit/upsert', { ...a, parentId: a1.id }, 1, admin),
      command('unit/upsert', { id: v7(), instansiId: w.org.instansi.id, parentId: null, kode: 'TOP2', nama: 'Puncak lain' }, null, admin),
      command('unit/upsert', { id: v7(), instansiId: v7(), parentId: root.id, kode: 'ASING', nama: 'Asing' }, null, admin),
    ]);
    expect(loop).toMatchObject({ status: 'rejected', code: 'VALIDATION', message: 'Unit induk tidak boleh berada di bawah unit itu sendiri.' });
    expect(top).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    expect(foreign).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
  });

  it('answers CONFLICT with the current row for a unit or jabatan kode held by another id', async () => {
    const { a1 } = w.org.units;
    const [unit, jabatan] = await w.api.push(w.devA, [
      command('unit/upsert', { ...a1, id: v7(), nama: 'Kembar' }, null, w.org.users.operatorA.id),
      command('jabatan/upsert', { ...w.org.jabatan.stafA1, id: v7() }, null, w.org.users.operatorA.id),
    ]);
    expect(unit).toMatchObject({ status: 'rejected', code: 'CONFLICT', current: a1, currentVersion: 1 });
    expect(jabatan).toMatchObject({ status: 'rejected', code: 'CONFLICT', current: w.org.jabatan.stafA1 });
  });

  it('refuses references to pegawai jabatan or account pegawai that do not exist', async () => {
    const [peg] = await w.api.push(w.devA, [command('pegawai/upsert', pegawaiRow(w.org.units.a.id, v7()), null, w.org.users.operatorA.id)]);
    expect(peg).toMatchObject({ status: 'rejected', code: 'NOT_FOUND', message: 'Jabatan tidak ditemukan.' });
    const account: SyncRow<'user'> = { id: v7(), nip: nextNip(), nama: 'Baru', roles: ['pegawai'], unitId: w.org.units.a.id, pegawaiId: v7(), aktif: true, passwordHash: await passwordHash(), signingKeys: [], wrappedKey: null };
    const [acc] = await w.api.push(w.devRoot, [command('user/upsert', account, null, w.org.users.admin.id)]);
    expect(acc).toMatchObject({ status: 'rejected', code: 'NOT_FOUND' });
  });

  it('keeps account rules: argon2id hashes only, no admin demoting themselves', async () => {
    const admin = w.org.users.admin;
    const [plain, self] = await w.api.push(w.devRoot, [
      command('user/upsert', { ...w.org.users.operatorA, passwordHash: 'rahasia123' }, 1, admin.id),
      command('user/upsert', { ...admin, roles: ['operator'] }, 1, admin.id),
    ]);
    expect(plain).toMatchObject({ status: 'rejected', code: 'VALIDATION' });
    expect(self).toMatchObject({ status: 'rejected', code: 'VALIDATION', message: expect.stringContaining('akun Anda sendiri') });
  });

  it('lets an admin rename only the own instansi', async () => {
    const admin = w.org.users.admin.id;
    const [own, other, byOperator] = await w.api.push(w.devRoot, [
      command('instansi/upsert', { ...w.org.instansi, nama: 'Nama Baru' }, 1, admin),
      command('instansi/upsert', { id: v7(), kode: 'LAIN', nama: 'Lain', isDemo: false }, null, admin),
      command('instansi/upsert', { ...w.org.instansi, nama: 'Oleh operator' }, 2, w.org.users.operatorA.id),
    ]);
    expect(own).toMatchObject({ status: 'accepted', version: 2 });
    expect(other).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    expect(byOperator).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
  });

  it('applies commands in order, so a later command may use a row an earlier one created', async () => {
    const opA = w.org.users.operatorA.id;
    const unit: SyncRow<'unit_kerja'> = { id: v7(), instansiId: w.org.instansi.id, parentId: w.org.units.a.id, kode: `${w.org.instansi.kode}-A2`, nama: 'Seksi Baru' };
    const jab: SyncRow<'jabatan'> = { id: v7(), unitId: unit.id, kode: `${w.org.instansi.kode}-KASI`, nama: 'Kepala Seksi', jenis: 'pengawas', atasanJabatanId: w.org.jabatan.kabidA.id, kelas: 9 };
    const outcomes = await w.api.push(w.devA, [
      command('unit/upsert', unit, null, opA),
      command('jabatan/upsert', jab, null, opA),
      command('pegawai/upsert', pegawaiRow(unit.id, jab.id), null, opA),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['accepted', 'accepted', 'accepted']);
  });
});
