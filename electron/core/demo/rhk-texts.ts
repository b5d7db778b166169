/**
 * The demo's RHK phrasebook: what each kind of jabatan plausibly plans for a year, so a demo SKP
 * reads like one written by its holder. Structural heads plan for their unit (its topic fills
 * `{topik}`, the parent unit's fills `{induk}`); staff plan the work of their jabatan.
 */
import type { Rng } from './prng.js';

type Family = { match: RegExp; hasil: readonly string[] };

const KEPALA_DINAS = [
  'Meningkatnya mutu dan pemerataan layanan pendidikan dasar', 'Meningkatnya angka partisipasi pendidikan anak usia dini',
  'Meningkatnya kompetensi dan kualifikasi guru', 'Terpenuhinya sarana dan prasarana satuan pendidikan sesuai standar',
  'Terlestarikannya nilai-nilai budaya daerah', 'Meningkatnya akuntabilitas kinerja dan keuangan dinas',
  'Meningkatnya capaian literasi dan numerasi peserta didik',
] as const;

const FAMILIES: readonly Family[] = [
  { match: /^Sekretaris$/, hasil: [
    'Terwujudnya tata kelola administrasi umum dan kepegawaian yang tertib', 'Tersusunnya dokumen perencanaan dinas yang selaras dengan RPJMD',
    'Terkelolanya keuangan dinas secara akuntabel', 'Tersedianya laporan kinerja dinas tepat waktu', 'Meningkatnya kualitas pelayanan kepegawaian',
    'Tertibnya pengelolaan barang milik daerah', 'Terlaksananya pembangunan zona integritas dinas',
  ] },
  { match: /^Kepala Bidang/, hasil: [
    'Meningkatnya mutu layanan {topik}', 'Terlaksananya pembinaan kelembagaan {topik}', 'Tersusunnya kebijakan teknis {topik}',
    'Meningkatnya capaian standar pelayanan minimal {topik}', 'Terlaksananya pemantauan dan evaluasi program {topik}',
    'Meningkatnya kualitas data {topik}', 'Terselesaikannya pengaduan masyarakat terkait {topik}',
  ] },
  { match: /^Kepala (Seksi|Sub Bagian)/, hasil: [
    'Tersusunnya petunjuk teknis {topik} {induk}', 'Terlaksananya pendampingan {topik} {induk}', 'Tersedianya data {topik} {induk} yang mutakhir',
    'Terlaksananya verifikasi usulan {topik} {induk}', 'Terlaksananya monitoring {topik} {induk}', 'Tersusunnya laporan capaian {topik} {induk}',
    'Meningkatnya ketepatan waktu layanan {topik} {induk}',
  ] },
  { match: /^Guru/, hasil: [
    'Terlaksananya pembelajaran yang berpusat pada peserta didik', 'Tersusunnya modul ajar dan asesmen', 'Terlaksananya penilaian hasil belajar peserta didik',
    'Terlaksananya projek penguatan profil pelajar Pancasila', 'Tersusunnya analisis hasil asesmen diagnostik', 'Terlaksananya pengembangan keprofesian berkelanjutan',
    'Terlaksananya bimbingan belajar bagi peserta didik',
  ] },
  { match: /^Pengawas Sekolah/, hasil: [
    'Terlaksananya supervisi akademik pada sekolah binaan', 'Tersusunnya program kepengawasan tahunan', 'Terlaksananya pendampingan penyusunan kurikulum operasional sekolah',
    'Tersusunnya laporan hasil pengawasan sekolah', 'Terlaksananya pembinaan kepala sekolah binaan', 'Terlaksananya evaluasi rapor pendidikan sekolah binaan',
    'Meningkatnya capaian literasi sekolah binaan',
  ] },
  { match: /^Penilik/, hasil: [
    'Terlaksananya pengendalian mutu satuan PAUD dan pendidikan nonformal', 'Tersusunnya program kerja kepenilikan', 'Terlaksananya pendampingan lembaga kursus dan pelatihan',
    'Terlaksananya evaluasi dampak program pendidikan nonformal', 'Tersusunnya laporan hasil penilikan', 'Terverifikasinya data lembaga binaan',
    'Terlaksananya pembinaan pendidik PAUD',
  ] },
  { match: /^Pamong Belajar/, hasil: [
    'Tersusunnya model pembelajaran pendidikan kesetaraan', 'Terlaksananya pembelajaran Paket B dan Paket C', 'Tersedianya bahan ajar pendidikan nonformal',
    'Terlaksananya asesmen warga belajar', 'Terlaksananya pendampingan tutor pendidikan kesetaraan', 'Tersusunnya laporan hasil belajar warga belajar',
    'Terlaksananya kelas literasi bagi warga belajar',
  ] },
  { match: /^Pengembang Teknologi Pembelajaran/, hasil: [
    'Tersedianya konten pembelajaran digital', 'Terlaksananya pelatihan platform pembelajaran bagi guru', 'Terkelolanya kanal belajar daring dinas',
    'Tersusunnya kajian kebutuhan teknologi pembelajaran', 'Terlaksananya pendampingan digitalisasi sekolah', 'Tersedianya video pembelajaran muatan lokal',
  ] },
  { match: /^Pamong Budaya/, hasil: [
    'Terinventarisasinya objek pemajuan kebudayaan', 'Terlaksananya festival budaya daerah', 'Terdokumentasinya cagar budaya kabupaten',
    'Terlaksananya pembinaan sanggar seni', 'Tersusunnya kajian pelestarian tradisi lisan', 'Terlaksananya pendampingan muatan lokal budaya di sekolah',
  ] },
  { match: /^Analis Sumber Daya Manusia/, hasil: [
    'Tersusunnya analisis kebutuhan pegawai', 'Terprosesnya usulan kenaikan pangkat tepat waktu', 'Termutakhirkannya data kepegawaian pada SIASN',
    'Tersusunnya rekapitulasi penilaian kinerja pegawai', 'Terprosesnya usulan pensiun dan mutasi pegawai', 'Terlaksananya pengembangan kompetensi pegawai',
    'Tersusunnya peta jabatan dinas',
  ] },
  { match: /^Analis Keuangan/, hasil: [
    'Tersusunnya analisis serapan anggaran dinas', 'Tersusunnya kajian efisiensi belanja operasional', 'Tersusunnya proyeksi kebutuhan belanja pegawai',
    'Terlaksananya reviu rencana kerja dan anggaran', 'Tersusunnya rekomendasi tindak lanjut temuan pemeriksaan', 'Tersusunnya analisis standar biaya kegiatan',
  ] },
  { match: /^Pengelola Keuangan/, hasil: [
    'Terverifikasinya surat pertanggungjawaban belanja', 'Terbayarkannya tagihan pihak ketiga tepat waktu', 'Terlaksananya rekonsiliasi kas dengan BPKAD',
    'Tersusunnya surat permintaan pembayaran', 'Tertibnya penatausahaan pajak belanja', 'Tersusunnya daftar gaji dan tunjangan pegawai',
  ] },
  { match: /^Bendahara/, hasil: [
    'Tertibnya buku kas umum bendahara', 'Tersusunnya laporan pertanggungjawaban bendahara bulanan', 'Tersetornya pajak belanja tepat waktu',
    'Terkelolanya uang persediaan dinas', 'Terlaksananya pemeriksaan kas bendahara', 'Terbayarkannya belanja pegawai tepat waktu',
  ] },
  { match: /^Penata Laporan Keuangan/, hasil: [
    'Tersusunnya laporan realisasi anggaran bulanan', 'Tersusunnya laporan keuangan semesteran', 'Tersusunnya catatan atas laporan keuangan',
    'Tersusunnya neraca dinas', 'Terlaksananya rekonsiliasi aset dengan pengurus barang', 'Tersusunnya laporan operasional dinas',
  ] },
  { match: /^Pengadministrasi Keuangan/, hasil: [
    'Terarsipnya bukti transaksi keuangan', 'Terinputnya transaksi pada aplikasi keuangan daerah', 'Terhimpunnya kuitansi kegiatan',
    'Tersusunnya register surat perintah membayar', 'Terdistribusikannya slip gaji pegawai', 'Tersusunnya rekap perjalanan dinas',
  ] },
  { match: /^Perencana/, hasil: [
    'Tersusunnya rencana kerja dinas', 'Tersusunnya rencana kerja dan anggaran dinas', 'Tersusunnya laporan kinerja instansi pemerintah',
    'Terlaksananya evaluasi capaian indikator kinerja utama', 'Tersusunnya perjanjian kinerja dinas', 'Tersusunnya rencana strategis dinas',
    'Terlaksananya musyawarah perencanaan pembangunan bidang pendidikan',
  ] },
  { match: /^Penyusun Rencana Kegiatan/, hasil: [
    'Tersusunnya rincian kegiatan dan subkegiatan dinas', 'Terinputnya rencana anggaran pada aplikasi perencanaan daerah', 'Tersusunnya usulan perubahan anggaran',
    'Tersusunnya jadwal pelaksanaan kegiatan', 'Tersusunnya rekap usulan kegiatan bidang', 'Tersusunnya dokumen pelaksanaan anggaran',
  ] },
  { match: /^Statistisi/, hasil: [
    'Tersedianya data statistik pendidikan', 'Tersusunnya profil pendidikan daerah', 'Tersusunnya analisis capaian standar pelayanan minimal',
    'Tersusunnya buku saku data pendidikan', 'Terlaksananya survei angka putus sekolah', 'Tersusunnya proyeksi jumlah peserta didik',
  ] },
  { match: /^Pranata Komputer/, hasil: [
    'Terpeliharanya jaringan dan perangkat komputer kantor', 'Terkelolanya aplikasi Dapodik tingkat dinas', 'Terlaksananya pencadangan basis data dinas',
    'Terselesaikannya permintaan dukungan teknis', 'Termutakhirkannya laman resmi dinas', 'Terpasangnya pembaruan keamanan perangkat',
  ] },
  { match: /^Penata Kelola Sistem/, hasil: [
    'Tersedianya layanan data pendidikan daring', 'Terintegrasinya aplikasi layanan sekolah', 'Tersusunnya arsitektur sistem informasi dinas',
    'Terkelolanya akun belajar guru dan peserta didik', 'Terlaksananya uji keamanan aplikasi dinas', 'Tersusunnya tata kelola data sekolah',
  ] },
  { match: /^Arsiparis/, hasil: [
    'Tertatanya arsip dinamis dinas', 'Terlaksananya pemindahan arsip inaktif', 'Tersusunnya daftar arsip aktif', 'Terlayaninya peminjaman arsip',
    'Terlaksananya alih media arsip vital', 'Tersusunnya jadwal retensi arsip',
  ] },
  { match: /^Pustakawan/, hasil: [
    'Terkelolanya koleksi perpustakaan dinas', 'Terlaksananya layanan sirkulasi perpustakaan', 'Terlaksananya gerakan literasi sekolah',
    'Tersusunnya katalog koleksi', 'Terlaksananya pembinaan perpustakaan sekolah', 'Terlaksananya pengadaan bahan pustaka',
  ] },
  { match: /^Pranata Laboratorium/, hasil: [
    'Terpeliharanya peralatan laboratorium', 'Tersusunnya jadwal praktikum', 'Terlaksananya inventarisasi bahan laboratorium',
    'Terlaksananya pendampingan praktikum', 'Tersusunnya laporan penggunaan laboratorium', 'Terlaksananya uji kelayakan alat peraga',
  ] },
  { match: /^Pengolah Data/, hasil: [
    'Termutakhirkannya data {topik}', 'Tersusunnya rekapitulasi data {topik}', 'Tervalidasinya data satuan pendidikan',
    'Tersajikannya dasbor informasi {topik}', 'Terlaksananya verifikasi data usulan {topik}', 'Tersusunnya laporan data bulanan {topik}',
  ] },
  { match: /^Pengelola Sarana/, hasil: [
    'Terinventarisasinya sarana dan prasarana sekolah', 'Terverifikasinya usulan rehabilitasi ruang kelas', 'Terlaksananya pemantauan pembangunan fisik sekolah',
    'Tersusunnya data kondisi bangunan sekolah', 'Terdistribusikannya bantuan peralatan sekolah', 'Terlaksananya pemeliharaan kendaraan dinas',
  ] },
  { match: /^Penata Layanan Operasional/, hasil: [
    'Terlayaninya permohonan legalisir ijazah', 'Terkoordinasinya jadwal layanan {topik}', 'Terselesaikannya tindak lanjut pengaduan layanan',
    'Tersusunnya standar operasional prosedur layanan {topik}', 'Terlaksananya survei kepuasan masyarakat', 'Tersusunnya laporan layanan {topik}',
  ] },
  { match: /^Operator Layanan Operasional/, hasil: [
    'Terlayaninya tamu dan pemohon layanan', 'Terinputnya permohonan layanan ke aplikasi', 'Terkirimnya surat undangan kegiatan {topik}',
    'Terdokumentasinya kegiatan {topik}', 'Terpeliharanya kebersihan dan kesiapan ruang rapat',
  ] },
  { match: /^Pengadministrasi Perkantoran/, hasil: [
    'Terkelolanya surat masuk dan keluar {topik}', 'Tersusunnya agenda kegiatan {topik}', 'Tersusunnya notula rapat {topik}',
    'Terdistribusikannya disposisi pimpinan', 'Terkelolanya persediaan alat tulis kantor', 'Terlaksananya penjadwalan rapat pimpinan',
  ] },
  { match: /^Pengadministrasi/, hasil: [
    'Tertibnya administrasi perjalanan dinas {topik}', 'Terarsipnya dokumen {topik}', 'Terhimpunnya daftar hadir pegawai {topik}',
    'Tersusunnya rekap cuti pegawai {topik}', 'Terinputnya data kegiatan {topik}', 'Tersusunnya laporan bulanan {topik}',
  ] },
];

const FALLBACK = [
  'Terselesaikannya tugas {topik} tepat waktu', 'Tersusunnya laporan kegiatan {topik}', 'Terdokumentasinya pelaksanaan tugas {topik}',
  'Terlaksananya koordinasi {topik}', 'Tersedianya data pendukung {topik}', 'Terlaksananya tindak lanjut arahan pimpinan',
] as const;

export const RHK_TAMBAHAN = [
  'Menjadi narasumber sosialisasi kebijakan pendidikan', 'Menjadi anggota tim penyusun rencana strategis', 'Menjadi panitia peringatan Hari Pendidikan Nasional',
  'Menjadi anggota tim penilai lomba sekolah sehat', 'Menjadi pendamping asesmen nasional', 'Menjadi anggota tim verifikasi bantuan operasional sekolah',
  'Menjadi panitia seleksi kepala sekolah', 'Menjadi anggota tim pengelola laman PPID',
] as const;

/** The topic of a unit as it reads inside a sentence: "Seksi Kurikulum dan Penilaian" → "kurikulum dan penilaian". */
export function unitTopic(unitNama: string): string {
  if (/^Dinas /.test(unitNama)) return 'dinas';
  if (unitNama === 'Sekretariat') return 'dinas';
  return unitNama.replace(/^(Bidang|Seksi|Sub Bagian)\s+/, '').replace(/^Pembinaan\s+/, '').toLowerCase();
}

/**
 * `count` distinct UTAMA RHK texts for one holder of `jabatanNama` in the unit `unitNama` (whose
 * parent is `indukNama`), drawn from the jabatan's own list.
 *
 * @example
 * rhkTexts(rng, 'Guru Ahli Pertama', 'Seksi Kurikulum dan Penilaian', 'Bidang Kebudayaan', 6);
 * // ['Tersusunnya modul ajar dan asesmen', …]
 */
export function rhkTexts(rng: Rng, jabatanNama: string, unitNama: string, indukNama: string | null, count: number): string[] {
  const hasil = jabatanNama === 'Kepala Dinas' ? KEPALA_DINAS : (FAMILIES.find((f) => f.match.test(jabatanNama))?.hasil ?? FALLBACK);
  const topik = unitTopic(unitNama);
  const induk = indukNama === null ? '' : unitTopic(indukNama);
  return rng.shuffle(hasil).slice(0, count).map((h) => h.replace('{topik}', topik).replace('{induk}', induk).replace(/\s+/g, ' ').trim());
}

/** Texts repeat across thousands of holders: their word sets are made once. */
const WORDS = new Map<string, ReadonlySet<string>>();
function wordsOf(s: string): ReadonlySet<string> {
  let w = WORDS.get(s);
  if (!w) {
    w = new Set(s.toLowerCase().split(/[^a-z]+/).filter((x) => x.length > 3));
    WORDS.set(s, w);
  }
  return w;
}

/**
 * Word overlap of two RHK texts: a staff RHK serves the atasan RHK it shares most words with.
 *
 * @example
 * overlap('Tersusunnya laporan keuangan', 'Terkelolanya keuangan dinas'); // 1
 */
export function overlap(a: string, b: string): number {
  const wa = wordsOf(a);
  let n = 0;
  for (const w of wordsOf(b)) if (wa.has(w)) n += 1;
  return n;
}
