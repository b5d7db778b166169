/**
 * The work calendar: which days are working days and their hours. A weekend, a national holiday
 * or a cuti bersama is never a working day, so it can never be an absence.
 */
import { isoParts, lastDayOfMonth, isoOf } from '../evaluasi/iso-date.js';
import { menitDariJam } from './jam.js';
import { HARI, type Hari, type HariLibur, type PengaturanTpp } from './types.js';

/** A working day's hours in minutes since midnight. */
export type Jadwal = { masuk: number; pulang: number };

export type StatusKalender = { kerja: true; jadwal: Jadwal } | { kerja: false; sebab: 'akhir_pekan' | HariLibur['jenis']; nama: string | null };

/**
 * The weekday of an ISO date (computed in UTC, so the machine's zone never shifts it).
 *
 * @example
 * hariDari('2026-01-02'); // 'jumat'
 */
export function hariDari(tanggal: string): Hari {
  const d = new Date(`${tanggal}T00:00:00Z`).getUTCDay();
  // getUTCDay counts from Sunday = 0; HARI starts on Monday.
  return HARI[(d + 6) % 7] ?? 'senin';
}

/** Every ISO date of a month, in order. */
export function tanggalBulan(tahun: number, bulan: number): string[] {
  return Array.from({ length: lastDayOfMonth(tahun, bulan) }, (_, i) => isoOf(tahun, bulan, i + 1));
}

/**
 * Whether a date is a working day and, if so, its office hours. A holiday listed on a weekend
 * stays a weekend (nothing changes either way).
 *
 * @example
 * statusKalender('2026-01-01', { ...DEFAULT_PENGATURAN_TPP, hariLibur: [{ tanggal: '2026-01-01', nama: 'Tahun Baru', jenis: 'libur_nasional' }] });
 * // { kerja: false, sebab: 'libur_nasional', nama: 'Tahun Baru' }
 */
export function statusKalender(tanggal: string, p: Pick<PengaturanTpp, 'jamKerja' | 'hariLibur'>): StatusKalender {
  const jam = p.jamKerja[hariDari(tanggal)];
  const masuk = jam ? menitDariJam(jam.masuk) : null;
  const pulang = jam ? menitDariJam(jam.pulang) : null;
  if (masuk === null || pulang === null) return { kerja: false, sebab: 'akhir_pekan', nama: null };
  const libur = p.hariLibur.find((h) => h.tanggal === tanggal);
  if (libur) return { kerja: false, sebab: libur.jenis, nama: libur.nama };
  return { kerja: true, jadwal: { masuk, pulang } };
}

/** True for a real ISO date. */
export function isTanggal(s: string): boolean {
  return isoParts(s) !== null;
}
