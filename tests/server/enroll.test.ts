import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EnrollResponse } from '../../shared/sync-protocol.js';
import { buildServer } from '../../server/app.js';
import type { ServerDb } from '../../server/db/connect.js';
import { TestClient } from './client.js';
import { PASSWORD, seedOrg, type Org } from './fixtures.js';
import { backends } from './harness.js';

describe.each(backends())('device enrollment on $name', (backend) => {
  let db: ServerDb;
  let close: () => Promise<void>;
  let now: Date;
  let app: FastifyInstance;
  let api: TestClient;
  let org: Org;
  beforeAll(async () => {
    ({ db, close } = await backend.open());
    now = new Date('2025-01-06T08:00:00Z');
    app = buildServer({ db, clock: () => now, signInRateLimit: { max: 1000, timeWindow: 60_000 } });
    api = new TestClient(app);
  });
  beforeEach(async () => {
    org = await seedOrg(db);
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  it('binds a new device to the operator account and its unit; only the secret hash is stored', async () => {
    const r = await api.enroll(org.users.operatorA.nip, PASSWORD, 'Meja Bidang A');
    expect(r.statusCode).toBe(200);
    const body = r.json<EnrollResponse>();
    expect(body).toMatchObject({ instansiId: org.instansi.id, unitId: org.units.a.id });
    expect(body.deviceSecret.length).toBeGreaterThanOrEqual(40);
    const row = await db.selectFrom('device').selectAll().where('id', '=', body.deviceId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ userId: org.users.operatorA.id, unitId: org.units.a.id, name: 'Meja Bidang A', revokedAt: null });
    expect(row.secretHash).not.toContain(body.deviceSecret);
  });

  it('refuses a wrong password and an unknown NIP alike', async () => {
    const wrong = await api.enroll(org.users.operatorA.nip, 'salah-sekali');
    const unknown = await api.enroll('199001012015011001', PASSWORD);
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.json()).toEqual({ ok: false, error: { code: 'BAD_CREDENTIALS', message: 'NIP atau kata sandi salah.' } });
    }
  });

  it('refuses an account with only the pegawai role', async () => {
    const r = await api.enroll(org.users.pegawaiOnlyA.nip);
    expect(r.statusCode).toBe(403);
    expect(r.json<{ error: { code: string; message: string } }>().error).toEqual({ code: 'FORBIDDEN', message: 'Hanya akun operator atau admin yang dapat mendaftarkan perangkat.' });
  });

  it('locks the account after five failures, even for the right password, until 15 minutes pass', async () => {
    const nip = org.users.operatorB.nip;
    for (let i = 1; i <= 4; i += 1) expect((await api.enroll(nip, `salah-${i}`)).statusCode).toBe(401);
    const fifth = await api.enroll(nip, 'salah-5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json<{ error: { code: string } }>().error.code).toBe('LOCKED_OUT');
    const right = await api.enroll(nip, PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json<{ error: { message: string } }>().error.message).toMatch(/^Akun terkunci sampai pukul/);
    now = new Date(now.getTime() + 16 * 60_000);
    expect((await api.enroll(nip, PASSWORD)).statusCode).toBe(200);
  });

  it('40 parallel wrong passwords lock the account (the count is kept in SQL, not from a read before the check)', async () => {
    const nip = org.users.operatorA.nip;
    const tries = await Promise.all(Array.from({ length: 40 }, (_, i) => api.enroll(nip, `salah-${i}`)));
    const codes = tries.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(4);
    expect(codes.filter((c) => c === 423)).toHaveLength(36);
    expect((await api.enroll(nip, PASSWORD)).statusCode).toBe(423);
    const row = await db.selectFrom('user').select(['failedAttempts', 'lockedUntil']).where('id', '=', org.users.operatorA.id).executeTakeFirstOrThrow();
    expect(row.lockedUntil?.getTime()).toBe(now.getTime() + 15 * 60_000);
  }, 120_000);

  it('rate-limits enrollment per address', async () => {
    const limited = buildServer({ db, signInRateLimit: { max: 3, timeWindow: 60_000 } });
    const client = new TestClient(limited);
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1) codes.push((await client.enroll(org.users.operatorA.nip, 'salah')).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    const last = await client.enroll(org.users.operatorA.nip, PASSWORD);
    expect(last.json()).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.' } });
    await limited.close();
  });

  it('refuses extra fields with Indonesian field messages', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/devices/enroll', payload: { nip: org.users.admin.nip, password: PASSWORD, deviceName: 'x', admin: true } });
    expect(r.statusCode).toBe(400);
    const body = r.json<{ error: { code: string; message: string; issues: { message: string }[] } }>();
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.message).toBe('Data yang dikirim tidak valid.');
    expect(body.error.issues[0]?.message).toBe('Isian tidak dikenal: admin');
  });
});
