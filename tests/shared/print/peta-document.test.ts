/**
 * The peta cascading's document data from plain rows (no database): tree numbers with letters for
 * several holders of one jabatan, the newest SKP version only, references to the atasan RHK by its
 * number (or "Di luar peta ini"), the DRAF rule, version, periode and date; the same data whatever
 * order the rows came in; and the diff in the words the paper uses.
 */
import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../../shared/print/canonical.js';
import { petaDocumentData, type PetaSource } from '../../../shared/print/peta-document.js';
import { diffPetaDocument, petaStatusLines } from '../../../shared/print/peta-diff.js';

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const periode = (mulai: string, selesai: string) => ({ tahun: 2025, mulai, selesai });
const rhk = (n: number, skp: number, urutan: number, link: number | null, extra: Partial<PetaSource['rhk'][number]> = {}): PetaSource['rhk'][number] => ({
  id: id(n),
  skpId: id(skp),
  jenis: 'utama',
  urutan,
  teks: `RHK ${n}`,
  intervensiRhkId: link === null ? null : id(link),
  jenisIntervensi: link === null ? null : 'langsung',
  intervensiPerjanjianKinerja: null,
  ...extra,
});

function source(): PetaSource {
  return {
    tahun: 2025,
    unit: { id: id(1), nama: 'Dinas Uji' },
    instansiNama: 'Pemerintah Kabupaten Uji',
    jabatan: [
      { id: id(10), nama: 'Kepala Dinas', atasanJabatanId: id(99) },
      { id: id(11), nama: 'Pengelola Data', atasanJabatanId: id(10) },
      { id: id(12), nama: 'Analis Lowong', atasanJabatanId: id(10) },
      { id: id(13), nama: 'Pengadministrasi', atasanJabatanId: id(11) },
    ],
    pegawai: [
      { id: id(20), jabatanId: id(10), namaLengkap: 'Kepala', nip: '197001011995031001' },
      { id: id(21), jabatanId: id(11), namaLengkap: 'Budi', nip: '198001012005011002' },
      { id: id(22), jabatanId: id(11), namaLengkap: 'Ani', nip: '198101012005012003' },
      { id: id(23), jabatanId: id(13), namaLengkap: 'Citra', nip: '199001012015012004' },
    ],
    skp: [
      { id: id(30), pegawaiId: id(20), jabatanId: id(10), periode: periode('2025-01-01', '2025-12-31'), status: 'disetujui', versi: 1, previousVersionId: null, tanggal: '2025-01-05T01:00:00.000Z' },
      { id: id(31), pegawaiId: id(20), jabatanId: id(10), periode: periode('2025-01-01', '2025-12-31'), status: 'disetujui', versi: 2, previousVersionId: id(30), tanggal: '2025-06-01T01:00:00.000Z' },
      { id: id(32), pegawaiId: id(22), jabatanId: id(11), periode: periode('2025-02-01', '2025-12-31'), status: 'disetujui', versi: 1, previousVersionId: null, tanggal: '2025-02-03T01:00:00.000Z' },
      { id: id(33), pegawaiId: id(23), jabatanId: id(13), periode: periode('2025-01-01', '2025-11-30'), status: 'diajukan', versi: 1, previousVersionId: null, tanggal: '2025-02-10T01:00:00.000Z' },
    ],
    rhk: [
      rhk(40, 30, 1, null, { teks: 'RHK lama kepala' }),
      rhk(41, 31, 1, null, { intervensiPerjanjianKinerja: 'Sasaran strategis 1' }),
      rhk(42, 32, 1, 41),
      rhk(43, 33, 1, 42),
      rhk(44, 33, 2, 77),
      rhk(45, 33, 1, null, { jenis: 'tambahan' }),
    ],
    rhkLuar: new Map([[id(77), 'RHK di unit lain']]),
  };
}

describe('petaDocumentData', () => {
  const d = petaDocumentData(source());

  it('numbers the tree, letters the holders of one jabatan and keeps a vacant jabatan', () => {
    expect(d.pemangku.map((p) => [p.no, p.level, p.jabatan, p.pegawai?.nama ?? null, p.skp?.versi ?? null])).toEqual([
      ['1', 0, 'Kepala Dinas', 'Kepala', 2],
      ['1.1a', 1, 'Pengelola Data', 'Ani', 1],
      ['1.1b', 1, 'Pengelola Data', 'Budi', null],
      ['1.1.1', 2, 'Pengadministrasi', 'Citra', 1],
      ['1.2', 1, 'Analis Lowong', null, null],
    ]);
  });

  it('shows the newest version only and points every RHK at what it intervenes', () => {
    expect(d.pemangku[0]?.rhk.map((r) => [r.teks, r.intervensi])).toEqual([['RHK 41', { ref: 'Perjanjian Kinerja', teks: 'Sasaran strategis 1' }]]);
    expect(d.pemangku[1]?.rhk[0]?.intervensi).toEqual({ ref: 'No. 1, RHK A.1', teks: 'RHK 41' });
    expect(d.pemangku[3]?.rhk.map((r) => [`${r.jenis}.${r.urutan}`, r.intervensi?.ref ?? null])).toEqual([
      ['utama.1', 'No. 1.1a, RHK A.1'],
      ['utama.2', 'Di luar peta ini'],
      ['tambahan.1', null],
    ]);
    expect(d.pemangku[3]?.rhk[1]?.intervensi?.teks).toBe('RHK di unit lain');
  });

  it('is DRAF while a holder has no SKP or one is not approved; version, periode and date come from the SKP shown', () => {
    expect(d.final).toBe(false);
    expect(d.versi).toBe(4);
    expect(d.periode).toEqual({ mulai: '2025-01-01', selesai: '2025-12-31' });
    expect(d.tanggal).toBe('2025-06-01T01:00:00.000Z');
    const s = source();
    const onlyApproved = { ...s, pegawai: s.pegawai.filter((p) => ['Kepala', 'Ani'].includes(p.namaLengkap)) };
    expect(petaDocumentData(onlyApproved).final).toBe(true);
    expect(petaDocumentData({ ...s, jabatan: [], pegawai: [] }).final).toBe(false);
  });

  it('gives the same data and hash whatever order the rows came in', () => {
    const s = source();
    const shuffled = { ...s, pegawai: [...s.pegawai].reverse(), skp: [...s.skp].reverse(), rhk: [...s.rhk].reverse() };
    expect(canonicalHash(petaDocumentData(shuffled))).toBe(canonicalHash(d));
  });

  it('says what changed in the words of the paper', () => {
    const s = source();
    const changed = petaDocumentData({
      ...s,
      skp: s.skp.map((x) => (x.id === id(33) ? { ...x, status: 'disetujui' } : x)),
      rhk: s.rhk.map((r) => (r.id === id(43) ? { ...r, teks: 'RHK baru' } : r.id === id(44) ? { ...r, jenisIntervensi: 'tidak_langsung' } : r)),
      pegawai: s.pegawai.filter((p) => p.namaLengkap !== 'Budi'),
    });
    // Citra's link now reads "No. 1.1" (Ani is the jabatan's only holder): the same RHK, not a change of link.
    expect(diffPetaDocument(d, changed)).toEqual([
      'Semua SKP kini sudah disetujui',
      'Pengelola Data (Ani): jabatan atau letaknya pada peta berubah (1.1a → 1.1)',
      'Pengelola Data (Budi) tidak ada lagi pada peta',
      'Pengadministrasi (Citra): status SKP Diajukan → Disetujui',
      'Pengadministrasi (Citra), RHK A.1: rencana hasil kerja diubah',
      'Pengadministrasi (Citra), RHK A.2: jenis intervensi diubah',
    ]);
    expect(diffPetaDocument(d, d)).toEqual([]);
  });

  it('names the holders that keep the map a draft', () => {
    expect(petaStatusLines(d)).toEqual([
      '4 pemangku jabatan: 2 SKP disetujui, 1 belum disetujui, 1 belum memiliki SKP.',
      '1.1b Pengelola Data (Budi): belum ada SKP',
      '1.1.1 Pengadministrasi (Citra): SKP versi 1 diajukan',
    ]);
  });
});
