/** English strings of the "Unduh rekap" menu. */
import type { RekapDictionary } from './rekap-id.js';

export const rekapEn: RekapDictionary = {
  button: 'Download summary',
  jenis: {
    predikat: 'Rating per unit and period',
    status_skp: 'SKP status per employee',
    realisasi: 'Results per indicator',
  },
  downloaded: (name: string) => `Summary downloaded: ${name}`,
};
