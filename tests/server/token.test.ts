import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceInfo, EnrollResponse, TokenResponse } from '../../shared/sync-protocol.js';
import { buildServer } from '../../server/app.js';
import type { ServerDb } from '../../server/db/connect.js';
import { TestClient } from './client.js';
import { seedOrg, type Org } from './fixtures.js';
import { backends } from './harness.js';

describe.each(backends())('access tokens and device management on $name', (backend) => {
  let db: ServerDb;
  let close: () => Promise<void>;
  let now: Date;
  let app: FastifyInstance;
  let api: TestClient;
  let org: Org;
  beforeAll(async () => {
    ({ db, close } = await backend.open());
    app = buildServer({ db, clock: () => now, signInRateLimit: { max: 1000, timeWindow: 60_000 } });
    api = new TestClient(app);
  });
  beforeEach(async () => {
    now = new Date('2025-01-06T08:00:00Z');
    org = await seedOrg(db);
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  const pullStatus = async (token: string) => (await api.pullRaw(token, '0', 10)).statusCode;

  it('issues a 15-minute token that opens the sync routes', async () => {
    const e = (await api.enroll(org.users.operatorA.nip)).json<EnrollResponse>();
    const t = await api.token(e.deviceId, e.deviceSecret);
    expect(t.statusCode).toBe(200);
    const body = t.json<TokenResponse>();
    expect(body.expiresInSeconds).toBe(900);
    expect(await pullStatus(body.accessToken)).toBe(200);
    const seen = await db.selectFrom('device').select('lastSeenAt').where('id', '=', e.deviceId).executeTakeFirstOrThrow();
    expect(seen.lastSeenAt?.toISOString()).toBe(now.toISOString());
  });

  it('refuses a wrong device secret, a missing token and a forged one', async () => {
    const e = (await api.enroll(org.users.operatorA.nip)).json<EnrollResponse>();
    const bad = await api.token(e.deviceId, `${e.deviceSecret.slice(0, -2)}xx`);
    expect(bad.statusCode).toBe(401);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('UNAUTHENTICATED');
    const missing = await app.inject({ method: 'GET', url: '/v1/sync/pull?cursor=0&limit=10' });
    expect(missing.statusCode).toBe(401);
    const good = (await api.token(e.deviceId, e.deviceSecret)).json<TokenResponse>().accessToken;
    const [v, claims, mac] = good.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(claims ?? '', 'base64url').toString()), i: org.instansi.id, d: org.users.admin.id })).toString('base64url');
    expect(await pullStatus(`${v}.${forgedClaims}.${mac}`)).toBe(401);
  });

  it('expires tokens after 15 minutes (fake clock)', async () => {
    const d = await api.device(org.users.operatorA.nip);
    now = new Date(now.getTime() + 14 * 60_000);
    expect(await pullStatus(d.token)).toBe(200);
    now = new Date(now.getTime() + 2 * 60_000);
    const r = await api.pullRaw(d.token, '0', 10);
    expect(r.statusCode).toBe(401);
    expect(r.json()).toEqual({ ok: false, error: { code: 'TOKEN_EXPIRED', message: 'Token akses sudah kedaluwarsa. Minta token baru.' } });
  });

  it('lets an admin device list and revoke devices; a revoked device is refused at once', async () => {
    const admin = await api.device(org.users.admin.nip);
    const victim = await api.device(org.users.operatorB.nip);
    expect(await pullStatus(victim.token)).toBe(200);
    const list = await app.inject({ method: 'GET', url: '/v1/devices', headers: { authorization: `Bearer ${admin.token}` } });
    expect(list.json<{ devices: DeviceInfo[] }>().devices.map((d) => d.id)).toEqual(expect.arrayContaining([admin.deviceId, victim.deviceId]));
    const r = await app.inject({ method: 'POST', url: `/v1/devices/${victim.deviceId}/revoke`, headers: { authorization: `Bearer ${admin.token}` } });
    expect(r.statusCode).toBe(200);
    expect(r.json<{ device: DeviceInfo }>().device.revokedAt).toBe(now.toISOString());
    const refused = await api.pullRaw(victim.token, '0', 10);
    expect(refused.statusCode).toBe(401);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('DEVICE_REVOKED');
    expect((await api.token(victim.deviceId, victim.deviceSecret)).statusCode).toBe(401);
  });

  it('keeps device management for admins', async () => {
    const operator = await api.device(org.users.operatorA.nip);
    const r = await app.inject({ method: 'GET', url: '/v1/devices', headers: { authorization: `Bearer ${operator.token}` } });
    expect(r.statusCode).toBe(403);
    const other = await api.device(org.users.operatorB.nip);
    const revoke = await app.inject({ method: 'POST', url: `/v1/devices/${other.deviceId}/revoke`, headers: { authorization: `Bearer ${operator.token}` } });
    expect(revoke.statusCode).toBe(403);
    expect(await pullStatus(other.token)).toBe(200);
  });
});
