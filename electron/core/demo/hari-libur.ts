/**
 * The national holidays and cuti bersama the demo writes into its work calendar (the TPP settings'
 * `hariLibur`, which is data the operator keeps up: the rules read only that list). They are
 * decreed every year by the SKB of three ministers, so only years whose SKB we have are listed in
 * full; any other year gets just the holidays fixed by date in law (their Islamic, Chinese, Hindu,
 * Buddhist and Christian feasts move), which is enough for a believable demo.
 */
import type { HariLibur } from '../../../shared/domain/tpp/types.js';

type Entry = readonly [tanggal: string, nama: string];

const nasional = (rows: readonly Entry[]): HariLibur[] => rows.map(([tanggal, nama]) => ({ tanggal, nama, jenis: 'libur_nasional' }));
const cutiBersama = (rows: readonly Entry[]): HariLibur[] => rows.map(([tanggal, nama]) => ({ tanggal, nama, jenis: 'cuti_bersama' }));

/** SKB Nomor 1017, 2 dan 2 Tahun 2024, with its change of August 2025 (cuti bersama 18 Agustus). */
const TAHUN_2025: readonly HariLibur[] = [
  ...nasional([
    ['2025-01-01', 'Tahun Baru 2025 Masehi'], ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'], ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'],
    ['2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'], ['2025-03-31', 'Idul Fitri 1446 Hijriah'], ['2025-04-01', 'Idul Fitri 1446 Hijriah'],
    ['2025-04-18', 'Wafat Yesus Kristus'], ['2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'], ['2025-05-01', 'Hari Buruh Internasional'],
    ['2025-05-12', 'Hari Raya Waisak 2569 BE'], ['2025-05-29', 'Kenaikan Yesus Kristus'], ['2025-06-01', 'Hari Lahir Pancasila'],
    ['2025-06-06', 'Idul Adha 1446 Hijriah'], ['2025-06-27', 'Tahun Baru Islam 1447 Hijriah'], ['2025-08-17', 'Proklamasi Kemerdekaan'],
    ['2025-09-05', 'Maulid Nabi Muhammad SAW'], ['2025-12-25', 'Kelahiran Yesus Kristus'],
  ]),
  ...cutiBersama([
    ['2025-01-28', 'Cuti bersama Tahun Baru Imlek'], ['2025-03-28', 'Cuti bersama Hari Suci Nyepi'], ['2025-04-02', 'Cuti bersama Idul Fitri'],
    ['2025-04-03', 'Cuti bersama Idul Fitri'], ['2025-04-04', 'Cuti bersama Idul Fitri'], ['2025-04-07', 'Cuti bersama Idul Fitri'],
    ['2025-05-13', 'Cuti bersama Hari Raya Waisak'], ['2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'], ['2025-06-09', 'Cuti bersama Idul Adha'],
    ['2025-08-18', 'Cuti bersama Proklamasi Kemerdekaan'], ['2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'],
  ]),
];

/** SKB Nomor 1497, 2 dan 5 Tahun 2025: 17 libur nasional, 8 cuti bersama. */
const TAHUN_2026: readonly HariLibur[] = [
  ...nasional([
    ['2026-01-01', 'Tahun Baru 2026 Masehi'], ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'], ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'],
    ['2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'], ['2026-03-21', 'Idul Fitri 1447 Hijriah'], ['2026-03-22', 'Idul Fitri 1447 Hijriah'],
    ['2026-04-03', 'Wafat Yesus Kristus'], ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'], ['2026-05-01', 'Hari Buruh Internasional'],
    ['2026-05-14', 'Kenaikan Yesus Kristus'], ['2026-05-27', 'Idul Adha 1447 Hijriah'], ['2026-05-31', 'Hari Raya Waisak 2570 BE'],
    ['2026-06-01', 'Hari Lahir Pancasila'], ['2026-06-16', 'Tahun Baru Islam 1448 Hijriah'], ['2026-08-17', 'Proklamasi Kemerdekaan'],
    ['2026-08-25', 'Maulid Nabi Muhammad SAW'], ['2026-12-25', 'Kelahiran Yesus Kristus'],
  ]),
  ...cutiBersama([
    ['2026-02-16', 'Cuti bersama Tahun Baru Imlek'], ['2026-03-18', 'Cuti bersama Hari Suci Nyepi'], ['2026-03-20', 'Cuti bersama Idul Fitri'],
    ['2026-03-23', 'Cuti bersama Idul Fitri'], ['2026-03-24', 'Cuti bersama Idul Fitri'], ['2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'],
    ['2026-05-28', 'Cuti bersama Idul Adha'], ['2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'],
  ]),
];

const BY_YEAR: ReadonlyMap<number, readonly HariLibur[]> = new Map([
  [2025, TAHUN_2025],
  [2026, TAHUN_2026],
]);

/** Holidays whose date the law fixes, for a year without its SKB here. */
function fixedDates(tahun: number): HariLibur[] {
  return nasional([
    [`${tahun}-01-01`, `Tahun Baru ${tahun} Masehi`], [`${tahun}-05-01`, 'Hari Buruh Internasional'], [`${tahun}-06-01`, 'Hari Lahir Pancasila'],
    [`${tahun}-08-17`, 'Proklamasi Kemerdekaan'], [`${tahun}-12-25`, 'Kelahiran Yesus Kristus'],
  ]);
}

/**
 * The days off of these years, in date order, each date once.
 *
 * @example
 * hariLiburDemo([2026]).length; // 25
 * hariLiburDemo([2031]).map((h) => h.tanggal); // ['2031-01-01', '2031-05-01', '2031-06-01', '2031-08-17', '2031-12-25']
 */
export function hariLiburDemo(years: readonly number[]): HariLibur[] {
  const out = new Map<string, HariLibur>();
  for (const y of new Set(years)) for (const h of BY_YEAR.get(y) ?? fixedDates(y)) out.set(h.tanggal, h);
  return [...out.values()].sort((a, b) => a.tanggal.localeCompare(b.tanggal));
}
