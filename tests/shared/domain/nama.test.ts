import { describe, expect, it } from 'vitest';
import { formatNamaLengkap, splitNamaLengkap, type NamaParts } from '../../../shared/domain/nama.js';

describe('formatNamaLengkap', () => {
  it.each<[Partial<NamaParts> & { nama: string }, string]>([
    [{ gelarDepan: 'Dr. Hj.', nama: 'Siti Aminah', gelarBelakang: 'S.Pd., M.Si.' }, 'Dr. Hj. Siti Aminah, S.Pd., M.Si.'],
    [{ gelarDepan: '', nama: 'Budi Santoso', gelarBelakang: '' }, 'Budi Santoso'],
    [{ nama: 'Budi Santoso' }, 'Budi Santoso'],
    [{ gelarDepan: 'Drs.', nama: 'Bambang Wibowo', gelarBelakang: '' }, 'Drs. Bambang Wibowo'],
    [{ gelarDepan: '', nama: 'Rina Lestari', gelarBelakang: 'A.Md.' }, 'Rina Lestari, A.Md.'],
    [{ gelarDepan: '  Dr.   Hj. ', nama: '  Siti   Aminah ', gelarBelakang: ' S.Pd. ,M.Si.  ' }, 'Dr. Hj. Siti Aminah, S.Pd., M.Si.'],
    [{ gelarDepan: '', nama: 'Togar Siregar', gelarBelakang: ', S.H.,, M.H.,' }, 'Togar Siregar, S.H., M.H.'],
    [{ gelarDepan: 'H.', nama: 'Ahmad', gelarBelakang: 'S.Ag.' }, 'H. Ahmad, S.Ag.'],
    [{ gelarDepan: '', nama: '', gelarBelakang: '' }, ''],
  ])('%j -> %j', (parts, expected) => {
    expect(formatNamaLengkap(parts)).toBe(expected);
  });

  it('accepts null gelar (nullable database columns)', () => {
    expect(formatNamaLengkap({ gelarDepan: null, nama: 'Ni Made Sukarini', gelarBelakang: null })).toBe('Ni Made Sukarini');
  });
});

describe('splitNamaLengkap', () => {
  it.each<[string, NamaParts]>([
    ['Dr. Hj. Siti Aminah, S.Pd., M.Si.', { gelarDepan: 'Dr. Hj.', nama: 'Siti Aminah', gelarBelakang: 'S.Pd., M.Si.' }],
    ['Budi Santoso', { gelarDepan: '', nama: 'Budi Santoso', gelarBelakang: '' }],
    ['dr. Andi Tenri', { gelarDepan: 'dr.', nama: 'Andi Tenri', gelarBelakang: '' }],
    ['Prof. Dr. Ir. H. Rizal Chaniago, M.Si.', { gelarDepan: 'Prof. Dr. Ir. H.', nama: 'Rizal Chaniago', gelarBelakang: 'M.Si.' }],
    ['Drs. Bambang Wibowo', { gelarDepan: 'Drs.', nama: 'Bambang Wibowo', gelarBelakang: '' }],
    ['Dra.  Euis   Rosita ,S.E.,M.M.', { gelarDepan: 'Dra.', nama: 'Euis Rosita', gelarBelakang: 'S.E., M.M.' }],
    ['drg. Ns. apt. drh. K.H. Hasan', { gelarDepan: 'drg. Ns. apt. drh. K.H.', nama: 'Hasan', gelarBelakang: '' }],
    // Unknown abbreviations stay in the name: "Muh." is a name, not a title.
    ['Muh. Rizal, S.T.', { gelarDepan: '', nama: 'Muh. Rizal', gelarBelakang: 'S.T.' }],
    // Balinese and Batak names have no dot: nothing is taken as a title.
    ['I Wayan Sudarsana, S.Kom.', { gelarDepan: '', nama: 'I Wayan Sudarsana', gelarBelakang: 'S.Kom.' }],
    // At least one token always stays the name.
    ['H.', { gelarDepan: '', nama: 'H.', gelarBelakang: '' }],
    ['Dr. H.', { gelarDepan: 'Dr.', nama: 'H.', gelarBelakang: '' }],
    // Heuristic limit: a gelar belakang without a comma stays in the name.
    ['Budi Santoso S.Kom.', { gelarDepan: '', nama: 'Budi Santoso S.Kom.', gelarBelakang: '' }],
    ['', { gelarDepan: '', nama: '', gelarBelakang: '' }],
  ])('%j', (full, expected) => {
    expect(splitNamaLengkap(full)).toEqual(expected);
  });
});

describe('round trips', () => {
  const samples: NamaParts[] = [
    { gelarDepan: 'Dr. Hj.', nama: 'Siti Aminah', gelarBelakang: 'S.Pd., M.Si.' },
    { gelarDepan: '', nama: 'Budi Santoso', gelarBelakang: '' },
    { gelarDepan: 'Drs. H.', nama: 'Cecep Ruhiyat', gelarBelakang: 'M.Si.' },
    { gelarDepan: 'Ir.', nama: 'Togar Simanjuntak', gelarBelakang: 'M.T.' },
    { gelarDepan: '', nama: 'Ni Luh Ayu Lestari', gelarBelakang: 'S.E.' },
    { gelarDepan: 'Hj.', nama: 'Andi Nurhayati Latif', gelarBelakang: 'A.Md.Kom.' },
    { gelarDepan: 'dr.', nama: 'Yulia Novita', gelarBelakang: 'Sp.A.' },
  ];

  it.each(samples)('split(format(%j)) is identity', (parts) => {
    expect(splitNamaLengkap(formatNamaLengkap(parts))).toEqual(parts);
  });

  it.each(samples.map((s) => formatNamaLengkap(s)))('format(split(%j)) is identity', (full) => {
    expect(formatNamaLengkap(splitNamaLengkap(full))).toBe(full);
  });
});
