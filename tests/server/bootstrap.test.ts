import type { FastifyInstance } from 'fastify';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BootstrapRequest, EnrollResponse, SyncRow } from '../../shared/sync-protocol.js';
import { buildServer } from '../../server/app.js';
import type { ServerDb } from '../../server/db/connect.js';
import { TestClient } from './client.js';
import { nextNip, PASSWORD, passwordHash, pegawaiRow } from './fixtures.js';
import { withKey } from './keys.js';
import { backends } from './harness.js';

const SECRET = 'rahasia-bootstrap-uji';

async function deskRows(kode: string): Promise<Omit<BootstrapRequest, 'bootstrapSecret'>> {
  const instansi: SyncRow<'instansi'> = { id: v7(), kode, nama: `Instansi ${kode}`, isDemo: false };
  const unit: SyncRow<'unit_kerja'> = { id: v7(), instansiId: instansi.id, parentId: null, kode: '01', nama: 'Dinas' };
  const pegawai = pegawaiRow(unit.id, null);
  const user = await withKey({ id: v7(), nip: pegawai.nip, nama: pegawai.nama, roles: ['admin', 'operator'], unitId: unit.id, pegawaiId: pegawai.id, aktif: true, passwordHash: await passwordHash() }, PASSWORD, true);
  return { instansi, unit, user, pegawai, deviceName: 'Meja mandiri' };
}

describe.each(backends())('bootstrap of a standalone desk on $name', (backend) => {
  let db: ServerDb;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  const post = (a: FastifyInstance, payload: unknown) => a.inject({ method: 'POST', url: '/v1/devices/bootstrap', payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } });
  beforeAll(async () => {
    ({ db, close } = await backend.open());
    app = buildServer({ db, bootstrapSecret: SECRET, signInRateLimit: { max: 1000, timeWindow: 60_000 } });
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  it('is disabled without MEJA_BOOTSTRAP_SECRET and refuses a wrong secret', async () => {
    const off = buildServer({ db });
    const r = await post(off, { ...(await deskRows('MATI')), bootstrapSecret: SECRET });
    expect(r.statusCode).toBe(403);
    expect(r.json<{ error: { code: string } }>().error.code).toBe('BOOTSTRAP_DISABLED');
    await off.close();
    const wrong = await post(app, { ...(await deskRows('SALAH')), bootstrapSecret: 'tebakan' });
    expect(wrong.statusCode).toBe(403);
    expect(await db.selectFrom('instansi').select('id').where('kode', '=', 'SALAH').execute()).toEqual([]);
  });

  it('creates the instansi with the desk ids, enrolls the device and serves the rows back', async () => {
    const rows = await deskRows('MANDIRI');
    const r = await post(app, { ...rows, bootstrapSecret: SECRET });
    expect(r.statusCode).toBe(200);
    const enrolled = r.json<EnrollResponse>();
    expect(enrolled).toMatchObject({ instansiId: rows.instansi.id, unitId: rows.unit.id });
    const api = new TestClient(app);
    const token = (await api.token(enrolled.deviceId, enrolled.deviceSecret)).json<{ accessToken: string }>().accessToken;
    const { pages } = await api.pullAll({ ...enrolled, token });
    const got = pages.flatMap((p) => p.changes).map((c) => c.row);
    expect(got).toEqual(expect.arrayContaining([rows.instansi, rows.unit, rows.pegawai, rows.user]));
    // The admin can sign in on the server with the desk's password.
    expect((await api.enroll(rows.user.nip)).statusCode).toBe(200);
  });

  it('refuses a kode the server already knows, and rows that do not form a top unit with its admin', async () => {
    const again = await post(app, { ...(await deskRows('MANDIRI')), bootstrapSecret: SECRET });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('CONFLICT');
    const rows = await deskRows('BENTUK');
    const notTop = await post(app, { ...rows, unit: { ...rows.unit, parentId: v7() }, bootstrapSecret: SECRET });
    expect(notTop.statusCode).toBe(400);
    const noAdmin = await post(app, { ...rows, user: { ...rows.user, roles: ['operator'] }, bootstrapSecret: SECRET });
    expect(noAdmin.statusCode).toBe(400);
    const plainPassword = await post(app, { ...rows, user: { ...rows.user, nip: nextNip(), passwordHash: 'rahasia' }, bootstrapSecret: SECRET });
    expect(plainPassword.statusCode).toBe(400);
    expect(await db.selectFrom('instansi').select('id').where('kode', '=', 'BENTUK').execute()).toEqual([]);
  });
});
