/**
 * POST /v1/prints and GET /v1/verify/:code at the HTTP edge: device sign-in required to upload,
 * a code or hash that does not follow from its data refused, a known code kept as it was, the
 * public route open without sign-in and rate-limited per IP.
 */
import type { FastifyInstance } from 'fastify';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/app.js';
import type { ServerDb } from '../../server/db/connect.js';
import { canonicalHash, canonicalJson } from '../../shared/print/canonical.js';
import { verificationCode } from '../../shared/print/code.js';
import type { IssuedPrintWire } from '../../shared/print-wire.js';
import { TestClient } from './client.js';
import { seedOrg } from './fixtures.js';
import { backends } from './harness.js';

function print(docId = v7(), over: Partial<IssuedPrintWire> = {}): IssuedPrintWire {
  const data = { kind: 'skp', id: docId, versi: 1, pegawai: { nama: 'Budi', nip: '198807202012121002' } };
  const hash = canonicalHash(data);
  return { code: verificationCode({ kind: 'skp', id: docId, versi: 1, hash }), kind: 'skp', docId, versi: 1, hash, data: canonicalJson(data), printedAt: '2025-03-03T03:00:00.000Z', ...over };
}

describe.each(backends())('issued prints on $name', (backend) => {
  let db: ServerDb;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let api: TestClient;
  let token: string;
  beforeAll(async () => {
    ({ db, close } = await backend.open());
    app = buildServer({ db, signInRateLimit: { max: 1000, timeWindow: 60_000 }, verifyRateLimit: { max: 5, timeWindow: 60_000 } });
    api = new TestClient(app);
    const org = await seedOrg(db);
    token = (await api.device(org.users.operatorA.nip)).token;
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  const upload = (prints: IssuedPrintWire[], auth: string | null = token) =>
    app.inject({ method: 'POST', url: '/v1/prints', payload: { prints }, headers: auth ? { authorization: `Bearer ${auth}` } : {} });

  it('needs a device token, checks each code against its data, keeps a known code', async () => {
    const p = print();
    expect((await upload([p], null)).statusCode).toBe(401);
    expect((await upload([{ ...p, hash: 'a'.repeat(64) }])).statusCode).toBe(400);
    expect((await upload([{ ...p, data: canonicalJson({ kind: 'skp', id: p.docId, versi: 1, pegawai: { nama: 'Orang lain', nip: '1' } }) }])).statusCode).toBe(400);
    expect((await upload([p])).json()).toEqual({ accepted: 1 });
    expect((await upload([{ ...p, printedAt: '2026-01-01T00:00:00.000Z' }])).statusCode).toBe(200);
    const rows = await db.selectFrom('printRegistry').select(['code', 'printedAt']).where('code', '=', p.code).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.printedAt.toISOString()).toBe('2025-03-03T03:00:00.000Z');
  });

  it('verify needs no sign-in, says berubah when the SKP is gone, and is rate-limited', async () => {
    const p = print();
    await upload([p]);
    const r = await app.inject({ method: 'GET', url: `/v1/verify/${p.code}` });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'berubah', changes: ['SKP ini tidak ada lagi di server.'] });
    let last = 200;
    for (let i = 0; i < 6; i += 1) last = (await app.inject({ method: 'GET', url: '/v1/verify/0000000000' })).statusCode;
    expect(last).toBe(429);
  });

  it('is in the OpenAPI document', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/docs/json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/v1/prints', '/v1/verify/{code}']));
  });
});
