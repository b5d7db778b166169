/**
 * Builds the import/export workbook (.xlsx) from org data. The template is the same workbook with
 * no data rows: examples live only in the "Petunjuk" sheet, so importing the untouched template
 * changes nothing.
 */
import ExcelJS from 'exceljs';
import { JENIS_JABATAN, JENIS_JABATAN_LABEL } from '../../../../shared/domain/jabatan.js';
import { PNS_GOLONGAN, PPPK_GOLONGAN } from '../../../../shared/domain/pangkat.js';
import type { SheetName } from '../../../../shared/entities.js';
import type { OrgData } from '../org-apply.js';
import { HELP_SHEET_TITLE, LAYOUT, SHEET_ORDER, type ColumnKey, type ColumnSpec } from './layout.js';

type Cell = string | number | Date | null;
type SheetRows = { [S in SheetName]: Record<ColumnKey<S>, Cell>[] };

/** A YYYY-MM-DD text as a date cell; exceljs turns dates into serials in UTC, so build it in UTC. */
function dateCell(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function rowsOf(data: OrgData): SheetRows {
  return {
    unit: data.units.map((u) => ({ kode: u.kode, nama: u.nama, parentKode: u.parentKode })),
    jabatan: data.jabatan.map((j) => ({
      kode: j.kode,
      nama: j.nama,
      jenis: JENIS_JABATAN_LABEL[j.jenis],
      unitKode: j.unitKode,
      atasanKode: j.atasanKode,
      kelas: j.kelas,
    })),
    pegawai: data.pegawai.map((p) => ({
      nip: p.nip,
      gelarDepan: p.gelarDepan,
      nama: p.nama,
      gelarBelakang: p.gelarBelakang,
      jenisAsn: p.jenisAsn,
      golongan: p.golongan,
      jabatanKode: p.jabatanKode,
      unitKode: p.unitKode,
      tmtMulai: dateCell(p.tmtMulai),
      tmtSelesai: dateCell(p.tmtSelesai),
    })),
  };
}

function addDataSheet<S extends SheetName>(wb: ExcelJS.Workbook, sheet: S, rows: readonly Record<ColumnKey<S>, Cell>[]): void {
  const spec = LAYOUT[sheet];
  const columns: readonly ColumnSpec[] = spec.columns;
  const ws = wb.addWorksheet(spec.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    // Column styles also apply to cells typed later in Excel, which is what keeps an 18-digit NIP
    // from turning into 1.98E+17.
    style: c.text ? { numFmt: '@' } : c.date ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  // Style the header cells only: a row style would paint all 16,384 columns.
  ws.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  for (const r of rows) ws.addRow(r);
}

function addHelpSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(HELP_SHEET_TITLE);
  ws.columns = [{ width: 24 }, { width: 24 }, { width: 90 }];
  const add = (values: string[], bold = false): void => {
    const row = ws.addRow(values);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (bold) row.font = { bold: true };
  };
  add(['Petunjuk impor data Meja Kinerja'], true);
  add(['Isi lembar Unit Kerja, Jabatan dan Pegawai mulai baris kedua; jangan ubah judul kolom. Lembar ini (Petunjuk) tidak dibaca saat impor.']);
  add(['Baris dengan kode unit, kode jabatan atau NIP yang sudah ada memperbarui data itu; baris baru menambah data. Data yang tidak tercantum tidak dihapus.']);
  add(['Sebelum disimpan, aplikasi menampilkan pratinjau jumlah data baru/berubah dan setiap kesalahan beserta nomor barisnya. Tidak ada data yang berubah selama masih ada kesalahan.']);
  add([]);
  for (const sheet of SHEET_ORDER) {
    add([`Lembar ${LAYOUT[sheet].title}`, 'Kolom', 'Keterangan'], true);
    const columns: readonly ColumnSpec[] = LAYOUT[sheet].columns;
    for (const c of columns) {
      const need = c.requiredValue ? 'wajib diisi' : c.requiredHeader ? 'boleh kosong' : 'kolom boleh dihapus';
      add(['', c.header, `${c.help} (${need})`]);
    }
    add([]);
  }
  add(['Jenis Jabatan yang diterima'], true);
  for (const j of JENIS_JABATAN) add(['', JENIS_JABATAN_LABEL[j]]);
  add([]);
  add(['Golongan'], true);
  add(['', 'PNS', PNS_GOLONGAN.map((g) => `${g.golongan} ${g.pangkat}`).join('; ')]);
  add(['', 'PPPK', PPPK_GOLONGAN.join(', ')]);
  add([]);
  add(['Contoh baris'], true);
  add(['Unit Kerja', 'Kode Unit / Nama / Induk', '01.02 | Bidang Kebudayaan | 01']);
  add(['Jabatan', 'Kode / Nama / Jenis / Unit / Atasan / Kelas', 'JAB-00010 | Kepala Seksi Sejarah | Pengawas | 01.02 | JAB-00003 | 9']);
  add(['Pegawai', 'NIP / Nama / Jenis ASN / Golongan / Jabatan / Unit', '198503122010011003 | Budi Santoso | PNS | III/c | JAB-00010 | 01.02']);
  add(['', 'Tanggal', 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-01-02 (atau sel bertipe tanggal).']);
}

async function toBase64(wb: ExcelJS.Workbook): Promise<string> {
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out).toString('base64');
}

/**
 * The workbook with the given data (export) or none (template), as base64.
 *
 * @example
 * const base64 = await writeWorkbook({ units: [], jabatan: [], pegawai: [] }, { helpFirst: true });
 */
export async function writeWorkbook(data: OrgData, opts: { helpFirst: boolean }): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Meja Kinerja';
  const rows = rowsOf(data);
  if (opts.helpFirst) addHelpSheet(wb);
  addDataSheet(wb, 'unit', rows.unit);
  addDataSheet(wb, 'jabatan', rows.jabatan);
  addDataSheet(wb, 'pegawai', rows.pegawai);
  if (!opts.helpFirst) addHelpSheet(wb);
  return toBase64(wb);
}
