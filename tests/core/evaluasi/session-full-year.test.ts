/**
 * evaluasi/session on a full year: one SKP with 10 RHK and 12 months of realisasi (monthly
 * setting), evidence links and feedback, read through the whole dispatcher. Its speed is a
 * benchmark (`npm run bench -- evaluation`), not a test: tests assert behaviour.
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

describe('evaluasi/session on a full year of monthly realisasi', () => {
  it.each(['B06', 'TAHUNAN'] as const)('%s: every RHK with its realisasi, evidence and feedback', async (periode) => {
    const s = unwrap(await w.t.call('evaluasi/session', { skpId, periode }, w.token.kabid));
    expect(s.rhk).toHaveLength(10);
    if (periode === 'TAHUNAN') expect(s.tahunan?.riwayat).toHaveLength(12);
    // The same call twice gives the same answer (no state kept between reads).
    expect(unwrap(await w.t.call('evaluasi/session', { skpId, periode }, w.token.kabid))).toEqual(s);
  });
});
