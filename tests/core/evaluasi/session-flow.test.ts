/**
 * One appraisal session end to end on a real core: realisasi, report, rate, predikat, lock, every
 * role refused (LOCKED) afterwards with nothing changed, reopen by the penilai only with a reason,
 * acknowledgement by the pegawai; each step a signed outbox command named in the history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFail, unwrap } from '../helpers.js';
import { skpCounts } from '../skp/fixture.js';
import { items, makeEvalWorld, type EvalWorld } from './fixture.js';

let w: EvalWorld;
beforeAll(async () => {
  w = await makeEvalWorld();
});
afterAll(async () => {
  await w.t.close();
});

const TW1 = 'TW1' as const;

describe('appraisal session for TRIWULAN I', () => {
  it('the owner fills and reports realisasi; capaian is an aid, inverted for lower-is-better', async () => {
    const sheet = unwrap(await w.t.call('realisasi/save', { skpId: w.skpId, periode: TW1, items: items(w, 3, 2) }, w.token.staf));
    expect(sheet.status).toBe('draft');
    expect(sheet.periode.label).toBe('TRIWULAN I');
    const [laporan, keluhan] = sheet.rhk.map((r) => r.indikator[0]);
    // 3 of 12 laporan: 25 %; 2 keluhan against at most 4: 4/2 = 200 % → capped at 120.
    expect(laporan?.capaian).toEqual({ persen: 25, capped: false });
    expect(laporan?.progresRencana).toEqual({ persen: 100, capped: false });
    expect(keluhan?.lowerIsBetter).toBe(true);
    expect(keluhan?.capaian).toEqual({ persen: 120, capped: true });
    const reported = unwrap(await w.t.call('realisasi/report', { skpId: w.skpId, periode: TW1 }, w.token.staf));
    expect(reported.status).toBe('dilaporkan');
    expect(reported.allowed.edit).toBe(false);
    expectFail(await w.t.call('realisasi/save', { skpId: w.skpId, periode: TW1, items: items(w, 4, 2) }, w.token.staf), 'ILLEGAL_TRANSITION');
  });

  it('the penilai asks for a revision with a note; the owner fixes and reports again', async () => {
    expectFail(await w.t.call('realisasi/requestRevision', { skpId: w.skpId, periode: TW1, catatan: 'Lampirkan bukti.' }, w.token.staf), 'FORBIDDEN');
    const rev = unwrap(await w.t.call('realisasi/requestRevision', { skpId: w.skpId, periode: TW1, catatan: 'Lampirkan bukti.' }, w.token.kabid));
    expect(rev.status).toBe('revisi');
    expect(rev.catatanRevisi).toBe('Lampirkan bukti.');
    unwrap(await w.t.call('realisasi/save', { skpId: w.skpId, periode: TW1, items: items(w, 4, 2) }, w.token.staf));
    const again = unwrap(await w.t.call('realisasi/report', { skpId: w.skpId, periode: TW1 }, w.token.staf));
    expect(again.catatanRevisi).toBeNull();
    expect(again.rhk[0]?.indikator[0]?.nilai).toBe(4);
  });

  it('the session shows everything side by side and the penilai may rate', async () => {
    unwrap(await w.t.call('umpanBalik/add', { skpId: w.skpId, periode: TW1, rhkId: w.rhkIds[0] ?? '', nilai: null, teks: 'Laporan rapi.' }, w.token.kabid));
    unwrap(await w.t.call('umpanBalik/add', { skpId: w.skpId, periode: null, rhkId: null, nilai: 'kolaboratif', teks: 'Terima kasih arahannya.' }, w.token.staf));
    const s = unwrap(await w.t.call('evaluasi/session', { skpId: w.skpId, periode: TW1 }, w.token.kabid));
    expect(s.capacity).toEqual({ pemilik: false, penilai: true, operator: false });
    expect(s.allowed.rate).toBe(true);
    expect(s.allowed.lock).toBe(false);
    expect(s.rhk).toHaveLength(2);
    expect(s.rhk[0]?.umpanBalik.map((m) => [m.teks, m.sisi])).toEqual([['Laporan rapi.', 'penilai']]);
    expect(s.perilaku.find((p) => p.nilai === 'kolaboratif')?.umpanBalik.map((m) => m.sisi)).toEqual(['pegawai']);
    expect(s.realisasi?.status).toBe('dilaporkan');
    expect(s.predikat).toBeNull();
    expect(s.penilai?.pegawaiId).toBe(w.pegawai.kabid);
  });

  it('rating gives the predikat from the matrix, warns without feedback, and is a signed step', async () => {
    expectFail(await w.t.call('evaluasi/rate', { skpId: w.skpId, periode: TW1, ratingHasilKerja: 'di_atas', ratingPerilaku: 'di_atas', umpanBalikHasilKerja: null, umpanBalikPerilaku: null, catatan: null, alasanPredikat: null }, w.token.staf), 'FORBIDDEN');
    expectFail(await w.t.call('evaluasi/rate', { skpId: w.skpId, periode: TW1, ratingHasilKerja: 'di_atas', ratingPerilaku: 'di_atas', umpanBalikHasilKerja: null, umpanBalikPerilaku: null, catatan: null, alasanPredikat: null }, w.admin), 'FORBIDDEN');
    const s = unwrap(
      await w.t.call('evaluasi/rate', { skpId: w.skpId, periode: TW1, ratingHasilKerja: 'di_atas', ratingPerilaku: 'sesuai', umpanBalikHasilKerja: null, umpanBalikPerilaku: null, catatan: 'Pertahankan.', alasanPredikat: null }, w.token.kabid),
    );
    expect(s.predikat).toBe('baik');
    expect(s.peringatan.some((p) => p.includes('umpan balik'))).toBe(true);
    expect(s.allowed.lock).toBe(true);
    const step = s.riwayat.at(-1);
    expect(step?.action).toBe('nilai');
    const cmd = await w.t.core.context.db.selectFrom('outbox').selectAll().where('id', '=', step?.commandId ?? '').executeTakeFirst();
    expect(cmd?.command).toBe('evaluasi/upsert');
    expect(cmd?.signature).toBeTruthy();
    expect(cmd?.keyVersion).toBe(step?.keyVersion);
  });

  it('locks; then every role is refused LOCKED and nothing changes', async () => {
    const locked = unwrap(await w.t.call('evaluasi/lock', { skpId: w.skpId, periode: TW1 }, w.token.kabid));
    expect(locked.terkunci).toBe(true);
    expect(locked.allowed).toMatchObject({ rate: false, lock: false, reopen: true, editRealisasi: false });
    const before = await skpCounts(w);
    const rate = { skpId: w.skpId, periode: TW1, ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', umpanBalikHasilKerja: null, umpanBalikPerilaku: null, catatan: null, alasanPredikat: null } as const;
    for (const token of [w.token.staf, w.admin, w.token.kabid]) {
      expectFail(await w.t.call('realisasi/save', { skpId: w.skpId, periode: TW1, items: items(w, 5, 1) }, token), 'LOCKED');
      expectFail(await w.t.call('evaluasi/rate', rate, token), 'LOCKED');
    }
    expectFail(await w.t.call('realisasi/report', { skpId: w.skpId, periode: TW1 }, w.token.staf), 'LOCKED');
    expectFail(await w.t.call('realisasi/requestRevision', { skpId: w.skpId, periode: TW1, catatan: 'x' }, w.token.kabid), 'LOCKED');
    expect(await skpCounts(w)).toEqual(before);
    const s = unwrap(await w.t.call('evaluasi/session', { skpId: w.skpId, periode: TW1 }, w.token.staf));
    expect(s.allowed.acknowledge).toBe(true);
    expect(s.predikat).toBe('baik');
  });

  it('reopens only by the penilai, with a reason; the acknowledgement is asked again', async () => {
    unwrap(await w.t.call('evaluasi/acknowledge', { skpId: w.skpId, periode: TW1 }, w.token.staf));
    expectFail(await w.t.call('evaluasi/reopen', { skpId: w.skpId, periode: TW1, alasan: 'Salah input.' }, w.admin), 'FORBIDDEN');
    expectFail(await w.t.call('evaluasi/reopen', { skpId: w.skpId, periode: TW1, alasan: 'Salah input.' }, w.token.staf), 'FORBIDDEN');
    expectFail(await w.t.call('evaluasi/reopen', { skpId: w.skpId, periode: TW1, alasan: '  ' }, w.token.kabid), 'VALIDATION');
    const open = unwrap(await w.t.call('evaluasi/reopen', { skpId: w.skpId, periode: TW1, alasan: 'Bukti baru diserahkan.' }, w.token.kabid));
    expect(open.terkunci).toBe(false);
    expect(open.evaluasi?.diterimaAt).toBeNull();
    expect(open.riwayat.map((e) => e.action)).toEqual(['nilai', 'kunci', 'terima', 'buka']);
    expect(open.riwayat.at(-1)?.alasan).toBe('Bukti baru diserahkan.');
    expect(open.riwayat.every((e) => typeof e.commandId === 'string')).toBe(true);
    const audit = await w.t.core.context.db.selectFrom('auditLog').select('action').where('entity', '=', 'evaluasi').orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['evaluasi/nilai', 'evaluasi/kunci', 'evaluasi/terima', 'evaluasi/buka']);
    // Open again: the owner may not edit a reported realisasi, but the penilai can re-rate and lock.
    unwrap(await w.t.call('evaluasi/rate', { skpId: w.skpId, periode: TW1, ratingHasilKerja: 'di_atas', ratingPerilaku: 'di_atas', umpanBalikHasilKerja: 'Istimewa.', umpanBalikPerilaku: 'Teladan.', catatan: null, alasanPredikat: null }, w.token.kabid));
    const relocked = unwrap(await w.t.call('evaluasi/lock', { skpId: w.skpId, periode: TW1 }, w.token.kabid));
    expect(relocked.predikat).toBe('sangat_baik');
    const ack = unwrap(await w.t.call('evaluasi/acknowledge', { skpId: w.skpId, periode: TW1 }, w.token.staf));
    expect(ack.evaluasi?.diterimaAt).not.toBeNull();
    expectFail(await w.t.call('evaluasi/acknowledge', { skpId: w.skpId, periode: TW1 }, w.token.staf), 'ILLEGAL_TRANSITION');
  });

  it('periods list where each stands; the annual session shows the history and the suggestion', async () => {
    const p = unwrap(await w.t.call('evaluasi/periods', { skpId: w.skpId }, w.token.staf));
    expect(p.total).toBe(5);
    expect(p.rows.map((r) => [r.key, r.realisasi, r.dinilai, r.terkunci, r.berjalan])).toEqual([
      ['TW1', 'dilaporkan', true, true, true],
      ['TW2', null, false, false, false],
      ['TW3', null, false, false, false],
      ['TW4', null, false, false, false],
      ['TAHUNAN', null, false, false, false],
    ]);
    const annual = unwrap(await w.t.call('evaluasi/session', { skpId: w.skpId, periode: 'TAHUNAN' }, w.token.kabid));
    expect(annual.tahunan?.riwayat.map((h) => h.predikat)).toEqual(['sangat_baik', null, null, null]);
    expect(annual.tahunan?.saran.predikat).toBe('sangat_baik');
    expect(annual.rhk[0]?.indikator[0]?.nilaiPeriodik).toBe(4);
    // Rating the year differently from the suggestion needs a reason before locking.
    unwrap(await w.t.call('evaluasi/rate', { skpId: w.skpId, periode: 'TAHUNAN', ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', umpanBalikHasilKerja: null, umpanBalikPerilaku: null, catatan: null, alasanPredikat: null }, w.token.kabid));
    expectFail(await w.t.call('evaluasi/lock', { skpId: w.skpId, periode: 'TAHUNAN' }, w.token.kabid), 'VALIDATION');
    unwrap(await w.t.call('evaluasi/rate', { skpId: w.skpId, periode: 'TAHUNAN', ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', umpanBalikHasilKerja: null, umpanBalikPerilaku: null, catatan: null, alasanPredikat: 'Triwulan lain belum berjalan.' }, w.token.kabid));
    const locked = unwrap(await w.t.call('evaluasi/lock', { skpId: w.skpId, periode: 'TAHUNAN' }, w.token.kabid));
    expect(locked.evaluasi).toMatchObject({ predikat: 'baik', saranPredikat: 'sangat_baik', alasanPredikat: 'Triwulan lain belum berjalan.', terkunci: true });
    // The locked year freezes the periods it rests on.
    expectFail(await w.t.call('realisasi/save', { skpId: w.skpId, periode: 'TW2', items: items(w, 1, 1) }, w.token.staf), 'LOCKED');
  });
});
