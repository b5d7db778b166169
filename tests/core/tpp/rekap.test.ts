/**
 * The rekap end to end in the core on `:memory:` SQLite: settings saved, attendance imported,
 * an excused absence entered, evaluations in the desk tables, then `tpp/rekap` and `tpp/export`.
 * January 2026 as in tests/shared/domain/tpp/fixtures.ts: 19 working days (5–9, 12–15, 19–23,
 * 26–30) with 1, 2 and 16 January off.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PENGATURAN_TPP } from '../../../shared/domain/tpp/defaults.js';
import type { TppRekap } from '../../../shared/entities-tpp.js';
import { BUDI_NIP, csv, fails, ok, tppEnv, type TppEnv } from './fixture.js';
import { evaluasi, skpOf } from './evaluasi-rows.js';

const WORKING = [5, 6, 7, 8, 9, 12, 13, 14, 15, 19, 20, 21, 22, 23, 26, 27, 28, 29, 30];
const FRIDAYS = new Set([9, 23, 30]);

let env: TppEnv;
let rekap: TppRekap;
beforeAll(async () => {
  env = await tppEnv();
  await ok(env, 'tpp/settingsSave', {
    pengaturan: {
      ...DEFAULT_PENGATURAN_TPP,
      hariLibur: [
        { tanggal: '2026-01-16', nama: 'Isra Mikraj Nabi Muhammad SAW', jenis: 'libur_nasional' },
        { tanggal: '2026-01-01', nama: 'Tahun Baru 2026 Masehi', jenis: 'libur_nasional' },
        { tanggal: '2026-01-02', nama: 'Cuti bersama Tahun Baru', jenis: 'cuti_bersama' },
      ],
      tppDasar: DEFAULT_PENGATURAN_TPP.tppDasar.map((_, i) => (i === 8 ? 5_000_000 : null)),
    },
  });
  // Budi: on time every working day except 5 Jan 07:45 (TL1, 15 min), 8 Jan no check-out (PSW4),
  // 12–13 Jan cuti (no scans), 14 Jan nothing (tanpa keterangan). A Saturday scan is ignored.
  const lines = ['NIP;Tanggal;Jam Masuk;Jam Pulang'];
  for (const d of WORKING) {
    const tgl = `${String(d).padStart(2, '0')}/01/2026`;
    if (d === 12 || d === 13 || d === 14) continue;
    if (d === 5) lines.push(`${BUDI_NIP};${tgl};07:45;16:00`);
    else if (d === 8) lines.push(`${BUDI_NIP};${tgl};07:30;`);
    else lines.push(`${BUDI_NIP};${tgl};07:25;${FRIDAYS.has(d) ? '16:31' : '16:01'}`);
  }
  lines.push(`${BUDI_NIP};10/01/2026;09:00;11:00`);
  const p = await ok(env, 'tpp/importPreview', { fileName: 'januari.csv', base64: csv(lines) });
  expect(p.errors).toEqual([]);
  await ok(env, 'tpp/importCommit', { previewId: p.previewId });
  await ok(env, 'tpp/absenceSave', { pegawaiId: env.budiId, jenis: 'cuti', mulai: '2026-01-12', selesai: '2026-01-13', keterangan: 'Cuti tahunan' });
  // Budi: January locked as Butuh Perbaikan; the quarter (Sangat Baik) is less specific.
  const skpBudi = await skpOf(env, env.budiId, env.rootUnitId);
  await evaluasi(env, skpBudi, 'B01', 'butuh_perbaikan', true);
  await evaluasi(env, skpBudi, 'TW1', 'sangat_baik', true, '2026-04-05T03:00:00.000Z');
  // Sari: only the quarter, locked as Baik. The admin: January rated but not locked → belum dinilai.
  await evaluasi(env, await skpOf(env, env.sariId, env.subUnitId), 'TW1', 'baik', true);
  await evaluasi(env, await skpOf(env, env.adminPegawaiId, env.rootUnitId), 'B01', 'sangat_baik', false);
  rekap = await ok(env, 'tpp/rekap', { tahun: 2026, bulan: 1, unitId: env.rootUnitId });
});
afterAll(async () => {
  await env.t.close();
});

describe('tpp/rekap', () => {
  it('lists the unit and its sub-units by name', () => {
    expect(rekap.rows.map((r) => r.namaLengkap)).toEqual(['Admin Uji, S.Kom.', 'Budi Santoso', 'Sari Lestari']);
  });

  it('Budi, worked by hand', () => {
    const b = rekap.rows.find((r) => r.nip === BUDI_NIP);
    // 19 working days − 2 cuti − 1 tanpa keterangan = 16 hadir.
    expect(b?.disiplin).toMatchObject({ hariKerja: 19, hadir: 16, izin: { cuti: 2, dinas_luar: 0, sakit: 0 }, tanpaKeterangan: 1 });
    expect(b?.disiplin.tl[0]).toEqual({ band: 1, kali: 1, menit: 15, tanpaCatatan: 0, potongan: 0.5 });
    expect(b?.disiplin.psw[3]).toEqual({ band: 4, kali: 1, menit: 0, tanpaCatatan: 1, potongan: 1.5 });
    // TL 0.5 + PSW 1.5 + TK 3 = 5 → disiplin 95 %.
    expect([b?.disiplin.potonganTl, b?.disiplin.potonganPsw, b?.disiplin.potonganTanpaKeterangan, b?.disiplin.disiplinPersen]).toEqual([0.5, 1.5, 3, 95]);
    expect(b?.kinerja).toEqual({ predikat: 'butuh_perbaikan', belumDinilai: false, persen: 80, periode: 'B01' });
    // 5,000,000 × (60 % × 80 % + 40 % × 95 %) = 5,000,000 × (48 % + 38 %) = 5,000,000 × 86 % = 4,300,000.
    expect(b?.kelas).toBe(9);
    expect(b?.hitung).toMatchObject({ dasar: 5_000_000, persenAkhir: 86, rupiahKinerja: 2_400_000, rupiahDisiplin: 1_900_000, tpp: 4_300_000 });
  });

  it('Sari: the quarter\'s predikat, no base (no jabatan), no attendance at all', () => {
    const s = rekap.rows.find((r) => r.namaLengkap === 'Sari Lestari');
    // 19 days × 3 % = 57 % → 43 %; 60 % × 100 % + 40 % × 43 % = 77.2 % of no base.
    expect(s?.disiplin).toMatchObject({ hariKerja: 19, hadir: 0, tanpaKeterangan: 19, potonganTotal: 57, disiplinPersen: 43 });
    expect(s?.kinerja).toEqual({ predikat: 'baik', belumDinilai: false, persen: 100, periode: 'TW1' });
    expect(s?.hitung).toMatchObject({ dasar: null, persenAkhir: 77.2, tpp: null });
  });

  it('the admin: an unlocked evaluation is belum dinilai (kinerja 0, flagged)', () => {
    const a = rekap.rows[0];
    expect(a?.kinerja).toEqual({ predikat: null, belumDinilai: true, persen: 0, periode: null });
    expect(a?.hitung.persenAkhir).toBe(17.2);
  });

  it('totals', () => {
    expect(rekap.total).toEqual({ pegawai: 3, tpp: 4_300_000, dasar: 5_000_000, belumDinilai: 1, tanpaDasar: 2 });
    expect(rekap.pengaturan.hariLibur.map((h) => h.tanggal)).toEqual(['2026-01-01', '2026-01-02', '2026-01-16']);
  });

  it('an operator sees only their units', async () => {
    expect((await fails(env, 'tpp/rekap', { tahun: 2026, bulan: 1, unitId: env.rootUnitId }, env.operatorToken)).code).toBe('FORBIDDEN');
    const r = await ok(env, 'tpp/rekap', { tahun: 2026, bulan: 1, unitId: env.subUnitId }, env.operatorToken);
    expect(r.rows.map((x) => x.namaLengkap)).toEqual(['Sari Lestari']);
    expect((await fails(env, 'tpp/settingsSave', { pengaturan: { ...DEFAULT_PENGATURAN_TPP, bobotKinerja: 70 } })).code).toBe('VALIDATION');
  });

  it('excused absences: listed with their total, overlap refused, outside scope refused', async () => {
    const list = await ok(env, 'tpp/absenceList', { tahun: 2026, bulan: 1, unitId: env.rootUnitId });
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ nip: BUDI_NIP, jenis: 'cuti', mulai: '2026-01-12', selesai: '2026-01-13', namaLengkap: 'Budi Santoso' });
    const e = await fails(env, 'tpp/absenceSave', { pegawaiId: env.budiId, jenis: 'sakit', mulai: '2026-01-13', selesai: '2026-01-14', keterangan: '' });
    expect(e.message).toBe('Pegawai ini sudah tercatat cuti dari 12 Januari 2026 sampai 13 Januari 2026; ubah data itu atau pilih tanggal lain.');
    expect((await fails(env, 'tpp/absenceSave', { pegawaiId: env.budiId, jenis: 'sakit', mulai: '2026-01-20', selesai: '2026-01-20', keterangan: '' }, env.operatorToken)).code).toBe('FORBIDDEN');
    expect((await fails(env, 'tpp/absenceSave', { pegawaiId: env.budiId, jenis: 'sakit', mulai: '2026-01-21', selesai: '2026-01-20', keterangan: '' })).code).toBe('VALIDATION');
    // A sick letter for 14 January turns the tanpa keterangan day into an excused one: 100 − 2 = 98 %.
    const sakit = await ok(env, 'tpp/absenceSave', { pegawaiId: env.budiId, jenis: 'sakit', mulai: '2026-01-14', selesai: '2026-01-14', keterangan: 'Surat dokter' });
    const after = await ok(env, 'tpp/rekap', { tahun: 2026, bulan: 1, unitId: env.rootUnitId });
    expect(after.rows.find((r) => r.nip === BUDI_NIP)?.disiplin).toMatchObject({ tanpaKeterangan: 0, izin: { cuti: 2, sakit: 1, dinas_luar: 0 }, disiplinPersen: 98 });
    await ok(env, 'tpp/absenceDelete', { id: sakit.id });
    expect((await ok(env, 'tpp/absenceList', { tahun: 2026, bulan: 1, unitId: env.rootUnitId })).total).toBe(1);
  });
});

describe('tpp/export', () => {
  it('reads back: frozen styled header, NIP as text, numbers as numbers, a total row, the day detail and the settings', async () => {
    const file = await ok(env, 'tpp/export', { tahun: 2026, bulan: 1, unitId: env.rootUnitId });
    expect(file.fileName).toBe('rekap-tpp-01-2026-01.xlsx');
    const wb = new ExcelJS.Workbook();
    const bytes = Buffer.from(file.base64, 'base64');
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rekap TPP', 'Rincian Harian', 'Pengaturan']);
    const ws = wb.getWorksheet('Rekap TPP');
    if (!ws) throw new Error('no sheet');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = ws.getRow(1).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    const budi = ws.getRow(3);
    expect(budi.getCell(col('NIP')).value).toBe(BUDI_NIP);
    expect(budi.getCell(col('NIP')).type).toBe(ExcelJS.ValueType.String);
    expect(budi.getCell(col('NIP')).numFmt).toBe('@');
    for (const [name, v] of [['Hari Kerja', 19], ['Hadir', 16], ['TL1 (kali)', 1], ['TL1 (menit)', 15], ['PSW4 (kali)', 1], ['Disiplin (%)', 95], ['Kinerja (%)', 80], ['TPP Dasar (Rp)', 5_000_000], ['TPP (Rp)', 4_300_000]] as const) {
      expect(budi.getCell(col(name)).value, name).toBe(v);
      expect(budi.getCell(col(name)).type, name).toBe(ExcelJS.ValueType.Number);
    }
    expect(budi.getCell(col('Predikat')).value).toBe('Butuh Perbaikan');
    expect(ws.getRow(2).getCell(col('Predikat')).value).toBe('Belum dinilai');
    const total = ws.getRow(5);
    expect(total.getCell(col('Nama')).value).toBe('Jumlah (3 pegawai)');
    expect(total.getCell(col('TPP (Rp)')).value).toBe(4_300_000);
    const detail = wb.getWorksheet('Rincian Harian');
    // 3 pegawai × 31 days + the header.
    expect(detail?.rowCount).toBe(94);
    expect(detail?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const libur = detail?.getRow(32 + 16).values as unknown[];
    expect(libur).toContain('Libur nasional: Isra Mikraj Nabi Muhammad SAW');
  });
});
