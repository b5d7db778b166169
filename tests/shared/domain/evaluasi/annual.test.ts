import { describe, expect, it } from 'vitest';
import { needsJustification, pickAnnualPredikat, saranPredikatTahunan, type RiwayatPeriode } from '../../../../shared/domain/evaluasi/annual.js';
import { BULAN_KEYS } from '../../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { PeriodeKey, Predikat } from '../../../../shared/domain/evaluasi/types.js';

const TW: PeriodeKey[] = ['TW1', 'TW2', 'TW3', 'TW4'];
const quarters = (...ps: (Predikat | null)[]): RiwayatPeriode[] => ps.map((predikat, i) => ({ key: TW[i] ?? 'TW4', predikat }));

describe('saranPredikatTahunan', () => {
  it.each<[string, (Predikat | null)[], Predikat | null, string]>([
    ['none rated', [null, null, null, null], null, 'Belum ada periode yang dinilai.'],
    ['empty history', [], null, 'Belum ada periode yang dinilai.'],
    ['one clear majority', ['baik', 'baik', 'sangat_baik', 'baik'], 'baik', 'Paling sering: Baik (3 dari 4 periode)'],
    ['all the same', ['sangat_baik', 'sangat_baik', 'sangat_baik', 'sangat_baik'], 'sangat_baik', 'Paling sering: Sangat Baik (4 dari 4 periode)'],
    ['tie, later wins', ['baik', 'baik', 'butuh_perbaikan', 'butuh_perbaikan'], 'butuh_perbaikan', 'Paling sering: Butuh Perbaikan (2 dari 4 periode), sama banyak; dipilih yang paling akhir'],
    ['tie, order decides, not the grade', ['butuh_perbaikan', 'sangat_baik', 'baik'], 'baik', 'Paling sering: Baik (1 dari 3 periode), sama banyak; dipilih yang paling akhir'],
    ['tie where the last period is not in the tie', ['kurang', 'baik', 'kurang', 'baik'], 'baik', 'Paling sering: Baik (2 dari 4 periode), sama banyak; dipilih yang paling akhir'],
    ['unrated periods ignored and counted', ['baik', null, 'kurang', 'kurang'], 'kurang', 'Paling sering: Kurang/Misconduct (2 dari 3 periode), 1 periode belum dinilai'],
    ['majority beats recency', ['sangat_kurang', 'sangat_kurang', 'baik'], 'sangat_kurang', 'Paling sering: Sangat Kurang (2 dari 3 periode)'],
  ])('%s', (_, ps, predikat, penjelasan) => {
    expect(saranPredikatTahunan(quarters(...ps))).toEqual({ predikat, penjelasan });
  });

  it('ignores a TAHUNAN entry in the history', () => {
    const h: RiwayatPeriode[] = [...quarters('baik', 'baik'), { key: 'TAHUNAN', predikat: 'sangat_kurang' }];
    expect(saranPredikatTahunan(h)).toEqual({ predikat: 'baik', penjelasan: 'Paling sering: Baik (2 dari 2 periode)' });
  });

  it('works on twelve months: three-way tie resolved by the most recent of the tied', () => {
    const months: RiwayatPeriode[] = (['baik', 'sangat_baik', 'kurang', 'baik', 'sangat_baik', 'kurang', 'baik', 'sangat_baik', 'kurang', 'baik', 'sangat_baik', 'kurang'] as const).map(
      (predikat, i) => ({ key: BULAN_KEYS[i] ?? 'B12', predikat }),
    );
    expect(saranPredikatTahunan(months).predikat).toBe('kurang');
  });
});

describe('pickAnnualPredikat', () => {
  it.each<[Predikat[], Predikat | null]>([
    [[], null],
    [['baik'], 'baik'],
    [['baik', 'kurang'], 'kurang'],
    [['kurang', 'baik'], 'baik'],
    [['kurang', 'kurang', 'baik'], 'kurang'],
    [['baik', 'kurang', 'baik', 'kurang', 'sangat_baik'], 'kurang'],
  ])('%j → %s', (rated, expected) => expect(pickAnnualPredikat(rated)).toBe(expected));
});

describe('needsJustification', () => {
  it.each<[Predikat | null, Predikat | null, boolean]>([
    ['baik', 'baik', false],
    ['baik', 'sangat_baik', true],
    ['sangat_kurang', 'baik', true],
    [null, 'baik', false],
    ['baik', null, false],
    [null, null, false],
  ])('saran %s, predikat %s → %s', (saran, predikat, expected) => expect(needsJustification(saran, predikat)).toBe(expected));
});
