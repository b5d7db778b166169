/** Laporan harian on a real core: list with totals, weekly/monthly rekap checked by hand, limits and the lock. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFail, unwrap } from '../helpers.js';
import { items, makeEvalWorld, type EvalWorld } from './fixture.js';

let w: EvalWorld;
let rhk1 = '';
let rhk2 = '';
beforeAll(async () => {
  w = await makeEvalWorld();
  [rhk1 = '', rhk2 = ''] = w.rhkIds;
  const entries: [string, string | null, number, number][] = [
    ['2025-03-03', rhk1, 2, 120], // Monday, week 10
    ['2025-03-04', rhk2, 1, 90],
    ['2025-03-09', rhk1, 1, 60], // Sunday, still week 10
    ['2025-03-10', null, 0, 30], // Monday, week 11, outside the plan
    ['2025-04-01', rhk1, 4, 45], // TW2
  ];
  for (const [tanggal, rhkId, volume, menit] of entries) {
    unwrap(await w.t.call('laporan/save', { skpId: w.skpId, tanggal, kegiatan: `Kegiatan ${tanggal}`, rhkId, output: 'dokumen', volume, menit }, w.token.staf));
  }
});
afterAll(async () => {
  await w.t.close();
});

describe('laporan harian', () => {
  it('lists a range with its total and minutes; others outside the SKP see nothing', async () => {
    const l = unwrap(await w.t.call('laporan/list', { pegawaiId: w.pegawai.staf, from: '2025-03-01', to: '2025-03-31', offset: 0, limit: 2 }, w.token.kabid));
    expect([l.total, l.totalMenit, l.rows.length]).toEqual([4, 300, 2]);
    expect(l.rows[0]).toMatchObject({ tanggal: '2025-03-03', rhkTeks: 'Menyusun laporan bulanan', terkunci: false });
    expectFail(await w.t.call('laporan/list', { pegawaiId: w.pegawai.staf, from: '2025-03-01', to: '2025-03-31', offset: 0, limit: 10 }, w.token.stafB), 'NOT_FOUND');
  });

  it('rekap per week (Monday–Sunday) and per month, against 6,750 effective minutes', async () => {
    const r = unwrap(await w.t.call('laporan/rekap', { pegawaiId: w.pegawai.staf, from: '2025-03-01', to: '2025-04-06' }, w.token.staf));
    expect(r.menitEfektifBulanan).toBe(6750);
    expect(r.mingguan.map((x) => [x.mulai, x.selesai, x.label, x.menit, x.entri])).toEqual([
      ['2025-03-01', '2025-03-02', 'Minggu ke-9', 0, 0],
      ['2025-03-03', '2025-03-09', 'Minggu ke-10', 270, 3],
      ['2025-03-10', '2025-03-16', 'Minggu ke-11', 30, 1],
      ['2025-03-17', '2025-03-23', 'Minggu ke-12', 0, 0],
      ['2025-03-24', '2025-03-30', 'Minggu ke-13', 0, 0],
      ['2025-03-31', '2025-04-06', 'Minggu ke-14', 45, 1],
    ]);
    expect(r.mingguan[1]?.perRhk.map((v) => [v.rhkId, v.volume, v.menit, v.entri])).toEqual([
      [rhk1, 3, 180, 2],
      [rhk2, 1, 90, 1],
    ]);
    // March: 300 of 6,750 minutes = 4.44 % → 4.4; April 1–6: 45 / 6,750 = 0.67 % → 0.7.
    expect(r.bulanan.map((x) => [x.label, x.menit, x.menitEfektif, x.persenEfektif])).toEqual([
      ['Maret 2025', 300, 6750, 4.4],
      ['April 2025', 45, 6750, 0.7],
    ]);
    expect(r.bulanan[0]?.perRhk.find((v) => v.rhkId === null)).toMatchObject({ rhkTeks: null, volume: 0, menit: 30 });
  });

  it('refuses a date outside the SKP, more than 24 hours in a day, an RHK of another SKP and writers other than the owner side', async () => {
    const base = { skpId: w.skpId, kegiatan: 'Rapat', rhkId: null, output: '', volume: 1 } as const;
    expect(expectFail(await w.t.call('laporan/save', { ...base, tanggal: '2026-01-02', menit: 60 }, w.token.staf), 'VALIDATION').message).toMatch(/di luar periode SKP/);
    expect(expectFail(await w.t.call('laporan/save', { ...base, tanggal: '2025-03-03', menit: 1400 }, w.token.staf), 'VALIDATION').message).toMatch(/24 jam/);
    expectFail(await w.t.call('laporan/save', { ...base, tanggal: '2025-03-05', menit: 10, rhkId: w.skpId }, w.token.staf), 'VALIDATION');
    expectFail(await w.t.call('laporan/save', { ...base, tanggal: '2025-03-05', menit: 10 }, w.token.kabid), 'FORBIDDEN');
  });

  it('a locked period freezes its entries (edit, delete, add) while the next period stays open', async () => {
    unwrap(await w.t.call('realisasi/save', { skpId: w.skpId, periode: 'TW1', items: items(w, 3, 1) }, w.token.staf));
    unwrap(await w.t.call('evaluasi/rate', { skpId: w.skpId, periode: 'TW1', ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', umpanBalikHasilKerja: null, umpanBalikPerilaku: null, catatan: null, alasanPredikat: null }, w.token.kabid));
    unwrap(await w.t.call('evaluasi/lock', { skpId: w.skpId, periode: 'TW1' }, w.token.kabid));
    const l = unwrap(await w.t.call('laporan/list', { pegawaiId: w.pegawai.staf, from: '2025-03-01', to: '2025-04-30', offset: 0, limit: 10 }, w.token.staf));
    expect(l.rows.map((r) => r.terkunci)).toEqual([true, true, true, true, false]);
    const march = l.rows[0];
    const april = l.rows[4];
    if (!march || !april) throw new Error('rows missing');
    const edit = { id: march.id, skpId: w.skpId, tanggal: march.tanggal, kegiatan: march.kegiatan, rhkId: march.rhkId, output: march.output, volume: march.volume, menit: 10 };
    expectFail(await w.t.call('laporan/save', edit, w.token.staf), 'LOCKED');
    expectFail(await w.t.call('laporan/delete', { id: march.id }, w.token.staf), 'LOCKED');
    // Moving an open entry into the locked period is refused too.
    const move = { id: april.id, skpId: w.skpId, kegiatan: april.kegiatan, rhkId: april.rhkId, output: april.output, volume: april.volume, menit: april.menit };
    expectFail(await w.t.call('laporan/save', { ...move, tanggal: '2025-03-28' }, w.token.staf), 'LOCKED');
    expect(unwrap(await w.t.call('laporan/save', { ...move, tanggal: '2025-04-02', menit: 50 }, w.token.staf)).menit).toBe(50);
    expect(unwrap(await w.t.call('laporan/delete', { id: april.id }, w.token.staf))).toEqual({ deleted: true });
    const cmd = await w.t.core.context.db.selectFrom('outbox').select(['command', 'payload', 'signature']).where('command', '=', 'laporanHarian/delete').executeTakeFirst();
    expect(cmd?.payload).toBe(JSON.stringify({ id: april.id }));
    expect(cmd?.signature).toBeTruthy();
  });
});
