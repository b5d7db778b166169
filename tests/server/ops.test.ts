import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/app.js';
import type { ServerDb } from '../../server/db/connect.js';
import { backends } from './harness.js';

describe.each(backends())('operations endpoints on $name', (backend) => {
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

  it('GET /health reaches the database', async () => {
    const r = await app.inject({ method: 'GET', url: '/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ ok: true, database: 'ok' });
  });

  it('GET /metrics speaks the Prometheus text format and counts requests', async () => {
    await app.inject({ method: 'POST', url: '/v1/devices/enroll', payload: { nip: '1', password: 'x', deviceName: 'a' } });
    const r = await app.inject({ method: 'GET', url: '/metrics' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/plain');
    expect(r.body).toContain('# TYPE meja_http_requests_total counter');
    expect(r.body).toMatch(/meja_http_requests_total\{method="GET",route="\/health",status="200"\} 1/);
    expect(r.body).toMatch(/meja_sign_in_failures_total\{reason="BAD_CREDENTIALS"\} 1/);
    for (const name of ['meja_push_commands_total', 'meja_pulls_total']) expect(r.body).toContain(`# TYPE ${name} counter`);
  });

  it('GET /docs/json is the OpenAPI document with every sync route', async () => {
    const r = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(r.statusCode).toBe(200);
    const spec = r.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(spec.openapi).toMatch(/^3\./);
    for (const p of ['/v1/devices/enroll', '/v1/devices/bootstrap', '/v1/auth/token', '/v1/sync/push', '/v1/sync/pull', '/v1/devices', '/v1/devices/{id}/revoke', '/health']) {
      expect(Object.keys(spec.paths)).toContain(p);
    }
    expect((await app.inject({ method: 'GET', url: '/docs' })).statusCode).toBeLessThan(400);
  });

  it('unknown routes answer in Indonesian', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1/tidak-ada' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Alamat API tidak dikenal.' } });
  });
});
