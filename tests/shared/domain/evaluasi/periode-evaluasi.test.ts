import { describe, expect, it } from 'vitest';
import {
  batasEvaluasiTahunan,
  closingPeriods,
  isPeriodeKey,
  labelOfKey,
  periodeEvaluasiOf,
  periodeOfDate,
  periodeOfTanggal,
  periodicKeysOf,
  rangeOfKey,
} from '../../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { PeriodeKey } from '../../../../shared/domain/evaluasi/types.js';

const YEAR_2026 = { tahun: 2026, mulai: '2026-01-01', selesai: '2026-12-31' };

describe('isPeriodeKey / periodicKeysOf', () => {
  it.each(['B01', 'B09', 'B10', 'B12', 'TW1', 'TW4', 'TAHUNAN'])('%s is a key', (k) => expect(isPeriodeKey(k)).toBe(true));
  it.each(['B00', 'B13', 'B1', 'TW0', 'TW5', 'tahunan', '', ' B01', 'B01 '])('%j is not', (k) => expect(isPeriodeKey(k)).toBe(false));

  it('lists months and quarters in order, without TAHUNAN', () => {
    expect(periodicKeysOf('bulanan')).toEqual(['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12']);
    expect(periodicKeysOf('triwulanan')).toEqual(['TW1', 'TW2', 'TW3', 'TW4']);
  });
});

describe('rangeOfKey', () => {
  it.each<[number, PeriodeKey, string, string]>([
    [2026, 'B01', '2026-01-01', '2026-01-31'],
    [2026, 'B02', '2026-02-01', '2026-02-28'],
    [2024, 'B02', '2024-02-01', '2024-02-29'],
    [2026, 'B04', '2026-04-01', '2026-04-30'],
    [2026, 'B12', '2026-12-01', '2026-12-31'],
    [2026, 'TW1', '2026-01-01', '2026-03-31'],
    [2026, 'TW2', '2026-04-01', '2026-06-30'],
    [2026, 'TW3', '2026-07-01', '2026-09-30'],
    [2026, 'TW4', '2026-10-01', '2026-12-31'],
    [2026, 'TAHUNAN', '2026-01-01', '2026-12-31'],
  ])('%d %s → %s .. %s', (tahun, key, mulai, selesai) => {
    expect(rangeOfKey(tahun, key)).toEqual({ mulai, selesai });
  });
});

describe('labelOfKey', () => {
  it.each<[PeriodeKey, string]>([
    ['B01', 'Januari 2026'],
    ['B03', 'Maret 2026'],
    ['B12', 'Desember 2026'],
    ['TW1', 'TRIWULAN I'],
    ['TW2', 'TRIWULAN II'],
    ['TW3', 'TRIWULAN III'],
    ['TW4', 'TRIWULAN IV/AKHIR'],
    ['TAHUNAN', 'Tahunan'],
  ])('%s → %s', (key, label) => expect(labelOfKey(2026, key)).toBe(label));
});

describe('periodeOfDate', () => {
  it.each<[string, PeriodeKey, PeriodeKey]>([
    ['2026-01-01', 'B01', 'TW1'],
    ['2026-03-31', 'B03', 'TW1'],
    ['2026-04-01', 'B04', 'TW2'],
    ['2026-06-30', 'B06', 'TW2'],
    ['2026-07-01', 'B07', 'TW3'],
    ['2026-09-30', 'B09', 'TW3'],
    ['2026-10-01', 'B10', 'TW4'],
    ['2026-12-31', 'B12', 'TW4'],
    ['2024-02-29', 'B02', 'TW1'],
  ])('%s → %s / %s', (date, bulan, triwulan) => {
    expect(periodeOfDate(date, 'bulanan')).toBe(bulan);
    expect(periodeOfDate(date, 'triwulanan')).toBe(triwulan);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-1', 'kemarin', ''])('null for %j', (d) => {
    expect(periodeOfDate(d, 'bulanan')).toBeNull();
    expect(periodeOfDate(d, 'triwulanan')).toBeNull();
  });
});

describe('periodeEvaluasiOf', () => {
  it('gives a full year twelve months then TAHUNAN', () => {
    const p = periodeEvaluasiOf(YEAR_2026, 'bulanan');
    expect(p.map((x) => x.key)).toEqual([...periodicKeysOf('bulanan'), 'TAHUNAN']);
    expect(p[1]).toEqual({ key: 'B02', mulai: '2026-02-01', selesai: '2026-02-28', label: 'Februari 2026' });
    expect(p[12]).toEqual({ key: 'TAHUNAN', mulai: '2026-01-01', selesai: '2026-12-31', label: 'Tahunan' });
  });

  it('gives a full year four quarters then TAHUNAN', () => {
    expect(periodeEvaluasiOf(YEAR_2026, 'triwulanan')).toEqual([
      { key: 'TW1', mulai: '2026-01-01', selesai: '2026-03-31', label: 'TRIWULAN I' },
      { key: 'TW2', mulai: '2026-04-01', selesai: '2026-06-30', label: 'TRIWULAN II' },
      { key: 'TW3', mulai: '2026-07-01', selesai: '2026-09-30', label: 'TRIWULAN III' },
      { key: 'TW4', mulai: '2026-10-01', selesai: '2026-12-31', label: 'TRIWULAN IV/AKHIR' },
      { key: 'TAHUNAN', mulai: '2026-01-01', selesai: '2026-12-31', label: 'Tahunan' },
    ]);
  });

  it('an SKP of 1 Jul – 31 Dec (after a mid-year move) has only B07..B12 / TW3, TW4', () => {
    const half = { tahun: 2026, mulai: '2026-07-01', selesai: '2026-12-31' };
    expect(periodeEvaluasiOf(half, 'bulanan').map((x) => x.key)).toEqual(['B07', 'B08', 'B09', 'B10', 'B11', 'B12', 'TAHUNAN']);
    expect(periodeEvaluasiOf(half, 'triwulanan').map((x) => x.key)).toEqual(['TW3', 'TW4', 'TAHUNAN']);
  });

  it('clips the periods at both ends to the SKP periode', () => {
    const p = periodeEvaluasiOf({ tahun: 2026, mulai: '2026-02-15', selesai: '2026-05-10' }, 'triwulanan');
    expect(p).toEqual([
      { key: 'TW1', mulai: '2026-02-15', selesai: '2026-03-31', label: 'TRIWULAN I' },
      { key: 'TW2', mulai: '2026-04-01', selesai: '2026-05-10', label: 'TRIWULAN II' },
      { key: 'TAHUNAN', mulai: '2026-02-15', selesai: '2026-05-10', label: 'Tahunan' },
    ]);
    const b = periodeEvaluasiOf({ tahun: 2026, mulai: '2026-02-15', selesai: '2026-05-10' }, 'bulanan');
    expect(b.map((x) => [x.key, x.mulai, x.selesai])).toEqual([
      ['B02', '2026-02-15', '2026-02-28'],
      ['B03', '2026-03-01', '2026-03-31'],
      ['B04', '2026-04-01', '2026-04-30'],
      ['B05', '2026-05-01', '2026-05-10'],
      ['TAHUNAN', '2026-02-15', '2026-05-10'],
    ]);
  });

  it('a one-day SKP has one period and TAHUNAN', () => {
    const p = periodeEvaluasiOf({ tahun: 2026, mulai: '2026-06-30', selesai: '2026-06-30' }, 'triwulanan');
    expect(p.map((x) => [x.key, x.mulai, x.selesai])).toEqual([
      ['TW2', '2026-06-30', '2026-06-30'],
      ['TAHUNAN', '2026-06-30', '2026-06-30'],
    ]);
  });

  it.each([
    { tahun: 2026, mulai: '2026-07-01', selesai: '2026-06-30' },
    { tahun: 2026, mulai: '2026-02-30', selesai: '2026-06-30' },
  ])('is empty for an invalid periode %j', (p) => expect(periodeEvaluasiOf(p, 'bulanan')).toEqual([]));
});

describe('periodeOfTanggal', () => {
  const half = { tahun: 2026, mulai: '2026-07-01', selesai: '2026-12-31' };
  it.each<[string, PeriodeKey | null]>([
    ['2026-06-30', null],
    ['2026-07-01', 'TW3'],
    ['2026-12-31', 'TW4'],
    ['2027-01-01', null],
    ['2026-07-32', null],
  ])('%s → %s', (d, k) => expect(periodeOfTanggal(half, d, 'triwulanan')).toBe(k));
});

describe('closingPeriods', () => {
  const months = periodeEvaluasiOf(YEAR_2026, 'bulanan');
  it.each<[string, number, [PeriodeKey, number][]]>([
    ['2026-03-25', 7, [['B03', 6]]],
    ['2026-03-24', 7, [['B03', 7]]],
    ['2026-03-23', 7, []],
    ['2026-03-31', 0, [['B03', 0]]],
    ['2026-04-01', 0, []],
    ['2026-12-28', 5, [['B12', 3], ['TAHUNAN', 3]]],
    ['2026-02-20', 40, [['B02', 8], ['B03', 39]]],
  ])('on %s within %d days', (today, n, expected) => {
    expect(closingPeriods(today, months, n).map((c) => [c.periode.key, c.sisaHari])).toEqual(expected);
  });

  it('ignores an invalid today', () => expect(closingPeriods('2026-02-30', months, 30)).toEqual([]));
});

describe('batasEvaluasiTahunan', () => {
  it.each([
    [2026, '01-15', '2027-01-15'],
    [2025, '01-31', '2026-01-31'],
    [2026, '01-01', '2027-01-01'],
  ] as const)('%d %s → %s', (tahun, mmdd, iso) => expect(batasEvaluasiTahunan(tahun, mmdd)).toBe(iso));

  it.each(['02-10', '01-32', '1-15', '0115', ''])('throws on %j', (mmdd) => {
    expect(() => batasEvaluasiTahunan(2026, mmdd)).toThrow(RangeError);
  });
});
