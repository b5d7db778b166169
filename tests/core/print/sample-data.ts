/**
 * Document data made by hand (no database) for the engine's layout tests: long names with gelar and
 * diacritics, long RHK texts, many indikator, so page breaks and wrapping are exercised.
 */
import type { SkpDocumentData } from '../../../shared/print/skp-document.js';
import { perilakuAwal } from '../../../shared/domain/skp/berakhlak.js';

export const PEGAWAI_NAMA = 'Dr. Hj. Siti Aminah Nurhaliza Ṣāliḥah, S.Pd., M.Si.';
export const PENILAI_NAMA = 'Prof. Dr. Ir. H. Bambang Wicaksono Adiwijaya, M.Eng., Ph.D.';
export const PEGAWAI_NIP = '198503122010012003';
export const PENILAI_NIP = '197001011995031001';

const LONG = 'Tersusunnya dokumen perencanaan, pengendalian dan evaluasi kinerja perangkat daerah yang berkualitas, tepat waktu dan sesuai ketentuan';

export function sampleSkp(o: { rhk?: number; status?: SkpDocumentData['status']; form?: SkpDocumentData['form']; pendekatan?: SkpDocumentData['pendekatan']; tambahan?: number } = {}): SkpDocumentData {
  const n = o.rhk ?? 6;
  const tambahan = o.tambahan ?? 2;
  const rhk = [
    ...Array.from({ length: n }, (_, i) => ({ jenis: 'utama' as const, urutan: i + 1 })),
    ...Array.from({ length: tambahan }, (_, i) => ({ jenis: 'tambahan' as const, urutan: i + 1 })),
  ].map(({ jenis, urutan }, i) => ({
    id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    jenis,
    urutan,
    teks: `RHK-${jenis === 'utama' ? 'A' : 'B'}${urutan} ${i % 3 === 0 ? LONG : 'Terlaksananya koordinasi program ketahanan pangan'}`,
    intervensi: jenis === 'utama' ? `Meningkatnya kualitas layanan publik (RHK pimpinan ${(i % 4) + 1})` : null,
    perspektif: o.form === 'jpt' ? 'Perspektif Penerima Layanan' : null,
    indikator: [
      { aspek: 'Kuantitas', teks: `Jumlah dokumen laporan yang disusun (IKI-${i + 1})`, target: o.pendekatan === 'kualitatif' ? 'Laporan lengkap dan diterima pimpinan' : '12 dokumen' },
      ...(i % 2 === 0 ? [{ aspek: 'Kualitas', teks: 'Persentase laporan tanpa revisi', target: '100 %' }] : []),
      ...(i % 5 === 0 ? [{ aspek: 'Waktu', teks: 'Ketepatan waktu penyampaian laporan', target: '4 bulan' }] : []),
    ],
  }));
  const status = o.status ?? 'disetujui';
  return {
    kind: 'skp',
    id: '0190f5c2-1111-7000-8000-000000000001',
    versi: 1,
    status,
    form: o.form ?? 'umum',
    pendekatan: o.pendekatan ?? 'kuantitatif',
    periode: { tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31' },
    instansi: 'Pemerintah Kabupaten Uji',
    unit: 'Dinas Ketahanan Pangan',
    pegawai: { nama: PEGAWAI_NAMA, nip: PEGAWAI_NIP, pangkat: 'Penata (III/c)', jabatan: 'Analis Kebijakan Ahli Muda', unit: 'Bidang Ketersediaan dan Kerawanan Pangan' },
    penilai: { nama: PENILAI_NAMA, nip: PENILAI_NIP, pangkat: 'Pembina Utama Muda (IV/c)', jabatan: 'Kepala Dinas Ketahanan Pangan', unit: 'Dinas Ketahanan Pangan' },
    rhk,
    perilaku: perilakuAwal().map((p, i) => ({ ...p, ekspektasiKhusus: i % 2 === 0 ? 'Menyelesaikan layanan administrasi tepat waktu dan ramah kepada masyarakat' : '' })),
    lampiran: {
      dukunganSumberDaya: ['Anggaran kegiatan DPA 2025', 'Sarana komputer dan jaringan internet'],
      skemaPertanggungjawaban: ['Laporan bulanan kepada Kepala Bidang'],
      konsekuensi: [],
    },
    langkah:
      status === 'disetujui'
        ? [
            { action: 'ajukan', at: '2025-01-10T02:00:00.000Z', oleh: PEGAWAI_NAMA, ditandatangani: true, atasNama: null },
            { action: 'setujui', at: '2025-01-12T03:30:00.000Z', oleh: PENILAI_NAMA, ditandatangani: true, atasNama: null },
          ]
        : [],
    tanggal: status === 'disetujui' ? '2025-01-12T03:30:00.000Z' : null,
  };
}
