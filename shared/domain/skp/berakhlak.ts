/**
 * The seven BerAKHLAK core values with their panduan perilaku (SE MenPANRB 20/2021), printed
 * verbatim on the SKP form. Kept as data: check the wording against the circular when a copy is at
 * hand (DOMAIN.md).
 */
export const BERAKHLAK = [
  {
    kode: 'berorientasi_pelayanan',
    nama: 'Berorientasi Pelayanan',
    panduan: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  {
    kode: 'akuntabel',
    nama: 'Akuntabel',
    panduan: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    kode: 'kompeten',
    nama: 'Kompeten',
    panduan: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  {
    kode: 'harmonis',
    nama: 'Harmonis',
    panduan: [
      'Menghargai setiap orang apa pun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  {
    kode: 'loyal',
    nama: 'Loyal',
    panduan: [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    kode: 'adaptif',
    nama: 'Adaptif',
    panduan: [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  },
  {
    kode: 'kolaboratif',
    nama: 'Kolaboratif',
    panduan: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
] as const;

export type NilaiBerakhlak = (typeof BERAKHLAK)[number]['kode'];
export const NILAI_BERAKHLAK: readonly NilaiBerakhlak[] = BERAKHLAK.map((b) => b.kode);

/** One perilaku kerja row of an SKP: the value and the atasan's ekspektasi khusus pimpinan. */
export type PerilakuKerja = { nilai: NilaiBerakhlak; ekspektasiKhusus: string };

/**
 * The seven rows in form order with empty expectations: the perilaku of a new SKP.
 *
 * @example
 * perilakuAwal()[0]; // { nilai: 'berorientasi_pelayanan', ekspektasiKhusus: '' }
 */
export function perilakuAwal(): PerilakuKerja[] {
  return NILAI_BERAKHLAK.map((nilai) => ({ nilai, ekspektasiKhusus: '' }));
}

/**
 * Puts perilaku rows in form order, one per value: unknown or repeated values are dropped (the
 * first wins) and missing ones added empty. Use it on anything read from outside.
 *
 * @example
 * normalizePerilaku([{ nilai: 'loyal', ekspektasiKhusus: 'x' }]).length; // 7
 */
export function normalizePerilaku(rows: readonly { nilai: string; ekspektasiKhusus: string }[]): PerilakuKerja[] {
  const byNilai = new Map<string, string>();
  for (const r of rows) if (!byNilai.has(r.nilai)) byNilai.set(r.nilai, r.ekspektasiKhusus);
  return NILAI_BERAKHLAK.map((nilai) => ({ nilai, ekspektasiKhusus: byNilai.get(nilai) ?? '' }));
}
