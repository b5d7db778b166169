/**
 * Indonesian strings of the forms (character counters, date fields, why a button is off) and the
 * confirmations shown as toasts, written as sentences. `forms-en.ts` is typed as `typeof formsId`.
 * Validation messages themselves come from shared/validation/messages.ts (core and form alike).
 */
export const formsId = {
  /** "1.234 / 2.000" under a long text. */
  counter: (n: string, max: string) => `${n} / ${max} karakter`,
  checkFields: 'Periksa isian berikut:',
  /** The new-account password label, with the contract's minimum. */
  passwordNew: (min: number) => `Kata sandi (minimal ${min} karakter)`,
  dateInvalid: 'Tanggal tidak valid (DD/MM/YYYY)',
  datePlaceholder: 'DD/MM/YYYY',
  /** Said beside a disabled button. */
  reason: {
    maxIndikator: (n: number) => `Paling banyak ${n} indikator per RHK.`,
    pickPegawai: 'Pilih pegawai terlebih dahulu.',
    needNote: 'Tulis catatan untuk SKP atau paling sedikit satu RHK.',
    needDelegasi: 'Isi dasar penugasan dari pejabat penilai.',
    noParent: 'Pilih unit induk terlebih dahulu.',
  },
  toast: {
    pegawaiSaved: 'Pegawai berhasil disimpan.',
    unitSaved: 'Unit kerja berhasil disimpan.',
    jabatanSaved: 'Jabatan berhasil disimpan.',
    userSaved: 'Akun pengguna berhasil disimpan.',
    templateSaved: 'Templat SKP berhasil disimpan.',
    skpAjukan: 'SKP berhasil diajukan.',
    skpSetujui: 'SKP berhasil disetujui.',
    skpKembalikan: 'SKP berhasil dikembalikan kepada pegawai.',
    skpMulaiPerubahan: 'Perubahan SKP berhasil dimulai sebagai versi baru.',
  },
};
