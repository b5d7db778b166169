/**
 * The demo's phrasebook for pelaksanaan and penilaian: what an atasan and a pegawai write in the
 * dialog kinerja, the penilai's feedback per rating, revision notes, reopening reasons and the
 * laporan harian activities derived from an RHK's wording.
 */
import type { NilaiBerakhlak } from '../../../shared/domain/skp/berakhlak.js';
import type { Rating } from '../../../shared/domain/evaluasi/types.js';
import type { Rng } from './prng.js';

export const UMPAN_ATASAN_RHK = [
  'Progres RHK ini sudah baik, mohon dokumentasi kegiatannya dilengkapi sebagai bukti dukung.',
  'Capaian triwulan ini masih di bawah rencana aksi. Apa kendalanya? Mari kita bahas minggu depan.',
  'Terima kasih, hasilnya sudah sesuai harapan. Pertahankan ketepatan waktunya.',
  'Mohon koordinasi dengan seksi terkait agar target kuantitas dapat tercapai sampai akhir tahun.',
  'Laporan sudah saya terima. Perhatikan kembali format dan kelengkapan lampirannya.',
  'Kegiatan ini menjadi prioritas unit, mohon dipercepat penyelesaiannya.',
] as const;

export const UMPAN_ATASAN_PERILAKU = [
  'Kerja sama dengan rekan satu tim sudah terlihat baik, terus ditingkatkan.',
  'Mohon lebih tepat waktu dalam menghadiri rapat koordinasi.',
  'Pelayanan kepada satuan pendidikan mendapat tanggapan positif, terima kasih.',
  'Perlu lebih aktif berbagi pengetahuan dengan pegawai yang baru bergabung.',
] as const;

export const UMPAN_ATASAN_UMUM = [
  'Secara umum kinerja periode ini sudah sesuai ekspektasi. Fokuskan pada RHK utama di sisa tahun.',
  'Silakan sampaikan jika ada kebutuhan pelatihan untuk mendukung pekerjaan.',
  'Mohon realisasi dan bukti dukung dilaporkan paling lambat minggu pertama setelah periode berakhir.',
] as const;

export const BALASAN_PEGAWAI = [
  'Baik, Bapak/Ibu. Akan segera saya tindak lanjuti.',
  'Terima kasih atas arahannya. Kendala utama ada pada data dari sekolah yang terlambat masuk.',
  'Siap, dokumentasi akan saya lengkapi dan unggah minggu ini.',
  'Mohon izin, jadwal kegiatan bergeser karena menunggu anggaran; akan saya kejar pada bulan berikutnya.',
  'Terima kasih, Bapak/Ibu. Saya akan berkoordinasi dengan seksi terkait.',
] as const;

export const PESAN_PEGAWAI = [
  'Mohon arahan terkait prioritas kegiatan untuk bulan depan.',
  'Izin melaporkan, kegiatan sudah terlaksana dan laporannya sedang saya susun.',
  'Mohon petunjuk apakah bukti dukung cukup berupa tautan dokumen.',
] as const;

export const CATATAN_REVISI = [
  'Bukti dukung belum dilampirkan untuk RHK utama, mohon dilengkapi.',
  'Angka realisasi indikator kuantitas tidak sesuai dengan laporan bulanan, mohon diperiksa.',
  'Mohon uraikan kendala untuk indikator yang belum mencapai rencana aksi.',
] as const;

export const ALASAN_BUKA = [
  'Ada bukti dukung yang terlambat diunggah dan perlu dipertimbangkan.',
  'Salah memilih rating perilaku kerja, diperbaiki setelah dialog kinerja.',
] as const;

const UMPAN_HASIL: Record<Rating, readonly string[]> = {
  di_atas: ['Hasil kerja melampaui rencana aksi dengan kualitas yang baik.', 'Capaian di atas target; inisiatif penyelesaian lebih awal sangat membantu unit.'],
  sesuai: ['Hasil kerja sesuai rencana aksi.', 'Target periode ini tercapai sesuai ekspektasi.'],
  di_bawah: ['Beberapa indikator belum mencapai rencana aksi; perlu rencana percepatan.', 'Realisasi masih jauh dari target, mari susun langkah perbaikan bersama.'],
};
const UMPAN_PERILAKU: Record<Rating, readonly string[]> = {
  di_atas: ['Menjadi teladan dalam pelayanan dan kerja sama tim.', 'Sangat responsif dan aktif membantu rekan kerja.'],
  sesuai: ['Perilaku kerja sesuai nilai BerAKHLAK.', 'Disiplin dan kerja sama sudah baik.'],
  di_bawah: ['Kedisiplinan kehadiran dan ketepatan waktu perlu diperbaiki.', 'Perlu perbaikan dalam komunikasi dan kerja sama dengan rekan.'],
};

/** Feedback for a rating: always for one that is not "Sesuai Ekspektasi", sometimes for one that is. */
export function umpanBalikRating(rng: Rng, kind: 'hasil' | 'perilaku', rating: Rating): string | null {
  if (rating === 'sesuai' && !rng.chance(0.3)) return null;
  return rng.pick((kind === 'hasil' ? UMPAN_HASIL : UMPAN_PERILAKU)[rating]);
}

/** The BerAKHLAK values the demo's perilaku feedback is about. */
export const NILAI_DIBAHAS: readonly NilaiBerakhlak[] = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'kolaboratif'];

const VERBS: readonly [RegExp, readonly string[]][] = [
  [/^Tersusunnya (.+)$/, ['Menyusun draf $1', 'Merevisi $1 sesuai masukan atasan', 'Mengumpulkan bahan penyusunan $1']],
  [/^Terlaksananya (.+)$/, ['Melaksanakan $1', 'Menyiapkan bahan $1', 'Mendokumentasikan $1']],
  [/^Tersedianya (.+)$/, ['Memutakhirkan $1', 'Menghimpun $1']],
  [/^Terkelolanya (.+)$/, ['Mengelola $1', 'Memeriksa $1']],
  [/^Meningkatnya (.+)$/, ['Menganalisis capaian $1', 'Menyusun langkah peningkatan $1']],
  [/^Menjadi (.+)$/, ['Mengikuti kegiatan sebagai $1', 'Menyiapkan bahan tugas sebagai $1']],
];
export const KEGIATAN_LAIN = ['Mengikuti apel pagi dan rapat koordinasi internal', 'Mengikuti sosialisasi kebijakan kepegawaian', 'Menerima konsultasi dari satuan pendidikan'] as const;
export const OUTPUT = ['dokumen', 'laporan', 'kegiatan', 'berkas', 'data'] as const;

/** An activity that serves an RHK, worded from its text ("Tersusunnya X" → "Menyusun draf X"). */
export function kegiatanFor(rng: Rng, rhkTeks: string): string {
  for (const [re, forms] of VERBS) {
    const m = re.exec(rhkTeks);
    if (m?.[1]) return rng.pick(forms).replace('$1', m[1].charAt(0).toLowerCase() + m[1].slice(1));
  }
  return `Menindaklanjuti ${rhkTeks.charAt(0).toLowerCase()}${rhkTeks.slice(1)}`;
}
