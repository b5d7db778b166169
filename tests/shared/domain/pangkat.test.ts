import { describe, expect, it } from 'vitest';
import {
  PNS_GOLONGAN,
  PPPK_GOLONGAN,
  formatPangkatGolongan,
  golonganRank,
  isValidGolongan,
  pangkatName,
  parseGolongan,
} from '../../../shared/domain/pangkat.js';

/** Copied from DOMAIN.md, in order. */
const EXPECTED: [string, string][] = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
];

describe('PNS_GOLONGAN', () => {
  it('lists exactly the 17 steps with their names, ranked 1..17', () => {
    expect(PNS_GOLONGAN.map((g) => [g.golongan, g.pangkat])).toEqual(EXPECTED);
    expect(PNS_GOLONGAN.map((g) => g.rank)).toEqual(EXPECTED.map((_, i) => i + 1));
  });

  it.each(EXPECTED)('%s is %s', (g, name) => {
    expect(isValidGolongan('PNS', g)).toBe(true);
    expect(isValidGolongan('PPPK', g)).toBe(false);
    expect(pangkatName(g)).toBe(name);
    expect(formatPangkatGolongan(g)).toBe(`${name} (${g})`);
  });
});

describe('PPPK_GOLONGAN', () => {
  it('is I..XVII', () => {
    expect(PPPK_GOLONGAN).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII']);
  });

  it.each(PPPK_GOLONGAN.map((g, i) => [g, i + 1] as const))('%s has rank %i and no pangkat', (g, rank) => {
    expect(isValidGolongan('PPPK', g)).toBe(true);
    expect(isValidGolongan('PNS', g)).toBe(false);
    expect(pangkatName(g)).toBeNull();
    expect(golonganRank(g)).toBe(rank);
    expect(formatPangkatGolongan(g)).toBe(`Golongan ${g}`);
  });
});

describe('validation and parsing', () => {
  it.each(['', 'III/A', 'iii/a', 'III/ a', 'IV/f', 'V/a', 'XVIII', '0', 'III'])('isValidGolongan(PNS, %j) is false', (g) => {
    expect(isValidGolongan('PNS', g)).toBe(false);
  });

  it.each([
    ['PNS', 'III/a', 'III/a'],
    ['PNS', 'iii / A', 'III/a'],
    ['PNS', ' iv/E ', 'IV/e'],
    ['PNS', 'IV/f', null],
    ['PNS', 'IX', null],
    ['PPPK', ' ix ', 'IX'],
    ['PPPK', 'xvii', 'XVII'],
    ['PPPK', 'III/a', null],
    ['PPPK', '', null],
  ] as const)('parseGolongan(%s, %j) = %j', (jenis, raw, expected) => {
    expect(parseGolongan(jenis, raw)).toBe(expected);
  });

  it('ranks unknown golongan as null', () => {
    expect(golonganRank('III/A')).toBeNull();
    expect(golonganRank('III/a')).toBe(9);
  });
});
