/**
 * evaluasi/session stays fast: one SKP with 10 RHK and 12 months of realisasi (monthly setting),
 * evidence links and feedback, read through the whole dispatcher in well under 20 ms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../helpers.js';
import { IKI, linkAll, PERIODE } from '../skp/fixture.js';
import { kabidRhkId, makeEvalWorld, type EvalWorld } from './fixture.js';
import { BULAN_KEYS } from '../../../shared/domain/evaluasi/periode-evaluasi.js';

let w: EvalWorld;
let skpId = '';
beforeAll(async () => {
  w = await makeEvalWorld();
  unwrap(await w.t.call('evaluasi/settingsSave', { periodeEvaluasi: 'bulanan', batasEvaluasiTahunan: '01-10', menitEfektifBulanan: 7260 }, w.admin));
  const skp = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai.staf2, periode: PERIODE, pendekatan: 'kuantitatif' }, w.token.staf2));
  skpId = skp.skp.id;
  for (let i = 1; i <= 10; i += 1) {
    unwrap(await w.t.call('rhk/save', { skpId, jenis: 'utama', teks: `RHK ${i}`, intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI, { ...IKI[0], aspek: 'waktu', teks: `Ketepatan ${i}` }] }, w.token.staf2));
  }
  const detail = unwrap(await w.t.call('skp/get', { id: skpId }, w.token.staf2));
  await linkAll(w, 'staf2', detail.rhk.map((r) => r.id), await kabidRhkId(w));
  unwrap(await w.t.call('skp/submit', { id: skpId }, w.token.staf2));
  unwrap(await w.t.call('skp/approve', { id: skpId, delegasi: null }, w.token.kabid));
  const indikator = detail.rhk.flatMap((r) => r.indikator.map((i) => i.id));
  for (const periode of BULAN_KEYS) {
    const items = indikator.map((indikatorId, n) => ({
      indikatorId, rencanaNilai: 1, rencanaTeks: null, nilai: n % 3, teks: 'Sesuai rencana', bukti: [{ kind: 'tautan' as const, url: `https://drive.example.go.id/${periode}/${n}`, judul: 'Dokumen' }],
    }));
    unwrap(await w.t.call('realisasi/save', { skpId, periode, items }, w.token.staf2));
    unwrap(await w.t.call('umpanBalik/add', { skpId, periode, rhkId: detail.rhk[0]?.id ?? null, nilai: null, teks: `Umpan balik ${periode}` }, w.token.kabid));
  }
});
afterAll(async () => {
  await w.t.close();
});

describe('evaluasi/session speed', () => {
  it.each(['B06', 'TAHUNAN'] as const)('%s: median well under 20 ms', async (periode) => {
    const first = unwrap(await w.t.call('evaluasi/session', { skpId, periode }, w.token.kabid));
    expect(first.rhk).toHaveLength(10);
    if (periode === 'TAHUNAN') expect(first.tahunan?.riwayat).toHaveLength(12);
    const times: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const t0 = performance.now();
      unwrap(await w.t.call('evaluasi/session', { skpId, periode }, w.token.kabid));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? Infinity;
    expect(median).toBeLessThan(20);
  });
});
