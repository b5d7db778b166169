import { describe, expect, it } from 'vitest';
import { bandDari } from '../../../../shared/domain/tpp/band.js';
import { klasifikasiHari, type HariPegawai } from '../../../../shared/domain/tpp/klasifikasi.js';
import type { Band, Izin, Kehadiran } from '../../../../shared/domain/tpp/types.js';
import { P, rec } from './fixtures.js';

describe('bandDari (DOMAIN.md bands 1–30, 31–60, 61–90, over 90)', () => {
  it.each<[number | null, number | null]>([
    [0, null],
    [-5, null], // early arrival is not lateness
    [1, 1],
    [30, 1],
    [31, 2],
    [60, 2],
    [61, 3],
    [90, 3],
    [91, 4],
    [400, 4],
    [null, 4], // no scan
  ])('%j minutes → band %j', (menit, band) => {
    expect(bandDari(menit, [30, 60, 90])).toBe(band);
  });

  it('follows other bounds', () => {
    expect([15, 16, 45, 46, 120, 121].map((m) => bandDari(m, [15, 45, 120]))).toEqual([1, 2, 2, 3, 3, 4]);
  });
});

const SENIN = '2026-01-05';
const JUMAT = '2026-01-09';
const izin = (jenis: Izin['jenis'], mulai: string, selesai: string): Izin => ({ id: `i-${mulai}`, pegawaiId: 'p', jenis, mulai, selesai, keterangan: '' });

/** A day without its date (distributed over the union, which plain Omit is not). */
type Tanpa<T> = T extends unknown ? Omit<T, 'tanggal'> : never;
type Case = [string, string, Kehadiran | undefined, Izin[], string | null, Tanpa<HariPegawai>];

// Office Mon–Thu 07:30 (450) – 16:00 (960), Fri 07:30 (450) – 16:30 (990). Deductions in
// hundredths of a percent: TL1/PSW1 0.5 % = 50, 2 → 100, 3 → 125, 4 → 150; no excuse 3 % = 300.
type V = [Band, number | null, number] | null;
const hadir = (masuk: number | null, pulang: number | null, tl: V, psw: V) => ({
  jenis: 'hadir' as const,
  masuk,
  pulang,
  tl: tl && { band: tl[0], menit: tl[1], potongan: tl[2] },
  psw: psw && { band: psw[0], menit: psw[1], potongan: psw[2] },
  potongan: (tl?.[2] ?? 0) + (psw?.[2] ?? 0),
});

describe('klasifikasiHari', () => {
  it.each<Case>([
    ['on time both ways', SENIN, rec(SENIN, '07:30', '16:00'), [], null, hadir(450, 960, null, null)],
    ['early in, late out', SENIN, rec(SENIN, '07:02', '17:10'), [], null, hadir(422, 1030, null, null)],
    // 07:31 − 07:30 = 1 min → TL1.
    ['one minute late', SENIN, rec(SENIN, '07:31', '16:00'), [], null, hadir(451, 960, [1, 1, 50], null)],
    // 08:00 − 07:30 = 30 → still TL1; 08:01 → 31 → TL2.
    ['30 minutes late', SENIN, rec(SENIN, '08:00', '16:00'), [], null, hadir(480, 960, [1, 30, 50], null)],
    ['31 minutes late', SENIN, rec(SENIN, '08:01', '16:00'), [], null, hadir(481, 960, [2, 31, 100], null)],
    // 09:00 − 07:30 = 90 → TL3; 09:01 → 91 → TL4.
    ['90 minutes late', SENIN, rec(SENIN, '09:00', '16:00'), [], null, hadir(540, 960, [3, 90, 125], null)],
    ['91 minutes late', SENIN, rec(SENIN, '09:01', '16:00'), [], null, hadir(541, 960, [4, 91, 150], null)],
    // 16:00 − 15:59 = 1 → PSW1.
    ['one minute early', SENIN, rec(SENIN, '07:30', '15:59'), [], null, hadir(450, 959, null, [1, 1, 50])],
    // Friday ends 16:30: leaving 16:00 is 30 min early → PSW1 (on Monday it would be on time).
    ['Friday 16:00', JUMAT, rec(JUMAT, '07:30', '16:00'), [], null, hadir(450, 960, null, [1, 30, 50])],
    // 08:15 → 45 min TL2 (100); 15:00 → 60 min early PSW2 (100); the day costs 200 = 2 %.
    ['late and early on one day', SENIN, rec(SENIN, '08:15', '15:00'), [], null, hadir(495, 900, [2, 45, 100], [2, 60, 100])],
    // 16:00 − 14:29 = 91 → PSW4.
    ['91 minutes early', SENIN, rec(SENIN, '07:30', '14:29'), [], null, hadir(450, 869, null, [4, 91, 150])],
    // No check-out = "no record" → PSW4 without minutes.
    ['no check-out', SENIN, rec(SENIN, '07:20', null), [], null, hadir(440, null, null, [4, null, 150])],
    ['no check-in', SENIN, rec(SENIN, null, '16:05'), [], null, hadir(null, 965, [4, null, 150], null)],
    ['no record at all', SENIN, undefined, [], null, { jenis: 'tanpa_keterangan', potongan: 300 }],
    ['a row with both scans empty', SENIN, rec(SENIN, null, null), [], null, { jenis: 'tanpa_keterangan', potongan: 300 }],
    // Weekend and holidays are never an absence and never late, whatever the machine says.
    ['Saturday, late scan', '2026-01-10', rec('2026-01-10', '10:00', '11:00'), [], null, { jenis: 'libur', sebab: 'akhir_pekan', nama: null }],
    ['Sunday, nothing', '2026-01-11', undefined, [], null, { jenis: 'libur', sebab: 'akhir_pekan', nama: null }],
    ['national holiday', '2026-01-01', undefined, [], null, { jenis: 'libur', sebab: 'libur_nasional', nama: 'Tahun Baru 2026 Masehi' }],
    ['cuti bersama', '2026-01-02', undefined, [], null, { jenis: 'libur', sebab: 'cuti_bersama', nama: 'Cuti bersama Tahun Baru' }],
    ['cuti, no record', SENIN, undefined, [izin('cuti', '2026-01-05', '2026-01-07')], null, { jenis: 'izin', izin: 'cuti' }],
    ['last day of a dinas luar', '2026-01-07', undefined, [izin('dinas_luar', '2026-01-05', '2026-01-07')], null, { jenis: 'izin', izin: 'dinas_luar' }],
    ['day after the dinas luar', '2026-01-08', undefined, [izin('dinas_luar', '2026-01-05', '2026-01-07')], null, { jenis: 'tanpa_keterangan', potongan: 300 }],
    // A letter for the day wins over a late scan (sick, came in to hand it over).
    ['sakit with a late scan', SENIN, rec(SENIN, '10:00', '11:00'), [izin('sakit', SENIN, SENIN)], null, { jenis: 'izin', izin: 'sakit' }],
    ['after tmt selesai', SENIN, undefined, [], '2026-01-02', { jenis: 'bukan_masa_kerja' }],
    ['on the last day of service', SENIN, undefined, [], SENIN, { jenis: 'tanpa_keterangan', potongan: 300 }],
  ])('%s', (_, tanggal, kehadiran, iz, aktifSampai, expected) => {
    expect(klasifikasiHari({ tanggal, kehadiran, izin: iz, aktifSampai }, P)).toEqual({ tanggal, ...expected });
  });

  it('takes the rates and bounds from the settings', () => {
    const p = { ...P, batasMenit: [15, 45, 120] as [number, number, number], tarifTl: [1, 2, 3, 4] as [number, number, number, number], tarifTanpaKeterangan: 5 };
    // 07:50 − 07:30 = 20 → band 2 of [15, 45, 120] → 2 % = 200.
    expect(klasifikasiHari({ tanggal: SENIN, kehadiran: rec(SENIN, '07:50', '16:00'), izin: [], aktifSampai: null }, p)).toMatchObject({ tl: { band: 2, menit: 20, potongan: 200 } });
    expect(klasifikasiHari({ tanggal: SENIN, kehadiran: undefined, izin: [], aktifSampai: null }, p)).toMatchObject({ potongan: 500 });
  });
});
