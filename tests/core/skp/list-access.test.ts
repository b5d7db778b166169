/**
 * skp/list's `pegawaiId` filter (narrows the caller's reach, never widens it) and
 * `allowed.needsDelegation` (approve/return offered only on the penilai's recorded instruction).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNip } from '../../../shared/domain/nip.js';
import { expectFail, signInReady, unwrap } from '../helpers.js';
import { draftWithRhk, linkAll, makeWorld, PASSWORD, TAHUN, type World } from './fixture.js';

let w: World;
let operatorB = '';
const skp: Record<'staf' | 'staf2' | 'stafB', string> = { staf: '', staf2: '', stafB: '' };
let staf2Rhk: string[] = [];

beforeAll(async () => {
  w = await makeWorld();
  for (const who of ['staf', 'staf2', 'stafB'] as const) {
    const d = await draftWithRhk(w, who);
    skp[who] = d.skpId;
    if (who === 'staf2') staf2Rhk = d.rhkIds;
  }
  // An operator scoped to sub-unit B only (no pegawai record).
  const nip = makeNip({ birthDate: '1981-02-02', tmtCpns: '2006-01', sex: 'P', sequence: 901 });
  unwrap(await w.t.call('users/save', { nip, nama: 'Operator B', roles: ['operator'], unitId: w.unit.b, aktif: true, password: PASSWORD }, w.admin));
  operatorB = await signInReady(w.t, nip, PASSWORD);
});
afterAll(async () => {
  await w.t.close();
});

async function listed(token: string, pegawaiId: string): Promise<string[]> {
  return unwrap(await w.t.call('skp/list', { tahun: TAHUN, pegawaiId, offset: 0, limit: 50 }, token)).rows.map((r) => r.id);
}

describe('skp/list pegawaiId', () => {
  it('a pegawai gets their own SKP, and nothing for anyone else', async () => {
    expect(await listed(w.token.staf, w.pegawai.staf)).toEqual([skp.staf]);
    expect(await listed(w.token.staf, w.pegawai.staf2)).toEqual([]);
    expect(await listed(w.token.staf, w.pegawai.stafB)).toEqual([]);
  });

  it('an atasan narrows to one direct subordinate, but not to another unit\'s staff', async () => {
    expect(await listed(w.token.kabid, w.pegawai.staf2)).toEqual([skp.staf2]);
    expect(await listed(w.token.kabid, w.pegawai.stafB)).toEqual([]);
  });

  it('operators narrow inside their scope only', async () => {
    expect(await listed(w.admin, w.pegawai.stafB)).toEqual([skp.stafB]);
    expect(await listed(operatorB, w.pegawai.stafB)).toEqual([skp.stafB]);
    expect(await listed(operatorB, w.pegawai.staf)).toEqual([]);
  });

  it('combines with the other filters and refuses a malformed id', async () => {
    const r = unwrap(await w.t.call('skp/list', { tahun: TAHUN, pegawaiId: w.pegawai.staf, status: ['diajukan'], offset: 0, limit: 50 }, w.token.staf));
    expect(r).toEqual({ total: 0, rows: [] });
    expectFail(await w.t.call('skp/list', { tahun: TAHUN, pegawaiId: 'bukan-id', offset: 0, limit: 50 }, w.token.staf), 'VALIDATION');
  });
});

describe('allowed.needsDelegation', () => {
  let submitted = '';
  beforeAll(async () => {
    const kabid = await draftWithRhk(w, 'kabid');
    await linkAll(w, 'staf2', staf2Rhk, kabid.rhkIds[0] ?? '');
    unwrap(await w.t.call('skp/submit', { id: skp.staf2 }, w.token.staf2));
    submitted = skp.staf2;
  });

  it('is false for the pejabat penilai and for callers without approve/return', async () => {
    const get = async (token: string) => unwrap(await w.t.call('skp/get', { id: submitted }, token)).allowed;
    expect(await get(w.token.kabid)).toMatchObject({ actions: ['setujui', 'kembalikan'], needsDelegation: false });
    expect(await get(w.token.staf2)).toMatchObject({ actions: [], needsDelegation: false });
    expect(unwrap(await w.t.call('skp/get', { id: skp.staf }, w.admin)).allowed).toMatchObject({ actions: ['ajukan'], needsDelegation: false });
  });

  it('is true for an operator in scope, and the core indeed refuses them without a delegation', async () => {
    const allowed = unwrap(await w.t.call('skp/get', { id: submitted }, w.admin)).allowed;
    // Fields carry no delegation: the penilai's ekspektasi stay the penilai's own to write.
    expect(allowed).toEqual({ actions: ['setujui', 'kembalikan'], editable: [], needsDelegation: true });
    expectFail(await w.t.call('skp/approve', { id: submitted, delegasi: null }, w.admin), 'FORBIDDEN');
    const done = unwrap(await w.t.call('skp/approve', { id: submitted, delegasi: { penilaiPegawaiId: w.pegawai.kabid, referensi: 'ND-7/2025' } }, w.admin));
    expect(done.skp.status).toBe('disetujui');
    expect(done.allowed.needsDelegation).toBe(false);
  });

  it('an operator outside the SKP\'s unit does not see it at all', async () => {
    expectFail(await w.t.call('skp/get', { id: submitted }, operatorB), 'NOT_FOUND');
  });
});
