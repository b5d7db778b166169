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
import { petaDocumentData } from '../../shared/print/peta-document.js';
import { MAX_PRINT_DATA_CHARS, type IssuedPrintWire } from '../../shared/print-wire.js';
import { petaSourceFor } from '../../server/services/print-rows-peta.js';
import { TestClient } from './client.js';
import { seedOrg } from './fixtures.js';
import { backends } from './harness.js';

/** An evaluation print as a desk uploads it: named `skpId:periode`. */
function evaluasiPrint(docId = `${v7()}:TW1`, data: Record<string, unknown> = {}): IssuedPrintWire {
  const d = { kind: 'evaluasi', id: docId, versi: 2, pegawai: { nama: 'Budi', nip: '198807202012121002' }, ...data };
  const hash = canonicalHash(d);
  return { code: verificationCode({ kind: 'evaluasi', id: docId, versi: 2, hash }), kind: 'evaluasi', docId, versi: 2, hash, data: canonicalJson(d), printedAt: '2025-04-02T03:00:00.000Z' };
}

/** Any data as a peta print of `docId` (the unit), with its true hash and code. */
function petaPrint(docId: string, data: Record<string, unknown>): IssuedPrintWire {
  const d = { kind: 'peta', id: docId, versi: 1, tahun: 2025, ...data };
  const hash = canonicalHash(d);
  return { code: verificationCode({ kind: 'peta', id: docId, versi: 1, hash }), kind: 'peta', docId, versi: 1, hash, data: canonicalJson(d), printedAt: '2025-05-02T03:00:00.000Z' };
}

function print(docId = v7(), over: Partial<IssuedPrintWire> = {}): IssuedPrintWire {
  const data = { kind: 'skp', id: docId, versi: 1, pegawai: { nama: 'Budi', nip: '198807202012121002' } };
  const hash = canonicalHash(data);
  return { code: verificationCode({ kind: 'skp', id: docId, versi: 1, hash }), kind: 'skp', docId, versi: 1, hash, data: canonicalJson(data), printedAt: '2025-03-03T03:00:00.000Z', ...over };
}

const fail = (): never => {
  throw new Error('unit not on the server');
};

describe.each(backends())('issued prints on $name', (backend) => {
  let db: ServerDb;
  let close: () => Promise<void>;
  let app: FastifyInstance;
  let api: TestClient;
  let token: string;
  let org: Awaited<ReturnType<typeof seedOrg>>;
  beforeAll(async () => {
    ({ db, close } = await backend.open());
    app = buildServer({ db, signInRateLimit: { max: 1000, timeWindow: 60_000 }, verifyRateLimit: { max: 12, timeWindow: 60_000 } });
    api = new TestClient(app);
    org = await seedOrg(db);
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

  it('takes an evaluation print named skpId:periode; refuses a forged one with an Indonesian message and stores nothing', async () => {
    const p = evaluasiPrint();
    const count = async () => (await db.selectFrom('printRegistry').select('code').where('kind', '=', 'evaluasi').execute()).length;
    const refused = async (forged: IssuedPrintWire, message: RegExp) => {
      const r = await upload([p, forged]);
      expect(r.statusCode).toBe(400);
      expect(JSON.stringify(r.json())).toMatch(message);
    };
    // The hash or the code does not follow from the data (a rating changed after hashing, a made-up code).
    const edited = canonicalJson({ ...(JSON.parse(p.data) as object), predikat: 'Sangat Baik' });
    await refused({ ...p, data: edited }, /Kode \w+ tidak cocok dengan data cetakannya\./);
    await refused({ ...p, code: '0000000000' }, /tidak cocok dengan data cetakannya/);
    // The data names another document than the upload says.
    const other = evaluasiPrint(`${v7()}:TW2`);
    await refused({ ...other, docId: p.docId }, /bukan dokumen yang disebut/);
    // An id that is not of its kind: an SKP id as an evaluation, a period that does not exist.
    await refused(evaluasiPrint(`${v7()}:TW5`), /Id dokumen tidak sesuai dengan jenis dokumennya/);
    await refused({ ...print(), kind: 'evaluasi' }, /Id dokumen tidak sesuai dengan jenis dokumennya/);
    expect(await count()).toBe(0);
    expect((await upload([p])).json()).toEqual({ accepted: 1 });
    expect(await db.selectFrom('printRegistry').select(['kind', 'docId']).where('code', '=', p.code).execute()).toEqual([{ kind: 'evaluasi', docId: p.docId }]);
  });

  it('verify of an evaluation whose SKP the server does not hold says berubah; an unknown code tidak dikenal', async () => {
    const p = evaluasiPrint();
    await upload([p]);
    const one = await app.inject({ method: 'GET', url: `/v1/verify/${p.code}` });
    expect(one.json()).toMatchObject({ status: 'berubah', changes: ['Evaluasi ini tidak ada lagi di server.'] });
    const unknown = await app.inject({ method: 'GET', url: '/v1/verify/ZZZZZZZZZZ' });
    expect(unknown.json()).toEqual({ status: 'tidak_dikenal', document: null, changes: [] });
  });

  it('takes a peta print as large as a map at the holder cap, past the server-wide body limit; refuses one over the wire limit', async () => {
    // ~3.5 million characters at 2,000 holders on the demo; 6 million here is also over the 5 MiB default body.
    const big = petaPrint(v7(), { pad: 'x'.repeat(6_000_000) });
    expect((await upload([big])).json()).toEqual({ accepted: 1 });
    const over = petaPrint(v7(), { pad: 'x'.repeat(MAX_PRINT_DATA_CHARS) });
    expect((await upload([over])).statusCode).toBe(400);
    expect(await db.selectFrom('printRegistry').select('code').where('code', 'in', [big.code, over.code]).execute()).toEqual([{ code: big.code }]);
  });

  it('verifies a peta from the server rows: asli, berubah naming a renamed unit, gone for an unknown unit', async () => {
    const now = petaDocumentData((await petaSourceFor(db, org.instansi.id, org.units.a.id, 2025, '2025-05-02')) ?? fail());
    const p = petaPrint(org.units.a.id, now);
    expect((await upload([p])).json()).toEqual({ accepted: 1 });
    const asli = (await app.inject({ method: 'GET', url: `/v1/verify/${p.code}` })).json();
    expect(asli).toMatchObject({ status: 'asli', changes: [], document: { kind: 'peta', judul: 'Peta Cascading Kinerja', pegawai: { nama: org.units.a.nama, nip: '', jabatan: '' }, penilai: null } });
    await db.updateTable('unitKerja').set({ nama: 'Unit berganti nama' }).where('id', '=', org.units.a.id).execute();
    const berubah = (await app.inject({ method: 'GET', url: `/v1/verify/${p.code}` })).json();
    expect(berubah).toMatchObject({ status: 'berubah', changes: ['Nama instansi atau unit diubah'] });
    const gone = petaPrint(v7(), { unit: 'Unit lain' });
    await upload([gone]);
    expect((await app.inject({ method: 'GET', url: `/v1/verify/${gone.code}` })).json()).toMatchObject({ status: 'berubah', changes: ['Unit kerja ini tidak ada lagi di server.'] });
  });

  it('verify needs no sign-in, says berubah when the SKP is gone, and is rate-limited', async () => {
    const p = print();
    await upload([p]);
    const r = await app.inject({ method: 'GET', url: `/v1/verify/${p.code}` });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'berubah', changes: ['SKP ini tidak ada lagi di server.'] });
    let last = 200;
    for (let i = 0; i < 12; i += 1) last = (await app.inject({ method: 'GET', url: '/v1/verify/0000000000' })).statusCode;
    expect(last).toBe(429);
  });

  it('is in the OpenAPI document', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/docs/json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/v1/prints', '/v1/verify/{code}']));
  });
});
