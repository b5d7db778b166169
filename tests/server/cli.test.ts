import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../server/cli-args.js';
import { buildServer } from '../../server/app.js';
import type { ServerDb } from '../../server/db/connect.js';
import { feedHorizon } from '../../server/db/repos/head-repo.js';
import { HttpFailure } from '../../server/http/errors.js';
import { initInstansi } from '../../server/services/init-instansi.js';
import { TestClient } from './client.js';
import { nextNip } from './fixtures.js';
import { backends } from './harness.js';

describe('init-instansi command line', () => {
  it('reads every option', () => {
    const argv = ['init-instansi', '--kode', 'DISDIK', '--nama', 'Dinas Pendidikan', '--unit-kode', '01', '--unit-nama', 'Sekretariat', '--admin-nip', '198503122010011003', '--admin-nama', 'Budi', '--admin-password', 'rahasia123'];
    expect(parseCli(argv)).toEqual({
      command: 'init-instansi',
      input: { kode: 'DISDIK', nama: 'Dinas Pendidikan', unitKode: '01', unitNama: 'Sekretariat', adminNip: '198503122010011003', adminNama: 'Budi', adminPassword: 'rahasia123' },
    });
  });

  it('names a missing option in Indonesian', () => {
    expect(() => parseCli(['init-instansi', '--kode', 'X'])).toThrow(/Opsi --nama wajib diisi/);
    expect(() => parseCli(['hapus-semua'])).toThrow(/Perintah tidak dikenal/);
  });
});

describe.each(backends())('initInstansi on $name', (backend) => {
  let db: ServerDb;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ db, close } = await backend.open());
    app = buildServer({ db });
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  it('creates the instansi, its top unit and an admin who can enroll the first desk', async () => {
    const nip = nextNip();
    const ids = await initInstansi(db, { kode: 'DISDIK', nama: 'Dinas Pendidikan', unitKode: '01', unitNama: 'Dinas Pendidikan', adminNip: nip, adminNama: 'Budi', adminPassword: 'rahasia123' });
    const unit = await db.selectFrom('unitKerja').selectAll().where('id', '=', ids.unitId).executeTakeFirstOrThrow();
    expect(unit).toMatchObject({ instansiId: ids.instansiId, parentId: null, kode: '01', version: 1 });
    const user = await db.selectFrom('user').selectAll().where('id', '=', ids.userId).executeTakeFirstOrThrow();
    expect(user).toMatchObject({ nip, roles: ['admin', 'operator'], unitId: ids.unitId, aktif: true });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await feedHorizon(db, ids.instansiId)).toBe(user.seq);

    const device = await new TestClient(app).device(nip);
    expect(device).toMatchObject({ instansiId: ids.instansiId, unitId: ids.unitId });
  });

  it('refuses a kode that exists and an invalid NIP', async () => {
    const base = { nama: 'Lain', unitKode: '01', unitNama: 'Lain', adminNama: 'Ani', adminPassword: 'rahasia123' };
    await expect(initInstansi(db, { ...base, kode: 'DISDIK', adminNip: nextNip() })).rejects.toMatchObject({ code: 'CONFLICT' });
    const bad = initInstansi(db, { ...base, kode: 'BARU', adminNip: '12345' });
    await expect(bad).rejects.toBeInstanceOf(HttpFailure);
    await expect(bad).rejects.toMatchObject({ code: 'INVALID_NIP', message: expect.stringContaining('NIP harus 18 digit') });
  });
});
