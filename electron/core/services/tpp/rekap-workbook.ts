/**
 * The TPP rekap as an xlsx a person can check by hand: one row per pegawai with every factor
 * (days, TL/PSW per band with minutes, each deduction, discipline, predikat, kinerja, weights,
 * base, both parts and the TPP) and a total row; the day-by-day detail; and the settings used.
 * Numbers are number cells, NIP is text (an 18-digit number would lose digits), row 1 is frozen.
 */
import ExcelJS from 'exceljs';
import { PREDIKAT_LABEL } from '../../../../shared/domain/evaluasi/types.js';
import { jamDariMenit } from '../../../../shared/domain/tpp/jam.js';
import { BAND, JENIS_IZIN_LABEL, JENIS_LIBUR_LABEL } from '../../../../shared/domain/tpp/types.js';
import type { HariPegawai } from '../../../../shared/domain/tpp/klasifikasi.js';
import type { TppRekapRow } from '../../../../shared/entities-tpp.js';
import type { RekapLengkap } from './rekap.js';
import { addPengaturanSheet } from './pengaturan-sheet.js';
import { styleHeader } from './sheet-style.js';

type Col = { header: string; width: number; fmt?: string; value: (r: TppRekapRow, i: number) => string | number | null; sum?: true };

const PCT = '0.00';
const RP = '#,##0';
const RP2 = '#,##0.00';

const bandCols = (side: 'tl' | 'psw', label: string): Col[] =>
  BAND.flatMap((b) => [
    { header: `${label}${b} (kali)`, width: 9, value: (r: TppRekapRow) => r.disiplin[side][b - 1]?.kali ?? 0, sum: true as const },
    { header: `${label}${b} (menit)`, width: 10, value: (r: TppRekapRow) => r.disiplin[side][b - 1]?.menit ?? 0, sum: true as const },
  ]);

const COLUMNS: Col[] = [
  { header: 'No', width: 5, value: (_r, i) => i + 1 },
  { header: 'NIP', width: 21, fmt: '@', value: (r) => r.nip },
  { header: 'Nama', width: 32, value: (r) => r.namaLengkap },
  { header: 'Jabatan', width: 32, value: (r) => r.jabatanNama ?? '' },
  { header: 'Unit Kerja', width: 26, value: (r) => r.unitNama },
  { header: 'Kelas Jabatan', width: 8, value: (r) => r.kelas },
  { header: 'Hari Kerja', width: 8, value: (r) => r.disiplin.hariKerja, sum: true },
  { header: 'Hadir', width: 7, value: (r) => r.disiplin.hadir, sum: true },
  { header: 'Cuti', width: 6, value: (r) => r.disiplin.izin.cuti, sum: true },
  { header: 'Dinas Luar', width: 7, value: (r) => r.disiplin.izin.dinas_luar, sum: true },
  { header: 'Sakit', width: 6, value: (r) => r.disiplin.izin.sakit, sum: true },
  { header: 'Tanpa Keterangan (hari)', width: 11, value: (r) => r.disiplin.tanpaKeterangan, sum: true },
  ...bandCols('tl', 'TL'),
  ...bandCols('psw', 'PSW'),
  { header: 'Potongan TL (%)', width: 10, fmt: PCT, value: (r) => r.disiplin.potonganTl },
  { header: 'Potongan PSW (%)', width: 10, fmt: PCT, value: (r) => r.disiplin.potonganPsw },
  { header: 'Potongan Tanpa Keterangan (%)', width: 12, fmt: PCT, value: (r) => r.disiplin.potonganTanpaKeterangan },
  { header: 'Potongan Total (%)', width: 10, fmt: PCT, value: (r) => r.disiplin.potonganTotal },
  { header: 'Disiplin (%)', width: 10, fmt: PCT, value: (r) => r.disiplin.disiplinPersen },
  { header: 'Predikat', width: 18, value: (r) => (r.kinerja.predikat ? PREDIKAT_LABEL[r.kinerja.predikat] : 'Belum dinilai') },
  { header: 'Periode Penilaian', width: 10, value: (r) => r.kinerja.periode ?? '' },
  { header: 'Kinerja (%)', width: 10, fmt: PCT, value: (r) => r.kinerja.persen },
  { header: 'Bobot Kinerja (%)', width: 9, value: (r) => r.hitung.bobotKinerja },
  { header: 'Bobot Disiplin (%)', width: 9, value: (r) => r.hitung.bobotDisiplin },
  { header: 'Persen Dibayar (%)', width: 10, fmt: '0.000', value: (r) => r.hitung.persenAkhir },
  { header: 'TPP Dasar (Rp)', width: 14, fmt: RP, value: (r) => r.hitung.dasar, sum: true },
  { header: 'Bagian Kinerja (Rp)', width: 15, fmt: RP2, value: (r) => r.hitung.rupiahKinerja, sum: true },
  { header: 'Bagian Disiplin (Rp)', width: 15, fmt: RP2, value: (r) => r.hitung.rupiahDisiplin, sum: true },
  { header: 'TPP (Rp)', width: 14, fmt: RP, value: (r) => r.hitung.tpp, sum: true },
];

function addRekapSheet(wb: ExcelJS.Workbook, rekap: RekapLengkap): void {
  const ws = wb.addWorksheet('Rekap TPP', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width, style: c.fmt ? { numFmt: c.fmt } : {} }));
  styleHeader(ws);
  rekap.rows.forEach((r, i) => ws.addRow(COLUMNS.map((c) => c.value(r, i))));
  // The total row sums the figures themselves (not formulas), so it reads the same in any viewer.
  const total = ws.addRow(COLUMNS.map((c, i) => (i === 2 ? `Jumlah (${rekap.rows.length} pegawai)` : c.sum ? rekap.rows.reduce((s, r, n) => s + Number(c.value(r, n) ?? 0), 0) : null)));
  total.font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
}

function keterangan(h: HariPegawai): string {
  switch (h.jenis) {
    case 'hadir':
      return 'Hadir';
    case 'izin':
      return JENIS_IZIN_LABEL[h.izin];
    case 'tanpa_keterangan':
      return 'Tanpa keterangan';
    case 'bukan_masa_kerja':
      return 'Di luar masa kerja';
    case 'libur':
      return h.sebab === 'akhir_pekan' ? 'Hari libur' : `${JENIS_LIBUR_LABEL[h.sebab]}${h.nama ? `: ${h.nama}` : ''}`;
  }
}

function dateCell(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function addRincianSheet(wb: ExcelJS.Workbook, rekap: RekapLengkap): void {
  const ws = wb.addWorksheet('Rincian Harian', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'NIP', key: 'nip', width: 21, style: { numFmt: '@' } },
    { header: 'Nama', key: 'nama', width: 30 },
    { header: 'Tanggal', key: 'tanggal', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Keterangan', key: 'ket', width: 30 },
    { header: 'Jam Masuk', key: 'masuk', width: 9 },
    { header: 'Jam Pulang', key: 'pulang', width: 9 },
    { header: 'TL (golongan)', key: 'tl', width: 9 },
    { header: 'TL (menit)', key: 'tlm', width: 9 },
    { header: 'PSW (golongan)', key: 'psw', width: 9 },
    { header: 'PSW (menit)', key: 'pswm', width: 9 },
    { header: 'Potongan (%)', key: 'pot', width: 10, style: { numFmt: PCT } },
  ];
  styleHeader(ws);
  for (const r of rekap.rows) {
    for (const h of rekap.hari.get(r.pegawaiId) ?? []) {
      const base = { nip: r.nip, nama: r.namaLengkap, tanggal: dateCell(h.tanggal), ket: keterangan(h) };
      if (h.jenis === 'hadir') {
        ws.addRow({
          ...base,
          masuk: h.masuk === null ? 'tidak ada' : jamDariMenit(h.masuk),
          pulang: h.pulang === null ? 'tidak ada' : jamDariMenit(h.pulang),
          tl: h.tl ? `TL${h.tl.band}` : null,
          tlm: h.tl?.menit ?? null,
          psw: h.psw ? `PSW${h.psw.band}` : null,
          pswm: h.psw?.menit ?? null,
          pot: h.potongan / 100,
        });
      } else ws.addRow({ ...base, pot: h.jenis === 'tanpa_keterangan' ? h.potongan / 100 : null });
    }
  }
}

/**
 * @example
 * const base64 = await rekapWorkbook(await rekapLengkap(core, actor, { tahun: 2026, bulan: 1, unitId }));
 */
export async function rekapWorkbook(rekap: RekapLengkap): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Meja Kinerja';
  addRekapSheet(wb, rekap);
  addRincianSheet(wb, rekap);
  addPengaturanSheet(wb, rekap.pengaturan);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
