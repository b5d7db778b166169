/**
 * The demo instansi's TPP settings: the default office hours, bands and weights, the work calendar
 * of the years the demo's attendance covers, and a base TPP for every kelas jabatan so the rekap
 * shows real sums (without one every row reads "tanpa TPP dasar").
 */
import { DEFAULT_PENGATURAN_TPP } from '../../../shared/domain/tpp/defaults.js';
import { KELAS_JABATAN_MAX, type PengaturanTpp } from '../../../shared/domain/tpp/types.js';
import { hariLiburDemo } from './hari-libur.js';

/**
 * Base TPP per month for kelas 1..17, whole rupiah. ILLUSTRATIVE figures only, in the range a
 * kabupaten's Perkada might set (from about Rp 1,5 juta for the lowest kelas to Rp 22 juta for the
 * highest; the demo's Kepala Dinas is kelas 14, its staff kelas 5–9). They are no regulation's
 * numbers: a real desk enters its own on the settings form.
 */
export const DEMO_TPP_DASAR: readonly number[] = [
  1_500_000, 1_650_000, 1_800_000, 2_000_000, 2_250_000, 2_500_000, 2_850_000, 3_250_000, 3_900_000,
  4_600_000, 5_750_000, 7_250_000, 9_000_000, 11_500_000, 14_500_000, 18_000_000, 22_000_000,
];

/**
 * @example
 * demoPengaturanTpp([2026]).tppDasar[8]; // 3900000 (kelas 9)
 */
export function demoPengaturanTpp(years: readonly number[]): PengaturanTpp {
  if (DEMO_TPP_DASAR.length !== KELAS_JABATAN_MAX) throw new RangeError('one base TPP per kelas jabatan');
  return { ...structuredClone(DEFAULT_PENGATURAN_TPP), hariLibur: hariLiburDemo(years), tppDasar: [...DEMO_TPP_DASAR] };
}
