import { describe, expect, it } from 'vitest';
import { formatFieldValue, type Lookups } from '../../renderer/features/conflicts/field-value.js';
import { comparePayloads, conflictTitle, shortId } from '../../renderer/features/conflicts/payload-diff.js';

const ID = '0b6f2a8e-3c1d-4e5f-9a7b-1c2d3e4f5a6b';
const UNIT = '11111111-2222-4333-8444-555555555555';
const OTHER_UNIT = '99999999-2222-4333-8444-555555555555';

const pegawai = {
  id: ID,
  nip: '199001012015022001',
  gelarDepan: '',
  nama: 'Siti Lestari',
  gelarBelakang: 'S.E.',
  jenisAsn: 'PNS',
  golongan: 'III/a',
  jabatanId: null,
  unitId: UNIT,
  tmtMulai: null,
  tmtSelesai: null,
};

describe('comparePayloads', () => {
  it('lists every field in reading order and marks the ones that differ', () => {
    const rows = comparePayloads({ ...pegawai, nama: 'Siti Handayani' }, pegawai);
    expect(rows.map((r) => r.key)).toEqual(['nip', 'gelarDepan', 'nama', 'gelarBelakang', 'jenisAsn', 'golongan', 'unitId', 'jabatanId', 'tmtMulai', 'tmtSelesai']);
    expect(rows.filter((r) => r.differs)).toEqual([{ key: 'nama', mine: 'Siti Handayani', theirs: 'Siti Lestari', differs: true }]);
  });
  it('never shows the password hash or the row id', () => {
    const user = { id: ID, nip: '1', nama: 'A', roles: ['admin'], passwordHash: '$argon2id$…' };
    const keys = comparePayloads(user, { ...user, passwordHash: '$argon2id$other' }).map((r) => r.key);
    expect(keys).toEqual(['nip', 'nama', 'roles']);
  });
  it('compares arrays by value and treats a missing field as empty', () => {
    const rows = comparePayloads({ roles: ['admin', 'operator'], kelas: null }, { roles: ['admin', 'operator'] });
    expect(rows.every((r) => !r.differs)).toBe(true);
    expect(comparePayloads({ roles: ['admin'] }, { roles: ['operator'] })[0]?.differs).toBe(true);
  });
  it('marks nothing when the server has no such row', () => {
    const rows = comparePayloads(pegawai, null);
    expect(rows).toHaveLength(10);
    expect(rows.some((r) => r.differs || r.theirs !== undefined)).toBe(false);
  });
  it('shows fields only the server has, after the known ones', () => {
    expect(comparePayloads({ nama: 'A' }, { nama: 'A', zeta: 1 }).map((r) => [r.key, r.differs])).toEqual([
      ['nama', false],
      ['zeta', true],
    ]);
  });
});

describe('formatFieldValue', () => {
  const lookups: Lookups = { units: new Map([[UNIT, 'Sekretariat']]), jabatan: new Map([[ID, 'Analis Kurikulum']]) };
  const words = { yes: 'Ya', no: 'Tidak', none: '—', roles: { admin: 'Admin', operator: 'Operator', pegawai: 'Pegawai' } };
  it('turns unit and jabatan ids into names, and unknown ids into short ids', () => {
    expect(formatFieldValue('unitId', UNIT, lookups, words)).toBe('Sekretariat');
    expect(formatFieldValue('parentId', OTHER_UNIT, lookups, words)).toBe('99999999…');
    expect(formatFieldValue('atasanJabatanId', ID, lookups, words)).toBe('Analis Kurikulum');
    expect(formatFieldValue('pegawaiId', ID, lookups, words)).toBe('0b6f2a8e…');
  });
  it('formats NIP, roles, booleans, jenis jabatan and empty values', () => {
    expect(formatFieldValue('nip', '199001012015022001', lookups, words)).toBe('19900101 201502 2 001');
    expect(formatFieldValue('roles', ['admin', 'operator'], lookups, words)).toBe('Admin, Operator');
    expect(formatFieldValue('aktif', false, lookups, words)).toBe('Tidak');
    expect(formatFieldValue('jenis', 'jpt_pratama', lookups, words)).toBe('JPT Pratama');
    expect(formatFieldValue('kelas', 7, lookups, words)).toBe('7');
    expect(formatFieldValue('jabatanId', null, lookups, words)).toBe('—');
    expect(formatFieldValue('gelarDepan', '', lookups, words)).toBe('—');
  });
  it('writes dates the Indonesian way when the language is given', () => {
    expect(formatFieldValue('tmtMulai', '2026-01-01', lookups, { ...words, lang: 'id' })).toBe('1 Januari 2026');
    expect(formatFieldValue('tmtMulai', '2026-01-01', lookups, { ...words, lang: 'en' })).toBe('1 January 2026');
    expect(formatFieldValue('nama', '2026 Tahun Baru', lookups, { ...words, lang: 'id' })).toBe('2026 Tahun Baru');
  });
});

describe('conflictTitle and shortId', () => {
  it('names the row by kode and nama, or either', () => {
    expect(conflictTitle({ kode: '01', nama: 'Sekretariat' }, null)).toBe('01 Sekretariat');
    expect(conflictTitle(pegawai, null)).toBe('Siti Lestari');
    expect(conflictTitle(null, { kode: 'KADIS' })).toBe('KADIS');
    expect(conflictTitle(null, null)).toBeNull();
  });
  it('keeps the first block of an id', () => {
    expect(shortId(ID)).toBe('0b6f2a8e…');
    expect(shortId('abc')).toBe('abc');
  });
});
