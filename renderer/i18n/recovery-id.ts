/** Indonesian strings of the start-up recovery screen (a migration failed). */
export const recoveryId = {
  title: 'Pembaruan basis data gagal',
  intro:
    'Aplikasi tidak dapat menyesuaikan basis data dengan versi ini. Sebelum setiap pembaruan, salinan data dibuat otomatis di folder data (subfolder backups). Pulihkan dari salinan untuk kembali ke data saat salinan itu dibuat.',
  copies: 'Salinan yang tersedia',
  noCopies: 'Belum ada salinan. Hubungi admin atau dukungan teknis; berkas data tidak dihapus.',
  restore: (label: string) => `Pulihkan dari salinan ${label}`,
  confirm: (label: string) =>
    `Pulihkan data dari salinan ${label}? Perubahan sesudah saat itu tidak ikut. Berkas data saat ini tetap disimpan di subfolder backups.`,
  confirmButton: 'Ya, pulihkan',
  stillFailing: 'Data sudah dipulihkan dari salinan, tetapi pembaruan basis data masih gagal. Hubungi admin atau dukungan teknis.',
};

export type RecoveryDictionary = typeof recoveryId;
