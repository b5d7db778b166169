/**
 * Default TPP settings. Every figure varies per instansi (DOMAIN.md marks them [unconfirmed]), so
 * they are only where a new desk starts; the operator changes them on the settings form.
 */
import type { PengaturanTpp } from './types.js';

export const DEFAULT_PENGATURAN_TPP: PengaturanTpp = {
  // [unconfirmed] Common five-day office hours: Monday–Thursday 07:30–16:00, Friday 07:30–16:30.
  jamKerja: {
    senin: { masuk: '07:30', pulang: '16:00' },
    selasa: { masuk: '07:30', pulang: '16:00' },
    rabu: { masuk: '07:30', pulang: '16:00' },
    kamis: { masuk: '07:30', pulang: '16:00' },
    jumat: { masuk: '07:30', pulang: '16:30' },
    sabtu: null,
    minggu: null,
  },
  // Holidays are decreed every year (SKB tiga menteri); none are assumed.
  hariLibur: [],
  // DOMAIN.md: TL1/PSW1 1–30 min, TL2/PSW2 31–60, TL3/PSW3 61–90, TL4/PSW4 over 90 or no record.
  batasMenit: [30, 60, 90],
  tarifTl: [0.5, 1, 1.25, 1.5],
  tarifPsw: [0.5, 1, 1.25, 1.5],
  // DOMAIN.md: 3–5 % per day; the low end is the default.
  tarifTanpaKeterangan: 3,
  // [unconfirmed] Seen in one secondary source only; instansi set their own.
  persenKinerja: { sangat_baik: 100, baik: 100, butuh_perbaikan: 80, kurang: 60, sangat_kurang: 40 },
  // The base amounts come from each regional head's regulation (Perkada); none are assumed.
  tppDasar: Array.from({ length: 17 }, () => null),
  // [unconfirmed] A common split (DOMAIN.md): 60 % kinerja, 40 % disiplin.
  bobotKinerja: 60,
  bobotDisiplin: 40,
};
