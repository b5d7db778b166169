import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoUnit } from '../../../electron/core/demo/generate.js';
import type { ImportPreview } from '../../../shared/entities.js';
import { PEGAWAI_HEADER, callFails, demoEnv, preview, rawWorkbook, tableCounts, workbookOf, type Env } from './helpers.js';

// Every case here must leave the database exactly as it was, so the cases share one core.
let env: Env;
let before: Awaited<ReturnType<typeof tableCounts>>;
beforeAll(async () => {
  env = await demoEnv(30);
});
afterAll(async () => {
  await env.core.close();
});
beforeEach(async () => {
  before = await tableCounts(env);
});
afterEach(async () => {
  expect(await tableCounts(env)).toEqual(before);
});

const people = generateDemoUnit({ pegawaiCount: 8, seed: 4242 }).pegawai;
const person = (i: number) => {
  const p = people[i];
  if (!p) throw new Error('no such demo person');
  return { ...p, jabatanKode: 'JAB-00001', unitKode: '01' };
};

/** What Excel keeps of an 18-digit NIP typed into a number cell (the last digits are gone). */
const NIP_AS_NUMBER = Number('198503122010011003');

/** Previews and checks that the preview cannot be committed (and that a commit is refused). */
async function refused(base64: string): Promise<ImportPreview> {
  const p = await preview(env, base64);
  expect(p.canCommit).toBe(false);
  const err = await callFails(env, 'sheets/commit', { previewId: p.previewId });
  expect(err.code).toBe('SHEET_HAS_ERRORS');
  return p;
}

describe('columns', () => {
  it('matches headers ignoring case and spaces, ignores unknown columns, lets optional ones go', async () => {
    const p = person(0);
    const file = await rawWorkbook({
      '  pegawai ': [
        ['nip ', '  NAMA', 'Jenis   ASN', 'golongan', 'Kode Jabatan', 'KODE UNIT', 'Catatan Bebas'],
        [p.nip, p.nama, 'pns', p.golongan.toLowerCase(), p.jabatanKode, p.unitKode, 'diabaikan'],
      ],
    });
    const r = await preview(env, file);
    expect(r.errors).toEqual([]);
    expect(r.counts.pegawai).toEqual({ insert: 1, update: 0, unchanged: 0 });
  });

  it('finds the header below a title row and numbers rows as the spreadsheet shows them', async () => {
    const p = person(0);
    const file = await rawWorkbook({
      Pegawai: [['DAFTAR NOMINATIF PEGAWAI 2025'], [], PEGAWAI_HEADER, [p.nip, '', p.nama, '', p.jenisAsn, 'X/z', p.jabatanKode, p.unitKode, null, null]],
    });
    const r = await refused(file);
    expect(r.errors).toEqual([{ sheet: 'pegawai', row: 4, column: 'Golongan', message: expect.stringContaining('"X/z" tidak dikenal') }]);
  });

  it('names every missing required column with its sheet', async () => {
    const file = await rawWorkbook({ Jabatan: [['Kode Jabatan', 'Nama Jabatan', 'Kode Unit'], ['J-1', 'Analis', '01']] });
    const r = await refused(file);
    expect(r.errors).toEqual([
      { sheet: 'jabatan', row: 1, column: 'Jenis Jabatan', message: 'Kolom wajib "Jenis Jabatan" tidak ada pada lembar Jabatan.' },
      { sheet: 'jabatan', row: 1, column: 'Kode Jabatan Atasan', message: 'Kolom wajib "Kode Jabatan Atasan" tidak ada pada lembar Jabatan.' },
    ]);
  });

  it('refuses a workbook without any of the three sheets', async () => {
    const err = await callFails(env, 'sheets/preview', { fileName: 'x.xlsx', base64: await rawWorkbook({ Sheet1: [['a', 'b']] }) });
    expect(err.code).toBe('INVALID_SHEET');
    expect(err.message).toContain('Sheet1');
  });
});

describe('pegawai rows', () => {
  it('reports a NIP used twice on both rows', async () => {
    const a = person(0);
    const r = await refused(await workbookOf({ pegawai: [a, person(1), { ...a, nama: 'Orang Lain' }] }));
    const dup = r.errors.filter((e) => e.column === 'NIP');
    expect(dup.map((e) => e.row)).toEqual([2, 4]);
    expect(dup[0]?.message).toContain('baris 2, 4');
    // The clean row in between would still be inserted.
    expect(r.counts.pegawai.insert).toBe(1);
  });

  it('says exactly what is wrong with a NIP', async () => {
    const r = await refused(await workbookOf({ pegawai: [{ ...person(0), nip: '198513122010011003', jenisAsn: 'PNS', golongan: 'III/a' }, { ...person(1), nip: '198503122010013003', jenisAsn: 'PNS', golongan: 'III/a' }] }));
    expect(r.errors).toEqual([
      { sheet: 'pegawai', row: 2, column: 'NIP', message: '8 digit pertama NIP harus tanggal lahir yang valid (TTTTBBHH).' },
      { sheet: 'pegawai', row: 3, column: 'NIP', message: 'Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan).' },
    ]);
  });

  it('refuses a NIP stored as a number (Excel already dropped its last digits)', async () => {
    const file = await rawWorkbook({ Pegawai: [PEGAWAI_HEADER, [NIP_AS_NUMBER, '', 'Budi', '', 'PNS', 'III/a', 'JAB-00001', '01', null, null]] });
    const r = await refused(file);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toContain('NIP tersimpan sebagai angka dan kehilangan digit');
  });

  it('checks every field and keeps the errors in sheet, row, column order', async () => {
    const file = await rawWorkbook({
      Pegawai: [
        PEGAWAI_HEADER,
        [person(0).nip, '', '', '', 'Honorer', 'III/a', '', '01', '31/02/2024', null],
        [person(1).nip, '', 'Sari', '', 'PNS', 'III/f', '', '01', '2024-03-01', '2023-01-01'],
      ],
      Jabatan: [
        ['Kode Jabatan', 'Nama Jabatan', 'Jenis Jabatan', 'Kode Unit', 'Kode Jabatan Atasan', 'Kelas Jabatan'],
        ['J-1', 'Kepala Apa', 'Struktural', '01', '', 18],
      ],
    });
    const r = await refused(file);
    expect(r.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['jabatan', 2, 'Jenis Jabatan'],
      ['jabatan', 2, 'Kelas Jabatan'],
      ['pegawai', 2, 'Nama'],
      ['pegawai', 2, 'Jenis ASN'],
      ['pegawai', 2, 'TMT Mulai'],
      ['pegawai', 3, 'Golongan'],
      ['pegawai', 3, 'TMT Selesai'],
    ]);
    expect(r.errors[0]?.message).toContain('Struktural');
  });

  it('lists at most 200 errors and counts the rest', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => [`12345${i}`, '', 'Budi', '', 'PNS', 'III/a', '', '01', null, null]);
    const r = await refused(await rawWorkbook({ Pegawai: [PEGAWAI_HEADER, ...rows] }));
    expect(r.errors).toHaveLength(200);
    expect(r.errorsOmitted).toBe(50);
  });
});

describe('references and cycles', () => {
  it('reports unknown unit and jabatan codes', async () => {
    const r = await refused(
      await workbookOf({
        jabatan: [{ kode: 'J-1', nama: 'Analis', jenis: 'fungsional', unitKode: '09', atasanKode: 'JAB-99999', kelas: 8 }],
        pegawai: [{ ...person(0), jabatanKode: 'JAB-TIDAK-ADA', unitKode: '09' }],
      }),
    );
    expect(r.errors.map((e) => `${e.sheet}:${e.row}:${e.column}:${e.message}`)).toEqual([
      // "09" is one character from the demo's only top unit "01": a near-miss suggestion.
      'jabatan:2:Kode Unit:Unit "09" tidak ditemukan di lembar Unit Kerja maupun di data yang sudah ada. Maksud Anda 01?',
      'jabatan:2:Kode Jabatan Atasan:Jabatan atasan "JAB-99999" tidak ditemukan di lembar Jabatan maupun di data yang sudah ada.',
      'pegawai:2:Kode Jabatan:Jabatan "JAB-TIDAK-ADA" tidak ditemukan di lembar Jabatan maupun di data yang sudah ada.',
      'pegawai:2:Kode Unit:Unit "09" tidak ditemukan di lembar Unit Kerja maupun di data yang sudah ada. Maksud Anda 01?',
    ]);
  });

  it('refuses an atasan cycle inside the file and one closed through the database', async () => {
    const r = await refused(
      await workbookOf({
        jabatan: [
          { kode: 'J-A', nama: 'A', jenis: 'pengawas', unitKode: '01', atasanKode: 'J-B', kelas: 9 },
          { kode: 'J-B', nama: 'B', jenis: 'pengawas', unitKode: '01', atasanKode: 'J-A', kelas: 9 },
          // JAB-00002 has JAB-00001 as its atasan in the database.
          { kode: 'JAB-00001', nama: 'Kepala Dinas', jenis: 'jpt_pratama', unitKode: '01', atasanKode: 'JAB-00002', kelas: 14 },
        ],
      }),
    );
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Kode Jabatan Atasan'],
      [3, 'Kode Jabatan Atasan'],
      [4, 'Kode Jabatan Atasan'],
    ]);
    expect(r.errors[0]?.message).toMatch(/berputar: J-A → J-B → J-A|berputar: J-B → J-A → J-B/);
  });

  it('refuses a unit placed under its own sub-unit', async () => {
    const r = await refused(await workbookOf({ units: [{ kode: '01.01', nama: 'Sekretariat', parentKode: '01.01.01' }] }));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ sheet: 'unit', row: 2, column: 'Kode Unit Induk' });
    expect(r.errors[0]?.message).toContain('Rantai unit induk berputar');
  });
});
