import { describe, expect, it } from 'vitest';
import { comparePredikat, predikatOf, predikatOrNull, predikatRank } from '../../../../shared/domain/evaluasi/predikat.js';
import { PREDIKATS, RATINGS, type Predikat, type Rating } from '../../../../shared/domain/evaluasi/types.js';

// Written out cell by cell from DOMAIN.md (rows HK, columns PK), independent of PREDIKAT_MATRIX.
const CELLS: [hk: Rating, pk: Rating, expected: Predikat][] = [
  ['di_atas', 'di_bawah', 'kurang'],
  ['di_atas', 'sesuai', 'baik'],
  ['di_atas', 'di_atas', 'sangat_baik'],
  ['sesuai', 'di_bawah', 'kurang'],
  ['sesuai', 'sesuai', 'baik'],
  ['sesuai', 'di_atas', 'baik'],
  ['di_bawah', 'di_bawah', 'sangat_kurang'],
  ['di_bawah', 'sesuai', 'butuh_perbaikan'],
  ['di_bawah', 'di_atas', 'butuh_perbaikan'],
];

describe('predikatOf', () => {
  it.each(CELLS)('HK %s × PK %s → %s', (hk, pk, expected) => {
    expect(predikatOf(hk, pk)).toBe(expected);
  });

  it('covers all nine cells', () => {
    expect(new Set(CELLS.map(([hk, pk]) => `${hk}/${pk}`)).size).toBe(RATINGS.length * RATINGS.length);
  });
});

describe('predikatOrNull', () => {
  it.each([
    [null, null],
    ['sesuai', null],
    [null, 'di_atas'],
  ] as const)('is null while a rating is missing (%s, %s)', (hk, pk) => {
    expect(predikatOrNull(hk, pk)).toBeNull();
  });

  it.each(CELLS)('equals predikatOf when both are given (%s, %s)', (hk, pk, expected) => {
    expect(predikatOrNull(hk, pk)).toBe(expected);
  });
});

describe('comparePredikat', () => {
  const ORDER: Predikat[] = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'];

  it('ranks Sangat Baik highest and Sangat Kurang lowest', () => {
    expect(ORDER.map(predikatRank)).toEqual([4, 3, 2, 1, 0]);
  });

  it.each(ORDER.flatMap((a, i) => ORDER.map((b, j) => [a, b, Math.sign(j - i)] as const)))('%s vs %s → sign %d', (a, b, sign) => {
    expect(Math.sign(comparePredikat(a, b))).toBe(sign);
  });

  it('sorts best first', () => {
    const shuffled: Predikat[] = ['kurang', 'sangat_baik', 'sangat_kurang', 'baik', 'butuh_perbaikan'];
    expect(shuffled.sort((x, y) => comparePredikat(y, x))).toEqual(ORDER);
    expect([...PREDIKATS]).toEqual(ORDER);
  });
});
