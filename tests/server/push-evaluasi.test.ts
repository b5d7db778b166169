import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { EVALUASI_MSG } from '../../shared/domain/evaluasi/messages.js';
import type { SyncRow } from '../../shared/sync-protocol.js';
import { EVALUASI_CHECK_MSG } from '../../server/services/push/apply-evaluasi.js';
import { EVALUASI_SERVER_MSG } from '../../server/services/push/evaluasi-parties.js';
import { OVERRIDE_MSG } from '../../server/services/push/apply-penilai-override.js';
import { REALISASI_MSG } from '../../server/services/push/apply-realisasi.js';
import { UMPAN_BALIK_MSG } from '../../server/services/push/apply-umpan-balik.js';
import { command } from './client.js';
import { blankEvaluasi, evaluasiCommand, laporanRow, realisasiRow, useEvaluasiWorld, verdicts } from './evaluasi-fixtures.js';
import { backends } from './harness.js';
import { NOW, skpRow } from './skp-fixtures.js';

describe.each(backends())('evaluation commands on $name', (backend) => {
  const w = useEvaluasiWorld(backend);

  it('pengaturanKinerja: an admin at the top unit, one per instansi', async () => {
    const row = { id: v7(), instansiId: w.org.instansi.id, periodeEvaluasi: 'bulanan' as const, batasEvaluasiTahunan: '01-15', menitEfektifBulanan: 6750 };
    const byOperator = await w.api.push(w.devA, [command('pengaturanKinerja/upsert', row, null, w.org.users.operatorA.id)]);
    const byAdminOnA = await w.api.push(w.devA, [command('pengaturanKinerja/upsert', row, null, w.org.users.admin.id)]);
    const ok = await w.api.push(w.devRoot, [
      command('pengaturanKinerja/upsert', row, null, w.org.users.admin.id),
      command('pengaturanKinerja/upsert', { ...row, id: v7() }, null, w.org.users.admin.id),
      command('pengaturanKinerja/upsert', { ...row, instansiId: v7(), id: v7() }, null, w.org.users.admin.id),
    ]);
    expect(verdicts([...byOperator, ...byAdminOnA, ...ok])).toEqual(['FORBIDDEN', 'FORBIDDEN', 'accepted', 'CONFLICT', 'FORBIDDEN']);
    expect(ok[1]).toMatchObject({ current: row, currentVersion: 1 });
  });

  it('penilaiOverride: an operator or admin over the pegawai, fixed pegawai and unit, valid dates', async () => {
    const row: SyncRow<'penilai_override'> = {
      id: v7(),
      pegawaiId: w.org.pegawai.stafA1.id,
      unitId: w.org.units.a1.id,
      penilaiPegawaiId: w.org.pegawai.kabidB.id,
      jenis: 'plt',
      mulai: '2025-01-01',
      selesai: null,
      alasan: 'Plt. Kepala Bidang A',
      dibatalkan: false,
    };
    const out = await w.api.push(w.devA, [
      command('penilaiOverride/upsert', row, null, w.acc.stafA1.id),
      command('penilaiOverride/upsert', { ...row, id: v7(), unitId: w.org.units.a.id }, null, w.acc.operatorA1.id),
      command('penilaiOverride/upsert', { ...row, id: v7(), penilaiPegawaiId: row.pegawaiId }, null, w.acc.operatorA1.id),
      command('penilaiOverride/upsert', { ...row, id: v7(), selesai: '2024-12-31' }, null, w.acc.operatorA1.id),
      command('penilaiOverride/upsert', { ...row, id: v7(), penilaiPegawaiId: v7() }, null, w.acc.operatorA1.id),
      command('penilaiOverride/upsert', row, null, w.acc.operatorA1.id),
      command('penilaiOverride/upsert', { ...row, pegawaiId: w.org.pegawai.kabidA.id, unitId: w.org.units.a.id }, 1, w.org.users.operatorA.id),
    ]);
    expect(verdicts(out)).toEqual(['FORBIDDEN', 'VALIDATION', 'VALIDATION', 'VALIDATION', 'NOT_FOUND', 'accepted', 'VALIDATION']);
    expect(out.map((o) => (o.status === 'rejected' ? o.message : null))).toContain(OVERRIDE_MSG.penilaiDiriSendiri);
    const [b] = await w.api.push(w.devB, [command('penilaiOverride/upsert', { ...row, id: v7() }, null, w.org.users.operatorB.id)]);
    expect(b).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
  });

  it('predikatOrganisasi: an operator of the unit, one per unit and year', async () => {
    const row = { id: v7(), unitId: w.org.units.a.id, tahun: 2025, predikat: 'baik' as const };
    const out = await w.api.push(w.devA, [
      command('predikatOrganisasi/upsert', row, null, w.acc.stafA1.id),
      command('predikatOrganisasi/upsert', { ...row, unitId: w.org.units.b.id, id: v7() }, null, w.org.users.operatorA.id),
      command('predikatOrganisasi/upsert', row, null, w.org.users.operatorA.id),
      command('predikatOrganisasi/upsert', { ...row, id: v7(), predikat: 'istimewa' }, null, w.org.users.operatorA.id),
      command('predikatOrganisasi/upsert', { ...row, predikat: 'istimewa' }, 1, w.org.users.operatorA.id),
      command('predikatOrganisasi/upsert', { ...row, tahun: 2026 }, 2, w.org.users.operatorA.id),
    ]);
    expect(verdicts(out)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'accepted', 'CONFLICT', 'accepted', 'VALIDATION']);
  });

  it('realisasi: the owner or an operator writes and reports, the penilai only asks for a revision', async () => {
    const row = realisasiRow(w);
    const reported = { ...row, status: 'dilaporkan' as const, dilaporkanAt: NOW };
    const revisi = { ...reported, status: 'revisi' as const, catatanRevisi: 'Lengkapi bukti dukung' };
    const other = realisasiRow(w, { periode: 'TW2' });
    const out = await w.api.push(w.devA, [
      command('realisasi/upsert', row, null, w.acc.kabidB.id),
      command('realisasi/upsert', row, null, w.acc.stafA1.id),
      command('realisasi/upsert', { ...row, id: v7() }, null, w.acc.stafA1.id),
      command('realisasi/upsert', { ...row, status: 'revisi', catatanRevisi: 'x' }, 1, w.acc.kabidA.id),
      command('realisasi/upsert', reported, 1, w.acc.operatorA1.id),
      command('realisasi/upsert', { ...reported, items: [] }, 2, w.acc.kabidA.id),
      command('realisasi/upsert', { ...revisi, catatanRevisi: ' ' }, 2, w.acc.kabidA.id),
      command('realisasi/upsert', revisi, 2, w.acc.kabidA.id),
      command('realisasi/upsert', { ...other, periode: 'B05' }, null, w.acc.stafA1.id),
      command('realisasi/upsert', { ...other, items: other.items.map((i) => ({ ...i, indikatorId: v7() })) }, null, w.acc.stafA1.id),
      command('realisasi/upsert', { ...other, items: other.items.map((i) => ({ ...i, bukti: [{ kind: 'file' as const, sha256: 'a'.repeat(64), nama: 'bukti.pdf', mime: 'application/pdf', ukuran: 10 }] })) }, null, w.acc.stafA1.id),
    ]);
    expect(verdicts(out)).toEqual(['FORBIDDEN', 'accepted', 'CONFLICT', 'ILLEGAL_TRANSITION', 'accepted', 'FORBIDDEN', 'VALIDATION', 'accepted', 'VALIDATION', 'VALIDATION', 'VALIDATION']);
    const messages = out.map((o) => (o.status === 'rejected' ? o.message : null));
    expect(messages).toEqual(expect.arrayContaining([EVALUASI_SERVER_MSG.bukanPemilikAtauOperator, REALISASI_MSG.penilaiHanyaRevisi, EVALUASI_SERVER_MSG.periodeBukanSkp, EVALUASI_SERVER_MSG.rhkBukanSkp, REALISASI_MSG.buktiBelumTerunggah('bukti.pdf')]));
    // An SKP still in draft has no realisasi.
    const draft = skpRow(w.org.pegawai.stafA1, { periode: { tahun: 2026, mulai: '2026-01-01', selesai: '2026-12-31' } });
    const [s, r] = await w.api.push(w.devA, [command('skp/upsert', draft, null, w.acc.stafA1.id), command('realisasi/upsert', realisasiRow(w, { skpId: draft.id, items: [] }), null, w.acc.stafA1.id)]);
    expect(verdicts([s, r].flatMap((x) => (x ? [x] : [])))).toEqual(['accepted', 'ILLEGAL_TRANSITION']);
  });

  it('laporanHarian: the owner or an operator, inside the SKP periode; delete is a soft delete', async () => {
    const row = laporanRow(w);
    const out = await w.api.push(w.devA, [
      command('laporanHarian/upsert', row, null, w.acc.kabidA.id),
      command('laporanHarian/upsert', { ...row, tanggal: '2026-01-05' }, null, w.acc.stafA1.id),
      command('laporanHarian/upsert', { ...row, rhkId: v7() }, null, w.acc.stafA1.id),
      command('laporanHarian/upsert', row, null, w.acc.stafA1.id),
      command('laporanHarian/upsert', { ...row, menit: 30 }, 1, w.acc.operatorA1.id),
      command('laporanHarian/delete', { id: row.id }, 2, w.acc.kabidB.id),
      command('laporanHarian/delete', { id: row.id }, 2, w.acc.stafA1.id),
    ]);
    expect(verdicts(out)).toEqual(['FORBIDDEN', 'VALIDATION', 'VALIDATION', 'accepted', 'accepted', 'FORBIDDEN', 'accepted']);
    expect(out[1]).toMatchObject({ message: EVALUASI_MSG.tanggalLuarPeriode });
    const changes = (await w.api.pullAll(w.devA)).pages.flatMap((p) => p.changes);
    expect(changes.find((c) => c.id === row.id)).toMatchObject({ entity: 'laporan_harian', row: null, version: 3 });
  });

  it('umpanBalik: the owner, the penilai and the atasan penilai, under their own name, once', async () => {
    const msg = (authorUserId: string, over: Partial<SyncRow<'umpan_balik'>> = {}): SyncRow<'umpan_balik'> => ({
      id: v7(),
      skpId: w.skp.id,
      periode: 'TW1',
      rhkId: w.rhk.id,
      nilai: null,
      authorUserId,
      at: NOW,
      teks: 'Pertahankan ketepatan waktu laporan.',
      ...over,
    });
    const first = msg(w.acc.kabidA.id);
    const out = await w.api.push(w.devA, [
      command('umpanBalik/create', first, null, w.acc.kabidA.id),
      command('umpanBalik/create', msg(w.acc.stafA1.id), null, w.acc.stafA1.id),
      command('umpanBalik/create', msg(w.acc.kadis.id, { rhkId: null, nilai: 'akuntabel' }), null, w.acc.kadis.id),
      command('umpanBalik/create', msg(w.acc.kabidB.id), null, w.acc.kabidB.id),
      command('umpanBalik/create', msg(w.acc.kabidA.id), null, w.acc.stafA1.id),
      command('umpanBalik/create', msg(w.org.users.operatorA.id), null, w.org.users.operatorA.id),
      command('umpanBalik/create', { ...first, teks: 'diubah' }, 1, w.acc.kabidA.id),
      command('umpanBalik/create', msg(w.acc.stafA1.id, { rhkId: v7() }), null, w.acc.stafA1.id),
    ]);
    expect(verdicts(out)).toEqual(['accepted', 'accepted', 'accepted', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'CONFLICT', 'VALIDATION']);
    expect(out[3]).toMatchObject({ message: UMPAN_BALIK_MSG.bukanPihak });
    expect(out[6]).toMatchObject({ message: UMPAN_BALIK_MSG.tidakDapatDiubah, current: first });
  });

  it('evaluasi: only the pejabat penilai rates, with the predikat of the matrix, naming themself as penilai', async () => {
    const blank = blankEvaluasi(w.skp.id, 'TW1');
    const input = { ratingHasilKerja: 'di_atas' as const, ratingPerilaku: 'di_atas' as const };
    const good = evaluasiCommand(w, blank, 'nilai', { baseVersion: null, input });
    const byOperator = evaluasiCommand(w, blank, 'nilai', { baseVersion: null, input, by: w.acc.operatorA1 });
    const byAdmin = evaluasiCommand(w, blankEvaluasi(w.skp.id, 'TW2'), 'nilai', { baseVersion: null, input, by: w.org.users.admin });
    const byOwner = evaluasiCommand(w, blank, 'nilai', { baseVersion: null, input, by: w.acc.stafA1 });
    const wrongPredikat = { ...good.row, predikat: 'baik' as const };

    // (Steps naming no command are taken as unverified history, so these need no signature fields.)
    const unsigned = { ...good.row, riwayat: good.row.riwayat.map(({ commandId: _c, keyVersion: _k, ...e }) => e) };
    const otherPenilai = { ...unsigned, penilaiPegawaiId: w.org.pegawai.kadis.id };
    const out = await w.api.push(w.devA, [
      byOperator.cmd,
      byOwner.cmd,
      command('evaluasi/upsert', wrongPredikat, null, w.acc.kabidA.id),
      command('evaluasi/upsert', otherPenilai, null, w.acc.kabidA.id),
      command('evaluasi/upsert', { ...blank, diterimaAt: NOW, riwayat: [{ at: NOW, action: 'terima', actorUserId: w.acc.stafA1.id, alasan: null }] }, null, w.acc.stafA1.id),
      good.cmd,
    ]);
    const [admin] = await w.api.push(w.devRoot, [byAdmin.cmd]);
    expect(verdicts([...out, ...(admin ? [admin] : [])])).toEqual(['FORBIDDEN', 'FORBIDDEN', 'VALIDATION', 'VALIDATION', 'ILLEGAL_TRANSITION', 'accepted', 'FORBIDDEN']);
    expect(out[2]).toMatchObject({ message: EVALUASI_CHECK_MSG.predikatSalah });
    expect(out[3]).toMatchObject({ message: EVALUASI_CHECK_MSG.tidakSesuai });
    // A step whose history names another command is not provably its actor's.
    const replay = evaluasiCommand(w, good.row, 'nilai', { baseVersion: 1, input: { ratingPerilaku: 'sesuai' } });
    const [bad] = await w.api.push(w.devA, [command('evaluasi/upsert', replay.row, 1, w.acc.kabidA.id)]);
    expect(bad).toMatchObject({ status: 'rejected', code: 'BAD_SIGNATURE' });
  });

  it('evaluasi: an active Plt. override replaces the structural penilai', async () => {
    const override: SyncRow<'penilai_override'> = {
      id: v7(),
      pegawaiId: w.org.pegawai.stafA1.id,
      unitId: w.org.units.a1.id,
      penilaiPegawaiId: w.org.pegawai.kabidB.id,
      jenis: 'plt',
      mulai: '2025-01-01',
      selesai: null,
      alasan: 'Plt. Kepala Bidang A',
      dibatalkan: false,
    };
    const blank = blankEvaluasi(w.skp.id, 'TW1');
    const input = { ratingHasilKerja: 'sesuai' as const, ratingPerilaku: 'sesuai' as const };
    const byKabidA = evaluasiCommand(w, blank, 'nilai', { baseVersion: null, input });
    const byPlt = evaluasiCommand(w, blank, 'nilai', { baseVersion: null, input, as: w.acc.kabidB, penilaiIds: [w.org.pegawai.kabidB.id] });
    const out = await w.api.push(w.devA, [command('penilaiOverride/upsert', override, null, w.acc.operatorA1.id), byKabidA.cmd, byPlt.cmd]);
    expect(verdicts(out)).toEqual(['accepted', 'FORBIDDEN', 'accepted']);
    expect(byPlt.row.penilaiPegawaiId).toBe(w.org.pegawai.kabidB.id);
  });
});
