import { describe, expect, it } from 'vitest';
import { jamDariMenit, menitDariJam } from '../../../../shared/domain/tpp/jam.js';
import { hariDari, statusKalender, tanggalBulan } from '../../../../shared/domain/tpp/kalender.js';
import { P, WORKING_DAYS_JAN_2026 } from './fixtures.js';

describe('menitDariJam', () => {
  it.each<[string, number | null]>([
    ['07:30', 450], // 7 × 60 + 30
    ['07.30', 450], // the Indonesian dot
    ['7:05', 425], // 7 × 60 + 5
    ['16:00', 960],
    ['00:00', 0],
    ['23:59', 1439],
    ['07:31:59', 451], // seconds dropped: 7 × 60 + 31
    [' 08:00 ', 480],
    ['25:10', null], // no 25th hour
    ['24:00', null],
    ['12:60', null],
    ['07:30:60', null],
    ['730', null],
    ['7:5', null],
    ['', null],
    ['pagi', null],
  ])('%j → %j', (text, menit) => {
    expect(menitDariJam(text)).toBe(menit);
  });

  it('writes minutes back as HH:MM', () => {
    expect([0, 450, 965, 1439].map(jamDariMenit)).toEqual(['00:00', '07:30', '16:05', '23:59']);
  });
});

describe('work calendar', () => {
  it.each([
    ['2026-01-01', 'kamis'],
    ['2026-01-02', 'jumat'],
    ['2026-01-03', 'sabtu'],
    ['2026-01-04', 'minggu'],
    ['2026-01-05', 'senin'],
    ['2024-02-29', 'kamis'],
  ])('%s is a %s', (tanggal, hari) => {
    expect(hariDari(tanggal)).toBe(hari);
  });

  it.each([
    // Monday: 07:30 = 450, 16:00 = 960.
    ['2026-01-05', { kerja: true, jadwal: { masuk: 450, pulang: 960 } }],
    // Friday ends half an hour later: 16:30 = 990.
    ['2026-01-09', { kerja: true, jadwal: { masuk: 450, pulang: 990 } }],
    ['2026-01-10', { kerja: false, sebab: 'akhir_pekan', nama: null }],
    ['2026-01-11', { kerja: false, sebab: 'akhir_pekan', nama: null }],
    ['2026-01-01', { kerja: false, sebab: 'libur_nasional', nama: 'Tahun Baru 2026 Masehi' }],
    ['2026-01-02', { kerja: false, sebab: 'cuti_bersama', nama: 'Cuti bersama Tahun Baru' }],
  ])('%s', (tanggal, status) => {
    expect(statusKalender(tanggal, P)).toEqual(status);
  });

  it('a holiday on a weekend stays a weekend', () => {
    const p = { ...P, hariLibur: [{ tanggal: '2026-01-03', nama: 'X', jenis: 'libur_nasional' as const }] };
    expect(statusKalender('2026-01-03', p)).toEqual({ kerja: false, sebab: 'akhir_pekan', nama: null });
  });

  it('a six-day week makes Saturday a working day', () => {
    const p = { ...P, jamKerja: { ...P.jamKerja, sabtu: { masuk: '07:30', pulang: '12:00' } } };
    expect(statusKalender('2026-01-10', p)).toEqual({ kerja: true, jadwal: { masuk: 450, pulang: 720 } });
  });

  it('January 2026 has 19 working days (see fixtures.ts for the count)', () => {
    expect(tanggalBulan(2026, 1).filter((d) => statusKalender(d, P).kerja)).toEqual(WORKING_DAYS_JAN_2026);
    expect(tanggalBulan(2024, 2)).toHaveLength(29);
  });
});
