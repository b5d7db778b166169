/**
 * Indonesian strings of account management (Pengguna list, accounts in bulk, initial-password
 * slips, resets) and of the forced "Ganti kata sandi" page. `users-en.ts` is typed as `UsersDictionary`.
 */
export const usersId = {
  searchLabel: 'Cari nama atau NIP',
  searchPlaceholder: 'Ketik nama atau NIP (urutan kata bebas)',
  unitFilter: 'Unit kerja (termasuk sub-unit)',
  allUnits: 'Semua unit',
  colJabatan: 'Jabatan',
  total: (shown: number, total: number, from: number) =>
    total === 0 ? 'Tidak ada akun yang cocok.' : `Menampilkan ${from.toLocaleString('id-ID')}–${(from + shown - 1).toLocaleString('id-ID')} dari ${total.toLocaleString('id-ID')} akun`,
  mustChange: 'Wajib ganti sandi',
  mustChangeTip: 'Kata sandi akun ini ditetapkan admin (atau akun belum punya kunci tanda tangan). Pemiliknya harus menggantinya saat masuk berikutnya sebelum dapat bekerja.',
  reset: 'Atur ulang sandi',
  resetOf: (nama: string) => `Atur ulang kata sandi ${nama}`,
  resetTitle: 'Atur ulang kata sandi',
  resetIntro: (nama: string) =>
    `Kata sandi baru untuk ${nama} dibuat acak. Serahkan kepada pemiliknya; ia wajib menggantinya saat masuk berikutnya. Semua sesi akun ini yang sedang berjalan berakhir.`,
  resetPassword: 'Kata sandi awal baru',
  resetConfirm: 'Simpan kata sandi baru',
  resetDone: (nama: string) => `Kata sandi ${nama} berhasil diatur ulang.`,
  bulkOpen: 'Buat akun dari data pegawai',
  bulkTitle: 'Buat akun dari data pegawai',
  bulkIntro:
    'Nama dan NIP diambil dari data pegawai. Setiap akun mendapat peran Pegawai dan kata sandi awal acak yang hanya ditampilkan sekali, lalu pemiliknya wajib menggantinya saat masuk pertama.',
  bulkUnit: 'Unit kerja',
  bulkUnitPlaceholder: 'Pilih unit kerja',
  bulkSubUnits: 'Termasuk semua sub-unit',
  bulkQuery: 'Saring dengan nama atau NIP (boleh kosong)',
  bulkNeedSelection: 'Pilih unit kerja atau isi pencarian terlebih dahulu.',
  bulkPreview: (matched: number, withAccount: number, toCreate: number) =>
    `${matched.toLocaleString('id-ID')} pegawai cocok: ${withAccount.toLocaleString('id-ID')} sudah punya akun (dilewati), ${toCreate.toLocaleString('id-ID')} akun akan dibuat.`,
  bulkTooMany: (max: number) => `Paling banyak ${max.toLocaleString('id-ID')} akun sekali jalan. Pilih unit kerja yang lebih kecil.`,
  bulkNothing: 'Semua pegawai yang dipilih sudah punya akun.',
  bulkCreate: (n: number) => `Buat ${n.toLocaleString('id-ID')} akun`,
  bulkProgress: (done: number, total: number) => `Menyiapkan kata sandi ${done.toLocaleString('id-ID')} dari ${total.toLocaleString('id-ID')}…`,
  bulkSaving: (done: number, total: number) => `Menyimpan akun ${done.toLocaleString('id-ID')} dari ${total.toLocaleString('id-ID')}…`,
  slipsTitle: 'Kata sandi awal',
  slipsWarning:
    'Kata sandi di halaman ini hanya ditampilkan sekali. Cetak atau unduh sekarang, lalu serahkan setiap lembar kepada pemiliknya secara langsung.',
  slipsSummary: (created: number, skipped: number, seconds: string) =>
    `${created.toLocaleString('id-ID')} akun dibuat, ${skipped.toLocaleString('id-ID')} dilewati karena sudah punya akun (${seconds} detik).`,
  slipsPrint: 'Cetak lembar kata sandi',
  slipsDownload: 'Unduh xlsx',
  slipsClose: 'Selesai',
  slipsCloseConfirm: 'Sudah dicetak atau diunduh? Kata sandi tidak dapat ditampilkan lagi.',
  slipsSkipped: 'Dilewati (sudah punya akun)',
  slipNama: 'Nama',
  slipNip: 'NIP',
  slipUnit: 'Unit kerja',
  slipJabatan: 'Jabatan',
  slipPassword: 'Kata sandi awal',
  slipHeading: 'Akun Meja Kinerja',
  slipNote: 'Ganti saat masuk pertama. Jangan berikan kata sandi ini kepada orang lain.',
  forcedTitle: 'Ganti kata sandi',
  forcedIntro:
    'Kata sandi Anda saat ini ditetapkan oleh admin. Sebelum mulai bekerja, pilih kata sandi yang hanya Anda ketahui: dengan kata sandi itu perubahan dan persetujuan Anda ditandatangani.',
  forcedNoKey: 'Akun Anda belum memiliki kunci tanda tangan sendiri. Pilih kata sandi baru untuk membuatnya sebelum mulai bekerja.',
  forcedSubmit: 'Ganti kata sandi dan lanjutkan',
  forcedSignOut: 'Keluar',
  currentPassword: 'Kata sandi saat ini',
};
export type UsersDictionary = typeof usersId;
