/**
 * The import/export workbook layout, written once as data: the template, the export and the parser
 * all read it, so a column cannot be renamed in one place and forgotten in another.
 */
import type { SheetName } from '../../../../shared/entities.js';

export type ColumnSpec = {
  /** Field name used in code. */
  key: string;
  /** Header text in the workbook (matched ignoring case and extra spaces). */
  header: string;
  /**
   * Whether the column must be present. An optional column left out keeps what the database has,
   * so a short sheet (say, without gelar) does not wipe data.
   */
  requiredHeader: boolean;
  /** Whether a data row must have a value here. */
  requiredValue: boolean;
  width: number;
  /** Stored as text ('@') so Excel keeps leading zeros and all 18 NIP digits. */
  text?: boolean;
  /** Stored as a date cell shown YYYY-MM-DD. */
  date?: boolean;
  /** Indonesian explanation for the "Petunjuk" sheet. */
  help: string;
};

export type SheetSpec = { title: string; columns: readonly ColumnSpec[] };

/** The order here is the order of sheets in the workbook and of errors in the preview. */
export const SHEET_ORDER = ['unit', 'jabatan', 'pegawai'] as const satisfies readonly SheetName[];

export const LAYOUT = {
  unit: {
    title: 'Unit Kerja',
    columns: [
      { key: 'kode', header: 'Kode Unit', requiredHeader: true, requiredValue: true, width: 16, text: true, help: 'Kode unik unit kerja, misalnya 01.02. Baris dengan kode yang sudah ada memperbarui unit itu.' },
      { key: 'nama', header: 'Nama Unit', requiredHeader: true, requiredValue: true, width: 48, help: 'Nama lengkap unit kerja.' },
      { key: 'parentKode', header: 'Kode Unit Induk', requiredHeader: true, requiredValue: false, width: 18, text: true, help: 'Kode unit atasan langsung. Kosongkan hanya untuk unit teratas yang sudah ada.' },
    ],
  },
  jabatan: {
    title: 'Jabatan',
    columns: [
      { key: 'kode', header: 'Kode Jabatan', requiredHeader: true, requiredValue: true, width: 16, text: true, help: 'Kode unik jabatan. Baris dengan kode yang sudah ada memperbarui jabatan itu.' },
      { key: 'nama', header: 'Nama Jabatan', requiredHeader: true, requiredValue: true, width: 44, help: 'Nama jabatan, misalnya Analis Kebijakan Ahli Muda.' },
      { key: 'jenis', header: 'Jenis Jabatan', requiredHeader: true, requiredValue: true, width: 18, help: 'Salah satu dari daftar jenis jabatan di bawah.' },
      { key: 'unitKode', header: 'Kode Unit', requiredHeader: true, requiredValue: true, width: 14, text: true, help: 'Kode unit kerja tempat jabatan ini berada (dari lembar Unit Kerja atau data yang sudah ada).' },
      { key: 'atasanKode', header: 'Kode Jabatan Atasan', requiredHeader: true, requiredValue: false, width: 20, text: true, help: 'Kode jabatan atasan langsung (pejabat penilai kinerja). Kosongkan untuk pimpinan tertinggi.' },
      { key: 'kelas', header: 'Kelas Jabatan', requiredHeader: false, requiredValue: false, width: 14, help: 'Angka 1 sampai 17; boleh kosong.' },
    ],
  },
  pegawai: {
    title: 'Pegawai',
    columns: [
      { key: 'nip', header: 'NIP', requiredHeader: true, requiredValue: true, width: 22, text: true, help: 'NIP PNS atau NI PPPK, 18 digit. Format kolom sebagai Teks agar digit terakhir tidak hilang.' },
      { key: 'gelarDepan', header: 'Gelar Depan', requiredHeader: false, requiredValue: false, width: 12, help: 'Misalnya Dr. atau Hj.; boleh kosong.' },
      { key: 'nama', header: 'Nama', requiredHeader: true, requiredValue: true, width: 32, help: 'Nama tanpa gelar.' },
      { key: 'gelarBelakang', header: 'Gelar Belakang', requiredHeader: false, requiredValue: false, width: 16, help: 'Misalnya S.Pd., M.Si.; boleh kosong.' },
      { key: 'jenisAsn', header: 'Jenis ASN', requiredHeader: true, requiredValue: true, width: 11, help: 'PNS atau PPPK.' },
      { key: 'golongan', header: 'Golongan', requiredHeader: true, requiredValue: true, width: 11, help: 'PNS: I/a sampai IV/e (contoh III/a). PPPK: I sampai XVII (contoh IX).' },
      { key: 'jabatanKode', header: 'Kode Jabatan', requiredHeader: true, requiredValue: false, width: 16, text: true, help: 'Kode jabatan yang dipegang; boleh kosong.' },
      { key: 'unitKode', header: 'Kode Unit', requiredHeader: true, requiredValue: true, width: 14, text: true, help: 'Kode unit kerja pegawai.' },
      { key: 'tmtMulai', header: 'TMT Mulai', requiredHeader: false, requiredValue: false, width: 13, date: true, help: 'Tanggal mulai pada jabatan, format TTTT-BB-HH (contoh 2024-01-02); boleh kosong.' },
      { key: 'tmtSelesai', header: 'TMT Selesai', requiredHeader: false, requiredValue: false, width: 13, date: true, help: 'Tanggal berhenti (pensiun, pindah), format TTTT-BB-HH; kosong bila masih aktif.' },
    ],
  },
} as const satisfies Record<SheetName, SheetSpec>;

export type ColumnKey<S extends SheetName> = (typeof LAYOUT)[S]['columns'][number]['key'];

/** Name of the help sheet; the reader ignores it. */
export const HELP_SHEET_TITLE = 'Petunjuk';

/** Refuse larger sheets before validating (a real instansi has far fewer pegawai). */
export const MAX_DATA_ROWS = 100_000;

/** Header/sheet-name matching key: case and runs of spaces do not matter. */
export function headerKey(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The header text of a column, for error messages. */
export function headerOf<S extends SheetName>(sheet: S, key: ColumnKey<S>): string {
  const cols: readonly ColumnSpec[] = LAYOUT[sheet].columns;
  return cols.find((c) => c.key === key)?.header ?? key;
}

export function isColumnKey<S extends SheetName>(sheet: S, key: string): key is ColumnKey<S> {
  const cols: readonly ColumnSpec[] = LAYOUT[sheet].columns;
  return cols.some((c) => c.key === key);
}

/** Position of a column in the layout, for ordering errors the way the sheet shows them. */
export function columnIndex(sheet: SheetName, header: string): number {
  const cols: readonly ColumnSpec[] = LAYOUT[sheet].columns;
  return cols.findIndex((c) => c.header === header);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
