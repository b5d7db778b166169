/**
 * The law's Indonesian terms, defined once. Code, UI help texts and documentation refer to these
 * entries instead of re-explaining a term. `id` is the Indonesian definition shown to users, `en`
 * a short English gloss for developers and reviewers.
 */
export type GlossaryEntry = { id: string; en: string };

/**
 * Term -> definition.
 *
 * @example
 * GLOSSARY.SKP.en; // 'Sasaran Kinerja Pegawai: the employee performance plan ...'
 */
export const GLOSSARY = {
  ASN: {
    id: 'Aparatur Sipil Negara: profesi bagi PNS dan PPPK yang bekerja pada instansi pemerintah.',
    en: 'State civil apparatus: the civil service, made of PNS and PPPK.',
  },
  PNS: {
    id: 'Pegawai Negeri Sipil: ASN yang diangkat sebagai pegawai tetap dan memiliki NIP.',
    en: 'Permanent civil servant, identified by an 18-digit NIP.',
  },
  PPPK: {
    id: 'Pegawai Pemerintah dengan Perjanjian Kerja: ASN yang diangkat berdasarkan perjanjian kerja untuk jangka waktu tertentu.',
    en: 'Government employee on a work contract; has golongan I–XVII and an NI PPPK.',
  },
  NIP: {
    id: 'Nomor Induk Pegawai: 18 digit berisi tanggal lahir, TMT CPNS, jenis kelamin, dan nomor urut.',
    en: 'PNS identity number: birth date YYYYMMDD + TMT CPNS YYYYMM + sex digit + 3-digit sequence.',
  },
  'NI PPPK': {
    id: 'Nomor Induk PPPK: 18 digit yang diawali tanggal lahir pegawai PPPK.',
    en: 'PPPK identity number: 18 digits starting with the birth date; the rest is not a TMT.',
  },
  instansi: {
    id: 'Instansi pemerintah: kementerian, lembaga, atau pemerintah daerah (provinsi, kabupaten, kota).',
    en: 'Government agency (ministry, institution, province, regency or city); the top of the tree.',
  },
  'unit kerja': {
    id: 'Satuan organisasi di dalam instansi, tersusun berjenjang (dinas, bidang, seksi, dan seterusnya).',
    en: 'Organisational unit inside an instansi; units form a tree.',
  },
  jabatan: {
    id: 'Kedudukan yang menunjukkan tugas, tanggung jawab, wewenang, dan hak seorang pegawai dalam satuan organisasi.',
    en: 'Position. Performance plans follow the jabatan, not the person.',
  },
  JPT: {
    id: 'Jabatan Pimpinan Tinggi: jabatan tertinggi ASN (utama, madya, pratama).',
    en: 'Senior leadership position (utama, madya, pratama).',
  },
  atasan: {
    id: 'Jabatan atau pejabat satu tingkat di atas dalam struktur organisasi.',
    en: 'Superior: the position one level up in the jabatan tree.',
  },
  'pejabat penilai kinerja': {
    id: 'Atasan langsung yang menyetujui SKP dan menilai kinerja pegawai.',
    en: 'Performance assessor: the direct atasan, who approves the SKP and gives the ratings.',
  },
  'atasan pejabat penilai': {
    id: 'Atasan dari pejabat penilai kinerja; menandatangani blok 3 dokumen evaluasi kinerja.',
    en: "The assessor's own superior; signs block 3 of the annual evaluation document.",
  },
  pegawai: {
    id: 'Orang yang bekerja sebagai ASN pada suatu jabatan.',
    en: 'Employee (a PNS or PPPK person holding a jabatan).',
  },
  pangkat: {
    id: 'Kedudukan yang menunjukkan tingkatan seorang PNS, misalnya Penata Muda.',
    en: 'Civil-service rank name, e.g. Penata Muda; paired with a golongan.',
  },
  golongan: {
    id: 'Golongan ruang PNS (I/a sampai IV/e) atau golongan PPPK (I sampai XVII).',
    en: 'Grade: I/a..IV/e for PNS, I..XVII for PPPK.',
  },
  gelar: {
    id: 'Gelar akademik, profesi, atau keagamaan yang ditulis di depan atau di belakang nama.',
    en: 'Title written before (gelar depan) or after (gelar belakang) the name.',
  },
  SKP: {
    id: 'Sasaran Kinerja Pegawai: rencana kinerja dan perilaku pegawai untuk satu periode yang disepakati dengan pejabat penilai.',
    en: 'Sasaran Kinerja Pegawai: the employee performance plan for one period, approved by the assessor.',
  },
  RHK: {
    id: 'Rencana Hasil Kerja: hasil kerja yang akan diwujudkan pegawai dalam SKP.',
    en: 'Planned work result: one row of the SKP, cascading from an atasan RHK.',
  },
  IKI: {
    id: 'Indikator Kinerja Individu: ukuran keberhasilan suatu RHK (kuantitas, kualitas, waktu, atau biaya).',
    en: 'Individual performance indicator measuring an RHK, with a target.',
  },
  'perilaku kerja': {
    id: 'Perilaku pegawai yang dinilai berdasarkan nilai dasar BerAKHLAK.',
    en: 'Work behaviour, assessed against the BerAKHLAK core values.',
  },
  BerAKHLAK: {
    id: 'Nilai dasar ASN: Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif.',
    en: 'The seven ASN core values used for the behaviour rating.',
  },
  'indikator kinerja individu': {
    id: 'Ukuran keberhasilan suatu RHK pada aspek kuantitas, kualitas, waktu, atau biaya, beserta targetnya (disingkat IKI).',
    en: 'Individual performance indicator (IKI) of an RHK, one per aspect, with its target.',
  },
  'RHK utama': {
    id: 'Rencana hasil kerja yang berasal dari tugas jabatan; ditulis pada bagian A. UTAMA dan wajib mengintervensi RHK atasan.',
    en: 'Main planned result, from the job itself (group A on the form); must cascade from an atasan RHK.',
  },
  'RHK tambahan': {
    id: 'Rencana hasil kerja dari tugas tambahan di luar tugas jabatan; ditulis pada bagian B. TAMBAHAN.',
    en: 'Additional planned result from extra tasks (group B on the form).',
  },
  'pendekatan kuantitatif': {
    id: 'Cara menyusun SKP dengan target berupa angka dan satuan, misalnya 12 dokumen atau 100 persen.',
    en: 'SKP approach whose targets are numbers with a unit.',
  },
  'pendekatan kualitatif': {
    id: 'Cara menyusun SKP dengan target berupa uraian; indikator dan target digabung dalam satu kolom.',
    en: 'SKP approach whose targets are descriptions; IKI and target share one column on the form.',
  },
  intervensi: {
    id: 'Keterkaitan RHK pegawai dengan RHK atasan yang didukungnya, secara langsung maupun tidak langsung (cascading).',
    en: 'The link from an RHK to the atasan RHK it cascades from; direct or indirect.',
  },
  'Perjanjian Kinerja': {
    id: 'Dokumen target kinerja organisasi yang disepakati pimpinan unit; menjadi acuan RHK kepala unit.',
    en: "The unit's performance agreement; the head of the unit's RHK serve it instead of an atasan RHK.",
  },
  'menunggu RHK atasan': {
    id: 'Tanda pada RHK utama yang belum ditautkan ke RHK atasan karena atasan belum menyusun RHK; dapat disimpan, ditautkan kemudian.',
    en: 'Flag on a main RHK not yet linked to an atasan RHK; it can be drafted now and linked later.',
  },
  'peta cascading': {
    id: 'Gambaran berjenjang dari kepala unit sampai staf yang menunjukkan RHK setiap pegawai dan RHK atasan yang diintervensinya.',
    en: 'Tree view from the head of the unit down showing which RHK cascade from which.',
  },
  'matriks peran dan hasil': {
    id: 'Matriks yang memetakan RHK atasan terhadap peran atau hasil setiap jabatan bawahan sebelum staf menyusun SKP.',
    en: "Cascading matrix: atasan RHK as rows, subordinate jabatan as columns, each cell that jabatan's role.",
  },
  'perilaku kerja BerAKHLAK': {
    id: 'Bagian SKP berisi tujuh nilai BerAKHLAK, masing-masing dengan panduan perilaku dan ekspektasi khusus pimpinan.',
    en: 'The SKP behaviour section: the seven BerAKHLAK values with guidance lines and leader expectations.',
  },
  'ekspektasi khusus pimpinan': {
    id: 'Harapan khusus yang ditulis atasan bagi pegawai untuk setiap nilai BerAKHLAK.',
    en: 'Free-text expectation the atasan writes for each BerAKHLAK value.',
  },
  lampiran: {
    id: 'Lampiran SKP: dukungan sumber daya, skema pertanggungjawaban, dan konsekuensi.',
    en: 'SKP annex: resources provided, accountability scheme and consequences (free-text lists).',
  },
  'pejabat penilai': {
    id: 'Sebutan singkat untuk pejabat penilai kinerja, yaitu atasan langsung yang menyetujui SKP.',
    en: 'Short for pejabat penilai kinerja: the direct atasan who approves the SKP.',
  },
  diajukan: {
    id: 'Status SKP yang sudah dikirim pegawai kepada pejabat penilai untuk disetujui.',
    en: 'SKP status: submitted to the assessor for approval.',
  },
  disetujui: {
    id: 'Status SKP yang sudah disetujui pejabat penilai; perubahan selanjutnya melalui perubahan SKP.',
    en: 'SKP status: approved; later changes go through perubahan SKP.',
  },
  dikembalikan: {
    id: 'Status SKP yang dikembalikan pejabat penilai kepada pegawai dengan catatan untuk diperbaiki.',
    en: 'SKP status: returned by the assessor with notes (for the whole SKP or per RHK).',
  },
  'perubahan SKP': {
    id: 'Perubahan atas SKP yang sudah disetujui dengan membuat versi baru yang disetujui kembali; versi lama tetap tersimpan.',
    en: 'Change to an approved SKP: a new version approved again; the old version is kept.',
  },
  delegasi: {
    id: 'Penugasan tertulis dari pejabat penilai kepada operator untuk menyetujui atau mengembalikan SKP atas namanya; dicatat pada riwayat.',
    en: "Recorded instruction letting an operator approve or return an SKP on the assessor's behalf.",
  },
  predikat: {
    id: 'Predikat kinerja pegawai: Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, atau Sangat Kurang.',
    en: 'Performance grade derived from the work-result and behaviour ratings.',
  },
  'kurva distribusi': {
    id: 'Sebaran predikat kinerja pegawai dalam satu unit sesuai predikat kinerja organisasi.',
    en: "Expected spread of predikat in a unit, given the unit's organisational rating.",
  },
  realisasi: {
    id: 'Capaian nyata atas target IKI dalam suatu periode.',
    en: 'Actual achievement against an IKI target for a period.',
  },
  'bukti dukung': {
    id: 'Dokumen, berkas, atau tautan yang membuktikan realisasi.',
    en: 'Supporting evidence (files or links) for a realisation.',
  },
  'dialog kinerja': {
    id: 'Umpan balik berkelanjutan dari atasan kepada pegawai selama periode kinerja.',
    en: 'Continuous feedback from the atasan to the employee during the period.',
  },
  'umpan balik': {
    id: 'Tanggapan pejabat penilai atas hasil kerja dan perilaku kerja pegawai, per RHK atau per nilai BerAKHLAK; bagian dari dialog kinerja.',
    en: 'Feedback from the assessor per RHK or BerAKHLAK value; the written part of the dialog kinerja.',
  },
  'rencana aksi': {
    id: 'Rincian target tahunan per periode (misalnya per bulan) beserta langkah untuk mencapainya.',
    en: "Action plan: the annual target broken down per period; realisasi is reported against it.",
  },
  'laporan harian': {
    id: 'Catatan kegiatan harian pegawai: tanggal, kegiatan, RHK yang didukung, output, volume, dan menit kerja.',
    en: 'Daily activity log (date, activity, linked RHK, output, volume, minutes); rolls up into its period.',
  },
  'rating hasil kerja': {
    id: 'Penilaian pejabat penilai atas hasil kerja pegawai: Di Atas, Sesuai, atau Di Bawah Ekspektasi.',
    en: 'Work-result rating (HK): above, meeting or below expectations.',
  },
  'rating perilaku kerja': {
    id: 'Penilaian pejabat penilai atas perilaku kerja BerAKHLAK pegawai: Di Atas, Sesuai, atau Di Bawah Ekspektasi.',
    en: 'Work-behaviour rating (PK) on the BerAKHLAK values: above, meeting or below expectations.',
  },
  'predikat kinerja organisasi': {
    id: 'Predikat capaian kinerja unit dalam satu tahun (Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang) yang menentukan kurva distribusi predikat pegawai.',
    en: "The unit's own yearly rating; it sets the expected kurva distribusi of its employees' predikat.",
  },
  capaian: {
    id: 'Persentase realisasi terhadap target IKI (dibalik untuk indikator yang makin kecil makin baik); alat bantu, bukan pengganti rating.',
    en: 'Percent achieved (realisasi ÷ target, inverted when lower is better); an aid shown beside the ratings, never a rating.',
  },
  triwulan: {
    id: 'Periode tiga bulan untuk evaluasi kinerja periodik: Triwulan I, II, III, dan IV/Akhir.',
    en: 'Quarter; periodic evaluations are named TRIWULAN I, II, III and IV/AKHIR.',
  },
  'Plt.': {
    id: 'Pelaksana Tugas: pejabat yang melaksanakan tugas jabatan yang kosong karena pejabat definitif berhalangan tetap.',
    en: 'Acting official filling a vacant position (the holder left permanently).',
  },
  'Plh.': {
    id: 'Pelaksana Harian: pejabat yang melaksanakan tugas sementara karena pejabat definitif berhalangan sementara.',
    en: 'Daily stand-in for an official who is temporarily absent.',
  },
  TMT: {
    id: 'Terhitung Mulai Tanggal: tanggal mulai berlakunya suatu keputusan (misalnya TMT CPNS, TMT jabatan).',
    en: 'Effective-from date of a decree (e.g. TMT CPNS, TMT jabatan).',
  },
  kepegawaian: {
    id: 'Segala hal mengenai kedudukan, hak, kewajiban, dan manajemen pegawai ASN.',
    en: 'Personnel administration / HR matters of the civil service.',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryTerm = keyof typeof GLOSSARY;
