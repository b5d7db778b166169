import { describe, expect, it } from 'vitest';
import { KodeSuggester, maksudAnda, suggestGolongan, withinOneEdit } from '../../../shared/domain/near-miss.js';
import { PNS_GOLONGAN, PPPK_GOLONGAN } from '../../../shared/domain/pangkat.js';

const ROMAN_TO_ARABIC: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

describe('withinOneEdit', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', true], // replace
    ['abc', 'ab', true], // delete last
    ['abc', 'bc', true], // delete first
    ['abc', 'abxc', true], // insert
    ['abcd', 'abdc', true], // swap neighbours
    ['abcd', 'badc', false], // two swaps
    ['abc', 'axy', false],
    ['abc', 'a', false],
    ['', 'a', true],
    ['', '', true],
    ['ab', 'ba', true],
    ['abc', 'cba', false],
  ])('%s vs %s → %s', (a, b, want) => {
    expect(withinOneEdit(a, b)).toBe(want);
    expect(withinOneEdit(b, a)).toBe(want);
  });
});

describe('suggestGolongan, PNS', () => {
  it('reads every golongan written with Arabic numerals and any separator', () => {
    for (const { golongan } of PNS_GOLONGAN) {
      const [roman = '', ruang = ''] = golongan.split('/');
      const n = ROMAN_TO_ARABIC[roman];
      for (const sep of ['/', '', '-', '.', ' / ', '\\']) {
        expect(suggestGolongan('PNS', `${n}${sep}${ruang}`), `${n}${sep}${ruang}`).toBe(golongan);
        expect(suggestGolongan('PNS', `${n}${sep}${ruang.toUpperCase()}`)).toBe(golongan);
      }
      expect(suggestGolongan('PNS', `${roman}${ruang}`)).toBe(golongan);
      expect(suggestGolongan('PNS', `${roman.toLowerCase()}-${ruang}`)).toBe(golongan);
    }
  });

  it('has nothing to suggest for a valid golongan (any spelling parseGolongan reads)', () => {
    for (const { golongan } of PNS_GOLONGAN) {
      expect(suggestGolongan('PNS', golongan)).toBeNull();
      expect(suggestGolongan('PNS', golongan.toLowerCase())).toBeNull();
    }
  });

  it('guesses one typo only when exactly one golongan is that close', () => {
    expect(suggestGolongan('PNS', 'IIII/b')).toBe('III/b');
    expect(suggestGolongan('PNS', 'III/f')).toBeNull(); // a..e are all one edit away
    expect(suggestGolongan('PNS', '5/a')).toBeNull(); // there is no golongan V for PNS
    expect(suggestGolongan('PNS', 'X/z')).toBeNull();
    expect(suggestGolongan('PNS', 'IV/f')).toBeNull();
    expect(suggestGolongan('PNS', 'IIV/a')).toBeNull(); // IV/a, II/a and III/a are all one edit away
    expect(suggestGolongan('PNS', '')).toBeNull();
    expect(suggestGolongan('PNS', '   ')).toBeNull();
    expect(suggestGolongan('PNS', 'Penata Muda')).toBeNull();
  });
});

describe('suggestGolongan, PPPK', () => {
  it('reads 1..17 as I..XVII', () => {
    PPPK_GOLONGAN.forEach((g, i) => {
      expect(suggestGolongan('PPPK', String(i + 1))).toBe(g);
      expect(suggestGolongan('PPPK', ` ${i + 1} `)).toBe(g);
      expect(suggestGolongan('PPPK', g)).toBeNull();
    });
    expect(suggestGolongan('PPPK', '18')).toBeNull();
    expect(suggestGolongan('PPPK', '0')).toBeNull();
    expect(suggestGolongan('PPPK', 'III/a')).toBeNull();
    expect(suggestGolongan('PPPK', 'XVIII')).toBeNull(); // XVII and XIII are both one edit away
    expect(suggestGolongan('PPPK', 'IIX')).toBeNull();
  });
});

describe('KodeSuggester', () => {
  const known = ['JF-PRK-01', 'JF-PRK-02', 'JS-KADIS', 'UNIT 01', 'Sekretariat'];
  const near = new KodeSuggester(known);

  it('matches case and spacing differences', () => {
    expect(near.suggest('jf-prk-01')).toBe('JF-PRK-01');
    expect(near.suggest(' JS - KADIS ')).toBe('JS-KADIS');
    expect(near.suggest('unit01')).toBe('UNIT 01');
    expect(near.suggest('SEKRETARIAT')).toBe('Sekretariat');
  });

  it('matches one character off when only one kode is that close', () => {
    expect(near.suggest('JS-KADIZ')).toBe('JS-KADIS');
    expect(near.suggest('JS-KDIS')).toBe('JS-KADIS');
    expect(near.suggest('JS-KAADIS')).toBe('JS-KADIS');
    expect(near.suggest('JS-KDAIS')).toBe('JS-KADIS');
    expect(near.suggest('JF-PRK-03')).toBeNull(); // -01 and -02 are both one edit away
    expect(near.suggest('JF-PRK-0')).toBeNull();
    expect(near.suggest('XYZ')).toBeNull();
  });

  it('does not suggest a kode for itself, nor between two kode that differ only by case', () => {
    expect(near.suggest('JS-KADIS')).toBeNull();
    const twins = new KodeSuggester(['ab-1', 'AB-1']);
    expect(twins.suggest('Ab-1')).toBeNull();
  });

  it('answers a repeated kode from memory the same way', () => {
    expect(near.suggest('jf-prk-01')).toBe(near.suggest('jf-prk-01'));
  });
});

describe('maksudAnda', () => {
  it('is a sentence to append, or nothing', () => {
    expect(maksudAnda('III/b')).toBe(' Maksud Anda III/b?');
    expect(maksudAnda(null)).toBe('');
  });
});
