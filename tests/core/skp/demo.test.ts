import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, unwrap, type TestCore } from '../helpers.js';

let t: TestCore;
let token: string;

beforeAll(async () => {
  t = await makeCore();
  token = unwrap(await t.call('setup/loadDemo', { pegawaiCount: 300 }, null)).token;
});
afterAll(async () => {
  await t.close();
});

describe('demo SKP', () => {
  it('gives most pegawai an SKP of the year with ~8 RHK cascading to their atasan, and a mix of statuses', async () => {
    const db = t.core.context.db;
    const pegawai = Number((await db.selectFrom('pegawai').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const skp = await db.selectFrom('skp').select(['id', 'status', 'tahun']).execute();
    expect(skp.length).toBeGreaterThan(pegawai * 0.6);
    expect(new Set(skp.map((s) => s.tahun))).toEqual(new Set([2025]));
    expect(new Set(skp.map((s) => s.status))).toEqual(new Set(['draft', 'diajukan', 'dikembalikan', 'disetujui']));
    const rhk = Number((await db.selectFrom('rhk').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    expect(rhk).toBe(skp.length * 8);
    const board = unwrap(await t.call('skp/readiness', { tahun: 2025 }, token));
    expect(board.bottlenecks.length).toBeGreaterThan(0);
    expect(board.totals.disetujui).toBeGreaterThan(0);
    const waiting = unwrap(await t.call('skp/list', { tahun: 2025, menunggu: true, offset: 0, limit: 5 }, token));
    expect(waiting.total).toBeGreaterThan(0);
    // The demo's atasan accounts find their staff's submitted SKP in their inbox.
    const one = await db.selectFrom('skp as s').innerJoin('jabatan as j', 'j.id', 's.jabatanId').innerJoin('pegawai as a', 'a.jabatanId', 'j.atasanJabatanId').innerJoin('user as u', 'u.pegawaiId', 'a.id').select(['s.id', 'u.nip']).where('s.status', '=', 'diajukan').executeTakeFirstOrThrow();
    const atasan = unwrap(await t.call('auth/signIn', { nip: one.nip, password: 'demo12345' }, null)).token;
    expect(unwrap(await t.call('skp/inbox', { tahun: 2025, limit: 500 }, atasan)).rows.map((s) => s.id)).toContain(one.id);
    const detail = unwrap(await t.call('skp/get', { id: one.id }, atasan));
    expect(detail.allowed.actions).toEqual(['setujui', 'kembalikan']);
    unwrap(await t.call('skp/approve', { id: one.id, delegasi: null }, atasan));
  });
});
