/**
 * Builds import workbooks for the e2e tests in the layout the template uses (sheets Unit Kerja,
 * Jabatan, Pegawai with their header rows), so the tests exercise the real parser.
 */
import ExcelJS from 'exceljs';

export type OrgRows = {
  units: [kode: string, nama: string, parentKode: string][];
  jabatan: [kode: string, nama: string, jenis: string, unitKode: string, atasanKode: string, kelas: number | ''][];
  pegawai: [nip: string, gelarDepan: string, nama: string, gelarBelakang: string, jenisAsn: string, golongan: string, jabatanKode: string, unitKode: string][];
};

const HEADERS = {
  units: ['Kode Unit', 'Nama Unit', 'Kode Unit Induk'],
  jabatan: ['Kode Jabatan', 'Nama Jabatan', 'Jenis Jabatan', 'Kode Unit', 'Kode Jabatan Atasan', 'Kelas Jabatan'],
  pegawai: ['NIP', 'Gelar Depan', 'Nama', 'Gelar Belakang', 'Jenis ASN', 'Golongan', 'Kode Jabatan', 'Kode Unit', 'TMT Mulai', 'TMT Selesai'],
} as const;

/** The .xlsx bytes of a workbook holding `rows`. */
export async function orgWorkbook(rows: OrgRows): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const add = (title: string, headers: readonly string[], data: readonly (readonly (string | number)[])[]) => {
    const ws = wb.addWorksheet(title);
    ws.addRow([...headers]);
    // NIPs and codes stay text, as the template formats them.
    for (const r of data) ws.addRow(r.map((v) => (v === '' ? null : v)));
  };
  add('Unit Kerja', HEADERS.units, rows.units);
  add('Jabatan', HEADERS.jabatan, rows.jabatan);
  add('Pegawai', HEADERS.pegawai, rows.pegawai);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
