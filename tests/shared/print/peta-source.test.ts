/**
 * The logic half of gathering a peta's rows (shared/print/peta-source.ts), which the desk's print
 * and the server's verify both run: the newest SKP version only, the intervened RHK outside the
 * map, holders named as the paper names them, and one document (one hash) whatever order the
 * store returned the rows in — SQLite and PostgreSQL do not agree on it, and two holders of one
 * jabatan with the same name would otherwise swap places.
 */
import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../../shared/print/canonical.js';
import { petaDocumentData } from '../../../shared/print/peta-document.js';
import { newestVersions, outsideIntervenedIds, petaSourceFrom, type PetaRows } from '../../../shared/print/peta-source.js';

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const periode = { tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31' };
const skp = (n: number, pegawai: number, jabatan: number, previous: number | null, versi = 1) => ({
  id: id(n),
  pegawaiId: id(pegawai),
  jabatanId: id(jabatan),
  periode,
  status: 'draft' as const,
  versi,
  previousVersionId: previous === null ? null : id(previous),
  approvedAt: null,
  riwayat: [{ at: `2025-01-0${versi}T00:00:00.000Z` }],
});
const rhk = (n: number, skpN: number, urutan: number, link: number | null) => ({
  id: id(n),
  skpId: id(skpN),
  jenis: 'utama' as const,
  urutan,
  teks: `RHK ${n}`,
  intervensiRhkId: link === null ? null : id(link),
  jenisIntervensi: link === null ? null : ('langsung' as const),
  intervensiPerjanjianKinerja: null,
});

function rows(): PetaRows {
  return {
    tahun: 2025,
    unit: { id: id(1), nama: 'Bidang Uji' },
    instansiNama: 'Pemerintah Kabupaten Uji',
    jabatan: [
      { id: id(10), kode: 'A', nama: 'Kepala Bidang', atasanJabatanId: id(99) },
      { id: id(11), kode: 'B', nama: 'Pengelola Data', atasanJabatanId: id(10) },
    ],
    holders: [
      { id: id(20), jabatanId: id(10), nip: '197001011995031001', gelarDepan: 'Dr.', nama: 'Kepala', gelarBelakang: 'M.Si.' },
      // Two holders of one jabatan with the same name: told apart by their ids only.
      { id: id(21), jabatanId: id(11), nip: '198001012005011002', gelarDepan: '', nama: 'Budi', gelarBelakang: '' },
      { id: id(22), jabatanId: id(11), nip: '198101012005011003', gelarDepan: '', nama: 'Budi', gelarBelakang: '' },
    ],
    skp: [skp(30, 20, 10, null), skp(31, 21, 11, null), skp(32, 22, 11, null)],
    rhk: [rhk(40, 30, 1, 90), rhk(41, 31, 1, 40), rhk(42, 32, 1, 40), rhk(43, 32, 2, 91)],
    rhkLuar: [
      { id: id(90), teks: 'RHK kepala dinas' },
      { id: id(91), teks: 'RHK di versi lama' },
    ],
  };
}

describe('newestVersions', () => {
  it('keeps only the SKP no later version points back at', () => {
    const chain = [skp(30, 20, 10, null, 1), skp(33, 20, 10, 30, 2), skp(34, 20, 10, 33, 3), skp(31, 21, 11, null)];
    expect(newestVersions(chain).map((s) => s.id)).toEqual([id(34), id(31)]);
  });
});

describe('outsideIntervenedIds', () => {
  it('lists each intervened RHK not on the map once, in id order', () => {
    const r = rows().rhk;
    expect(outsideIntervenedIds([...r].reverse())).toEqual([id(90), id(91)]);
    expect(outsideIntervenedIds([rhk(41, 31, 1, 40), rhk(40, 30, 1, null)])).toEqual([]);
  });
});

describe('petaSourceFrom', () => {
  it('names holders as the paper does and dates each SKP by approval, else its last step', () => {
    const s = petaSourceFrom(rows());
    expect(s.pegawai[0]).toEqual({ id: id(20), jabatanId: id(10), namaLengkap: 'Dr. Kepala, M.Si.', nip: '197001011995031001' });
    expect(s.skp[0]?.tanggal).toBe('2025-01-01T00:00:00.000Z');
    expect(petaSourceFrom({ ...rows(), skp: [{ ...skp(30, 20, 10, null), approvedAt: '2025-02-01T00:00:00.000Z' }] }).skp[0]?.tanggal).toBe('2025-02-01T00:00:00.000Z');
    expect(s.rhkLuar.get(id(90))).toBe('RHK kepala dinas');
  });

  it('gives one document whatever order the rows came in', () => {
    const r = rows();
    const a = petaDocumentData(petaSourceFrom(r));
    const reversed: PetaRows = { ...r, jabatan: [...r.jabatan].reverse(), holders: [...r.holders].reverse(), skp: [...r.skp].reverse(), rhk: [...r.rhk].reverse(), rhkLuar: [...r.rhkLuar].reverse() };
    const b = petaDocumentData(petaSourceFrom(reversed));
    expect(canonicalHash(b)).toBe(canonicalHash(a));
    // The two Budi rows stay in id order: 1.1a is the first id's.
    expect(a.pemangku.map((p) => [p.no, p.pegawai?.nip])).toEqual([
      ['1', '197001011995031001'],
      ['1.1a', '198001012005011002'],
      ['1.1b', '198101012005011003'],
    ]);
  });
});
