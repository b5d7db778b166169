import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateServer } from '../../server/db/migrate.js';
import type { ServerDb } from '../../server/db/connect.js';
import { insertDevice } from '../../server/db/repos/device-repo.js';
import { guardedWrite, type RowWrite } from '../../server/db/repos/guarded-write.js';
import { readTreeSeqs } from '../../server/db/repos/head-repo.js';
import { findDoc } from '../../server/db/repos/evaluasi-repo.js';
import { seedOrg, type Org } from './fixtures.js';
import { backends } from './harness.js';
import { skpRow } from './skp-fixtures.js';

describe.each(backends())('migration 0004-evaluasi on $name', (backend) => {
  let db: ServerDb;
  let close: () => Promise<void>;
  let org: Org;
  const deviceId = v7();
  beforeAll(async () => {
    ({ db, close } = await backend.open({ migrate: false }));
    await migrateServer(db, '0003-signing-keys');
    org = await seedOrg(db);
    await migrateServer(db);
    await insertDevice(db, { instansiId: org.instansi.id, id: deviceId, unitId: org.units.root.id, userId: org.users.admin.id, name: 'Meja uji', secretHash: 'x', createdAt: new Date() });
  });
  afterAll(async () => close());

  const write = async (w: RowWrite) => {
    const trees = await readTreeSeqs(db, org.instansi.id);
    if (!trees) throw new Error('no sync_head');
    return guardedWrite(db, { instansiId: org.instansi.id, ...trees }, w, { now: new Date(), deviceId }, v7());
  };

  it('keeps the rows made before it and stores an evaluation row as key columns plus data', async () => {
    const units = await db.selectFrom('unitKerja').select('id').where('instansiId', '=', org.instansi.id).execute();
    expect(units).toHaveLength(4);
    const skp = skpRow(org.pegawai.stafA1);
    expect(await write({ entity: 'skp', row: skp, prevVersion: null })).toMatchObject({ version: 1 });
    const realisasi = { id: v7(), skpId: skp.id, periode: 'TW1' as const, items: [], status: 'draft' as const, catatanRevisi: null, dilaporkanAt: null };
    expect(await write({ entity: 'realisasi', row: realisasi, prevVersion: null })).toMatchObject({ version: 1 });
    const stored = await db.selectFrom('realisasi').select(['skpId', 'periode', 'data']).where('id', '=', realisasi.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ skpId: skp.id, periode: 'TW1', data: realisasi });
    expect((await findDoc(db, org.instansi.id, 'realisasi', realisasi.id))?.row).toEqual(realisasi);
    // One live row per (SKP, periode), and no row of an SKP the server does not hold.
    await expect(write({ entity: 'realisasi', row: { ...realisasi, id: v7() }, prevVersion: null })).rejects.toThrow();
    await expect(write({ entity: 'realisasi', row: { ...realisasi, id: v7(), skpId: v7() }, prevVersion: null })).rejects.toThrow();
  });

  it('keys pengaturan kinerja by instansi and predikat organisasi by unit and year', async () => {
    const pengaturan = { id: v7(), instansiId: org.instansi.id, periodeEvaluasi: 'bulanan' as const, batasEvaluasiTahunan: '01-15', menitEfektifBulanan: 6750 };
    expect(await write({ entity: 'pengaturan_kinerja', row: pengaturan, prevVersion: null })).toMatchObject({ version: 1 });
    await expect(write({ entity: 'pengaturan_kinerja', row: { ...pengaturan, id: v7() }, prevVersion: null })).rejects.toThrow();
    const predikat = { id: v7(), unitId: org.units.a.id, tahun: 2025, predikat: 'baik' as const };
    expect(await write({ entity: 'predikat_organisasi', row: predikat, prevVersion: null })).toMatchObject({ version: 1 });
    await expect(write({ entity: 'predikat_organisasi', row: { ...predikat, id: v7() }, prevVersion: null })).rejects.toThrow();
    expect(await write({ entity: 'predikat_organisasi', row: { ...predikat, id: v7(), tahun: 2026 }, prevVersion: null })).toMatchObject({ version: 1 });
  });
});
