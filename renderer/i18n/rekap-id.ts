/** Indonesian strings of the "Unduh rekap" menu (issue 11, item 4). */
import type { JenisRekap } from '../../shared/contract-rekap.js';

export const rekapId = {
  button: 'Unduh rekap',
  jenis: {
    predikat: 'Predikat per unit dan periode',
    status_skp: 'Status SKP per pegawai',
    realisasi: 'Realisasi per indikator',
  } satisfies Record<JenisRekap, string>,
  downloaded: (name: string) => `Rekap diunduh: ${name}`,
};

export type RekapDictionary = typeof rekapId;
