/**
 * Kurva distribusi and unit progress on a real core: the operator records the predikat
 * organisasi; warnings (never refusals) name the affected pegawai; progress counts per period.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFail, unwrap } from '../helpers.js';
import { approvedSkp, items, kabidRhkId, makeEvalWorld, type EvalWorld } from './fixture.js';

let w: EvalWorld;
let skp2 = '';
const TAHUN = 2025;
const top = { umpanBalikHasilKerja: 'Luar biasa.', umpanBalikPerilaku: 'Teladan.', catatan: null, alasanPredikat: null } as const;

beforeAll(async () => {
  w = await makeEvalWorld();
  skp2 = (await approvedSkp(w, 'staf2', await kabidRhkId(w))).skpId;
  for (const skpId of [w.skpId, skp2]) {
    unwrap(await w.t.call('evaluasi/rate', { skpId, periode: 'TAHUNAN', ratingHasilKerja: 'di_atas', ratingPerilaku: 'di_atas', ...top }, w.token.kabid));
  }
});
afterAll(async () => {
  await w.t.close();
});

describe('kurva/get', () => {
  it('shows the spread without a curve until the predikat organisasi is recorded', async () => {
    const k = unwrap(await w.t.call('kurva/get', { unitId: w.unit.a, tahun: TAHUN }, w.admin));
    expect(k).toMatchObject({ predikatOrganisasi: null, dinilai: 2, belumDinilai: 0, peringatan: [], aturan: [], bolehAturPredikat: true });
    expect(k.spread.sangat_baik).toEqual({ count: 2, percent: 100 });
  });

  it('only operators/admins in scope record it; a plain pegawai does not see the spread', async () => {
    expectFail(await w.t.call('kurva/setPredikatOrganisasi', { unitId: w.unit.a, tahun: TAHUN, predikat: 'istimewa' }, w.token.kabid), 'FORBIDDEN');
    expectFail(await w.t.call('kurva/get', { unitId: w.unit.a, tahun: TAHUN }, w.token.staf), 'FORBIDDEN');
    expectFail(await w.t.call('kurva/get', { unitId: w.unit.a, tahun: TAHUN }, w.token.kabidB), 'FORBIDDEN');
    expect(unwrap(await w.t.call('kurva/get', { unitId: w.unit.a, tahun: TAHUN }, w.token.kabid)).bolehAturPredikat).toBe(false);
  });

  it('Istimewa: more than 70 % Sangat Baik warns and lists both pegawai', async () => {
    const k = unwrap(await w.t.call('kurva/setPredikatOrganisasi', { unitId: w.unit.a, tahun: TAHUN, predikat: 'istimewa' }, w.admin));
    expect(k.aturan).toEqual(['Sangat Baik paling banyak 70 %']);
    expect(k.peringatan).toHaveLength(1);
    expect(k.peringatan[0]?.pegawai.map((p) => [p.pegawaiId, p.predikat]).sort()).toEqual(
      [[w.pegawai.staf, 'sangat_baik'], [w.pegawai.staf2, 'sangat_baik']].sort(),
    );
    const row = await w.t.core.context.db.selectFrom('predikatOrganisasi').selectAll().execute();
    expect(row).toHaveLength(1);
  });

  it('Butuh Perbaikan: the floor and the ceiling both warn; the rated pegawai are listed; the row is replaced, not doubled', async () => {
    unwrap(await w.t.call('evaluasi/rate', { skpId: skp2, periode: 'TAHUNAN', ratingHasilKerja: 'di_bawah', ratingPerilaku: 'sesuai', ...top }, w.token.kabid));
    const k = unwrap(await w.t.call('kurva/setPredikatOrganisasi', { unitId: w.unit.a, tahun: TAHUN, predikat: 'butuh_perbaikan' }, w.admin));
    // 1 of 2 Butuh Perbaikan (50 % < 60 %): those rated otherwise are listed; 1 of 2 Sangat Baik (> 10 %): staf.
    expect(k.peringatan.map((p) => [p.aturan, p.pegawai.map((x) => x.pegawaiId)])).toEqual([
      ['Butuh Perbaikan paling sedikit 60 %', [w.pegawai.staf]],
      ['Sangat Baik paling banyak 10 %', [w.pegawai.staf]],
    ]);
    expect((await w.t.core.context.db.selectFrom('predikatOrganisasi').selectAll().execute()).length).toBe(1);
  });
});

describe('evaluasi/progress', () => {
  it('counts realisasi in, rated and locked for a period, with the distribution', async () => {
    unwrap(await w.t.call('realisasi/save', { skpId: w.skpId, periode: 'TW1', items: items(w, 3, 1) }, w.token.staf));
    unwrap(await w.t.call('realisasi/report', { skpId: w.skpId, periode: 'TW1' }, w.token.staf));
    unwrap(await w.t.call('evaluasi/rate', { skpId: w.skpId, periode: 'TW1', ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', ...top }, w.token.kabid));
    unwrap(await w.t.call('evaluasi/lock', { skpId: w.skpId, periode: 'TW1' }, w.token.kabid));
    const p = unwrap(await w.t.call('evaluasi/progress', { unitId: w.unit.a, tahun: TAHUN, periode: 'TW1' }, w.admin));
    expect(p.total).toBe(2);
    expect(p.jumlah).toEqual({ skp: 2, realisasiMasuk: 1, dinilai: 1, terkunci: 1 });
    expect(p.distribusi).toEqual({ sangat_baik: 0, baik: 1, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 });
    expect(p.rows.map((r) => [r.pegawai.pegawaiId, r.realisasi, r.predikat])).toEqual([
      [w.pegawai.staf, 'dilaporkan', 'baik'],
      [w.pegawai.staf2, null, null],
    ]);
    expect(unwrap(await w.t.call('evaluasi/progress', { unitId: w.unit.a, tahun: TAHUN, periode: 'TW1', offset: 1, limit: 1 }, w.admin)).rows).toHaveLength(1);
    expect(unwrap(await w.t.call('evaluasi/progress', { unitId: w.unit.b, tahun: TAHUN, periode: 'TW1' }, w.admin)).total).toBe(0);
    expect(unwrap(await w.t.call('evaluasi/progress', { unitId: w.unit.a, tahun: TAHUN, periode: 'TW1', subUnit: true }, w.admin)).total).toBe(2);
  });
});
