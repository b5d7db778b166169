/**
 * Indonesian strings of the signed-in person's own account (change password, signing key notice).
 * `account-en.ts` is typed as `AccountDictionary`.
 */
export const accountId = {
  changePassword: 'Ganti kata sandi',
  oldPassword: 'Kata sandi lama',
  newPassword: 'Kata sandi baru',
  newPasswordRepeat: 'Ulangi kata sandi baru',
  tooShort: (min: number) => `Kata sandi baru minimal ${min} karakter.`,
  mismatch: 'Kedua kata sandi baru tidak sama.',
  sameAsOld: 'Kata sandi baru harus berbeda dari kata sandi lama.',
  changed: 'Kata sandi berhasil diubah. Mulai sekarang perubahan Anda ditandatangani dengan kunci baru.',
  provisionalTitle: 'Ubah kata sandi Anda',
  provisional:
    'Kata sandi akun ini ditetapkan oleh admin. Sebelum Anda menyetujui atau mengembalikan SKP, ubah kata sandi Anda sendiri: persetujuan hanya sah bila ditandatangani dengan kata sandi yang hanya Anda ketahui.',
  noKeyTitle: 'Perubahan belum dapat ditandatangani',
  noKey: 'Akun ini belum memiliki kunci tanda tangan di meja ini, sehingga server akan menolak perubahan Anda. Ubah kata sandi Anda untuk membuat kunci baru.',
};
export type AccountDictionary = typeof accountId;
