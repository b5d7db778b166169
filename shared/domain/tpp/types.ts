/**
 * TPP / tunjangan kinerja (DOMAIN.md "Money and discipline (tindak lanjut)"): the work calendar,
 * excused absences, attendance and the instansi settings that turn them into a discipline
 * percentage, and that with the predikat into the money. Plain data, ISO dates, times `HH:MM`.
 */
import type { Predikat } from '../evaluasi/types.js';

/** Days of the week, Monday first (the order of the settings form). */
export const HARI = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'] as const;
export type Hari = (typeof HARI)[number];
export const HARI_LABEL = {
  senin: 'Senin',
  selasa: 'Selasa',
  rabu: 'Rabu',
  kamis: 'Kamis',
  jumat: 'Jumat',
  sabtu: 'Sabtu',
  minggu: 'Minggu',
} as const satisfies Record<Hari, string>;

/** Office hours of one weekday, `HH:MM` 24-hour local time; null on a day off. */
export type JamKerja = { masuk: string; pulang: string };

/** National holidays and cuti bersama are both days off, kept apart because the letters name them apart. */
export const JENIS_LIBUR = ['libur_nasional', 'cuti_bersama'] as const;
export type JenisLibur = (typeof JENIS_LIBUR)[number];
export const JENIS_LIBUR_LABEL = { libur_nasional: 'Libur nasional', cuti_bersama: 'Cuti bersama' } as const satisfies Record<JenisLibur, string>;

export type HariLibur = { tanggal: string; nama: string; jenis: JenisLibur };

/** Excused absences (DOMAIN.md): cuti, dinas luar, sakit with a letter. */
export const JENIS_IZIN = ['cuti', 'dinas_luar', 'sakit'] as const;
export type JenisIzin = (typeof JENIS_IZIN)[number];
export const JENIS_IZIN_LABEL = { cuti: 'Cuti', dinas_luar: 'Dinas luar', sakit: 'Sakit' } as const satisfies Record<JenisIzin, string>;

/** One excused absence of a pegawai, `mulai`..`selesai` inclusive. */
export type Izin = { id: string; pegawaiId: string; jenis: JenisIzin; mulai: string; selesai: string; keterangan: string };

/** One day's fingerprint record: minutes since midnight, null when the machine has no scan. */
export type Kehadiran = { tanggal: string; masuk: number | null; pulang: number | null };

/** The four TL/PSW bands, 1 (shortest) to 4 (longest or no record). */
export const BAND = [1, 2, 3, 4] as const;
export type Band = (typeof BAND)[number];

/**
 * Everything an instansi sets for TPP. Percentages are percent (0.5 = 0.5 %), at most two
 * decimals; money is whole rupiah.
 */
export type PengaturanTpp = {
  jamKerja: Record<Hari, JamKerja | null>;
  hariLibur: HariLibur[];
  /**
   * Upper bounds in minutes of bands 1–3 (inclusive), strictly increasing; band 4 is everything
   * above the last bound, and a missing scan.
   */
  batasMenit: [number, number, number];
  /** Deduction per occurrence of TL1..TL4 / PSW1..PSW4, percent. */
  tarifTl: [number, number, number, number];
  tarifPsw: [number, number, number, number];
  /** Deduction per working day without a record and without an excuse, percent. */
  tarifTanpaKeterangan: number;
  /** Performance percentage paid for each predikat. */
  persenKinerja: Record<Predikat, number>;
  /** Base TPP per kelas jabatan 1..17 (index 0 = kelas 1), whole rupiah; null where the instansi has none. */
  tppDasar: (number | null)[];
  /** Weights of kinerja and disiplin, whole percent, summing to 100. */
  bobotKinerja: number;
  bobotDisiplin: number;
};

export const KELAS_JABATAN_MAX = 17;
