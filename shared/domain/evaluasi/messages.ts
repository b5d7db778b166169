/** Indonesian messages of the evaluation rules, written once so the UI, core and server say the same. */
export const EVALUASI_MSG = {
  bukanPenilai: 'Hanya pejabat penilai kinerja pegawai ini yang dapat menilai, mengunci, atau membuka kembali evaluasi.',
  bukanPemilik: 'Hanya pegawai yang dinilai yang dapat menyatakan menerima hasil evaluasi.',
  terkunci: 'Evaluasi periode ini sudah dikunci. Buka kembali (dengan alasan) untuk mengubah penilaian.',
  sudahTerkunci: 'Evaluasi periode ini sudah dikunci.',
  belumTerkunci: 'Evaluasi periode ini belum dikunci.',
  sudahDiterima: 'Hasil evaluasi ini sudah dinyatakan diterima.',
  belumLengkap: 'Isi rating hasil kerja dan rating perilaku kerja sebelum mengunci evaluasi.',
  alasanBukaWajib: 'Tuliskan alasan membuka kembali evaluasi yang sudah dikunci.',
  alasanPredikatWajib: (saran: string, predikat: string) =>
    `Predikat tahunan ${predikat} berbeda dari saran riwayat periode (${saran}). Tuliskan alasannya sebelum mengunci.`,
  teksTerlaluPanjang: (max: number) => `Teks paling banyak ${max} karakter.`,
  umpanBalikDisarankan: (bagian: string, rating: string) =>
    `Rating ${bagian} "${rating}" sebaiknya disertai umpan balik (dialog kinerja) agar pegawai tahu apa yang perlu dipertahankan atau diperbaiki.`,
  realisasiTerkunci: (periode: string) =>
    `Periode ${periode} sudah dikunci karena evaluasinya telah selesai; realisasi dan laporan harian tidak dapat diubah. Minta pejabat penilai membukanya kembali bila perlu.`,
  tanggalLuarPeriode: 'Tanggal laporan harian berada di luar periode SKP.',
  penilaiDiBawahPengawas: (jenis: string) =>
    `Pejabat penilai menduduki jabatan ${jenis}, di bawah jenjang pengawas. Pastikan penilaian memang didelegasikan kepadanya.`,
} as const;
