import { describe, expect, it } from 'vitest';
import { EVALUASI_MSG } from '../../shared/domain/evaluasi/messages.js';
import type { Evaluasi } from '../../shared/domain/evaluasi/types.js';
import { command } from './client.js';
import { blankEvaluasi, evaluasiCommand, laporanRow, realisasiRow, useEvaluasiWorld, verdicts } from './evaluasi-fixtures.js';
import { backends } from './harness.js';

describe.each(backends())('evaluation lock and reopening on $name', (backend) => {
  const w = useEvaluasiWorld(backend);

  /** The penilai rates and locks TW1; the owner had reported a realisasi and a laporan harian before. */
  async function locked() {
    const realisasi = realisasiRow(w, { status: 'dilaporkan', dilaporkanAt: '2025-04-01T08:00:00.000+07:00' });
    const laporan = laporanRow(w);
    const nilai = evaluasiCommand(w, blankEvaluasi(w.skp.id, 'TW1'), 'nilai', { baseVersion: null, input: { ratingHasilKerja: 'sesuai', ratingPerilaku: 'di_atas' } });
    const kunci = evaluasiCommand(w, nilai.row, 'kunci', { baseVersion: 1 });
    const out = await w.api.push(w.devA, [
      command('realisasi/upsert', realisasi, null, w.acc.stafA1.id),
      command('laporanHarian/upsert', laporan, null, w.acc.stafA1.id),
      nilai.cmd,
      kunci.cmd,
    ]);
    expect(verdicts(out)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    expect(kunci.row).toMatchObject({ terkunci: true, predikat: 'baik', penilaiPegawaiId: w.org.pegawai.kabidA.id });
    return { realisasi, laporan, evaluasi: kunci.row };
  }

  it('refuses every role a realisasi or laporan harian of the locked period, answering with the server row', async () => {
    const { realisasi, laporan } = await locked();
    const edited = { ...realisasi, items: realisasi.items.map((i) => ({ ...i, nilai: 3 })) };
    const actors = [w.acc.stafA1, w.acc.operatorA1, w.org.users.operatorA, w.acc.kabidA];
    const out = await w.api.push(w.devA, actors.map((a) => command('realisasi/upsert', edited, 1, a.id)));
    expect(verdicts(out)).toEqual(['LOCKED', 'LOCKED', 'LOCKED', 'LOCKED']);
    // The offline edit becomes a visible conflict: both versions.
    expect(out[0]).toMatchObject({ current: realisasi, currentVersion: 1 });
    expect(out[0]?.status === 'rejected' && out[0].message).toContain('TRIWULAN I');
    const [l, d, other] = await w.api.push(w.devA, [
      command('laporanHarian/upsert', { ...laporan, menit: 60 }, 1, w.acc.stafA1.id),
      command('laporanHarian/delete', { id: laporan.id }, 1, w.acc.stafA1.id),
      command('laporanHarian/upsert', laporanRow(w, { tanggal: '2025-05-02' }), null, w.acc.stafA1.id),
    ]);
    expect(verdicts([l, d, other].flatMap((x) => (x ? [x] : [])))).toEqual(['LOCKED', 'LOCKED', 'accepted']);
    expect(l).toMatchObject({ current: laporan });
    // A new realisasi of another period is still open.
    const [tw2] = await w.api.push(w.devA, [command('realisasi/upsert', realisasiRow(w, { periode: 'TW2' }), null, w.acc.stafA1.id)]);
    expect(tw2?.status).toBe('accepted');
  });

  it.each([
    ['the owner', (x: typeof w) => x.acc.stafA1],
    ['an operator of the unit', (x: typeof w) => x.acc.operatorA1],
    ['the admin', (x: typeof w) => x.org.users.admin],
    ['another pegawai', (x: typeof w) => x.acc.kabidB],
    ['the atasan penilai', (x: typeof w) => x.acc.kadis],
  ])('refuses %s reopening a locked evaluation', async (_who, pick) => {
    const { evaluasi } = await locked();
    const forged = evaluasiCommand(w, evaluasi, 'buka', { baseVersion: 2, input: { alasan: 'Salah menilai' }, by: pick(w) });
    const device = pick(w) === w.org.users.admin ? w.devRoot : w.devA;
    const [o] = await w.api.push(device, [forged.cmd]);
    expect(o).toMatchObject({ status: 'rejected', code: 'FORBIDDEN', message: EVALUASI_MSG.bukanPenilai, currentVersion: 2 });
  });

  it('lets the pejabat penilai reopen with a reason only, recorded in the history, and the period opens again', async () => {
    const { realisasi, evaluasi } = await locked();
    const noReason: Evaluasi = { ...evaluasi, terkunci: false, riwayat: [...evaluasi.riwayat, { at: '2025-04-10T08:00:00.000+07:00', action: 'buka', actorUserId: w.acc.kabidA.id, alasan: null }] };
    const [n] = await w.api.push(w.devA, [command('evaluasi/upsert', noReason, 2, w.acc.kabidA.id)]);
    expect(n).toMatchObject({ status: 'rejected', code: 'VALIDATION', message: EVALUASI_MSG.alasanBukaWajib });
    const buka = evaluasiCommand(w, evaluasi, 'buka', { baseVersion: 2, input: { alasan: 'Bukti baru dari pegawai' } });
    const [b] = await w.api.push(w.devA, [buka.cmd]);
    expect(b).toMatchObject({ status: 'accepted', version: 3 });
    expect(buka.row.riwayat.at(-1)).toMatchObject({ action: 'buka', actorUserId: w.acc.kabidA.id, alasan: 'Bukti baru dari pegawai', commandId: buka.cmd.id });
    const [r] = await w.api.push(w.devA, [command('realisasi/upsert', { ...realisasi, status: 'draft', dilaporkanAt: null }, 1, w.acc.stafA1.id)]);
    expect(r?.status).toBe('accepted');
  });

  it('lets the owner acknowledge only after the lock, and nobody rate a locked period', async () => {
    const open = evaluasiCommand(w, blankEvaluasi(w.skp.id, 'TW2'), 'nilai', { baseVersion: null, input: { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' } });
    const early = evaluasiCommand(w, open.row, 'nilai', { baseVersion: 1, as: w.acc.kabidA, by: w.acc.stafA1 });
    const out = await w.api.push(w.devA, [open.cmd, early.cmd]);
    expect(verdicts(out)).toEqual(['accepted', 'FORBIDDEN']);
    const { evaluasi } = await locked();
    // The penilai's own re-rating of a locked period, as an outdated desk would send it.
    const rerated: Evaluasi = {
      ...evaluasi,
      ratingHasilKerja: 'di_atas',
      predikat: 'sangat_baik',
      riwayat: [...evaluasi.riwayat, { at: '2025-04-10T08:00:00.000+07:00', action: 'nilai', actorUserId: w.acc.kabidA.id, alasan: null }],
    };
    const [relock] = await w.api.push(w.devA, [command('evaluasi/upsert', rerated, 2, w.acc.kabidA.id)]);
    expect(relock).toMatchObject({ status: 'rejected', code: 'LOCKED', message: EVALUASI_MSG.terkunci, current: evaluasi, currentVersion: 2 });
    const terima = evaluasiCommand(w, evaluasi, 'terima', { baseVersion: 2, as: w.acc.stafA1 });
    const [t] = await w.api.push(w.devA, [terima.cmd]);
    expect(t).toMatchObject({ status: 'accepted', version: 3 });
  });
});
