import { describe, expect, it } from 'vitest';
import { CAPAIAN_MAKS, capaianIndikator, capaianOf, progresRencana, type Capaian } from '../../../../shared/domain/evaluasi/capaian.js';

describe('capaianOf', () => {
  it('caps at 120 %', () => expect(CAPAIAN_MAKS).toBe(120));

  it.each<[string, number, number | null, boolean, Capaian | null]>([
    ['on target', 12, 12, false, { persen: 100, capped: false }],
    ['below target', 12, 9, false, { persen: 75, capped: false }],
    ['nothing done', 12, 0, false, { persen: 0, capped: false }],
    ['at the cap', 10, 12, false, { persen: 120, capped: false }],
    ['above the cap', 10, 13, false, { persen: 120, capped: true }],
    ['far above', 1, 50, false, { persen: 120, capped: true }],
    ['target 0', 0, 5, false, null],
    ['no realisasi', 12, null, false, null],
    ['negative realisasi', 12, -1, false, null],
    ['negative target', -12, 3, false, null],
    ['NaN realisasi', 12, Number.NaN, false, null],
    ['infinite realisasi', 12, Number.POSITIVE_INFINITY, false, null],
    // Lower is better: target ÷ realisasi.
    ['lower-is-better on target', 5, 5, true, { persen: 100, capped: false }],
    ['lower-is-better worse', 5, 10, true, { persen: 50, capped: false }],
    ['lower-is-better better within cap', 6, 5, true, { persen: 120, capped: false }],
    ['lower-is-better better beyond cap', 5, 4, true, { persen: 120, capped: true }],
    ['lower-is-better realisasi 0', 3, 0, true, { persen: 120, capped: true }],
    ['lower-is-better target 0', 0, 2, true, null],
    ['lower-is-better no realisasi', 3, null, true, null],
  ])('%s (target %d, realisasi %s, lowerIsBetter %s)', (_, target, realisasi, lowerIsBetter, expected) => {
    expect(capaianOf({ target, realisasi, lowerIsBetter })).toEqual(expected);
  });
});

describe('capaianIndikator', () => {
  const kuantitatif = { target: { kind: 'kuantitatif', nilai: 4, satuan: 'laporan' } } as const;

  it('uses the indikator target, higher is better by default', () => {
    expect(capaianIndikator(kuantitatif, 3)).toEqual({ persen: 75, capped: false });
  });

  it('honours lowerIsBetter', () => {
    expect(capaianIndikator({ ...kuantitatif, lowerIsBetter: true }, 8)).toEqual({ persen: 50, capped: false });
    expect(capaianIndikator({ ...kuantitatif, lowerIsBetter: true }, 0)).toEqual({ persen: 120, capped: true });
  });

  it('is null for a kualitatif target', () => {
    expect(capaianIndikator({ target: { kind: 'kualitatif', teks: 'Laporan tepat waktu' } }, 1)).toBeNull();
  });
});

describe('progresRencana', () => {
  it.each<[number | null, number | null, Capaian | null]>([
    [4, 3, { persen: 75, capped: false }],
    [4, 4, { persen: 100, capped: false }],
    [4, 6, { persen: 120, capped: true }],
    [4, 0, { persen: 0, capped: false }],
    [0, 3, null],
    [null, 3, null],
    [4, null, null],
    [-4, 3, null],
  ])('rencana %s, realisasi %s', (rencana, realisasi, expected) => expect(progresRencana(rencana, realisasi)).toEqual(expected));
});
