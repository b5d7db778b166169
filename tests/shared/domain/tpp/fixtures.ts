/**
 * The calendar of the hand-worked examples: January 2026 with the default office hours
 * (Mon–Thu 07:30–16:00, Fri 07:30–16:30) and three days off on weekdays.
 *
 * January 2026 starts on a Thursday: 31 days, weekends 3–4, 10–11, 17–18, 24–25, 31 → 9 days,
 * so 22 weekdays; minus 1 Jan (libur nasional), 2 Jan (cuti bersama), 16 Jan (libur nasional)
 * → 19 working days: 5–9, 12–15, 19–23, 26–30.
 */
import { menitDariJam } from '../../../../shared/domain/tpp/jam.js';
import { DEFAULT_PENGATURAN_TPP } from '../../../../shared/domain/tpp/defaults.js';
import type { Kehadiran, PengaturanTpp } from '../../../../shared/domain/tpp/types.js';

export const P: PengaturanTpp = {
  ...DEFAULT_PENGATURAN_TPP,
  hariLibur: [
    { tanggal: '2026-01-01', nama: 'Tahun Baru 2026 Masehi', jenis: 'libur_nasional' },
    { tanggal: '2026-01-02', nama: 'Cuti bersama Tahun Baru', jenis: 'cuti_bersama' },
    { tanggal: '2026-01-16', nama: 'Isra Mikraj Nabi Muhammad SAW', jenis: 'libur_nasional' },
  ],
};

export const WORKING_DAYS_JAN_2026 = [5, 6, 7, 8, 9, 12, 13, 14, 15, 19, 20, 21, 22, 23, 26, 27, 28, 29, 30].map((d) => `2026-01-${String(d).padStart(2, '0')}`);

function m(jam: string | null): number | null {
  return jam === null ? null : menitDariJam(jam);
}

/** A record from `HH:MM` texts (null = no scan). */
export function rec(tanggal: string, masuk: string | null, pulang: string | null): Kehadiran {
  return { tanggal, masuk: m(masuk), pulang: m(pulang) };
}
