import { describe, expect, it } from 'vitest';
import { matchesAllWords, searchWords } from '../../../shared/domain/search-words.js';

describe('searchWords', () => {
  it.each([
    ['', { kind: 'all' }],
    ['   ', { kind: 'all' }],
    ['.,;', { kind: 'all' }],
    ['Siti', { kind: 'words', words: ['siti'] }],
    ['nurjanah  SITI', { kind: 'words', words: ['nurjanah', 'siti'] }],
    ['Nurjanah, Siti', { kind: 'words', words: ['nurjanah', 'siti'] }],
    ['siti siti', { kind: 'words', words: ['siti'] }],
    ['Dr. Siti', { kind: 'words', words: ['dr', 'siti'] }],
    ['19850312', { kind: 'nip', prefix: '19850312' }],
    ['19850312 201001 1 003', { kind: 'nip', prefix: '198503122010011003' }],
    ['siti 1985', { kind: 'words', words: ['siti', '1985'] }],
    ['Ñandú', { kind: 'words', words: ['ñandú'] }],
  ])('%j', (q, want) => {
    expect(searchWords(q)).toEqual(want);
  });
});

describe('matchesAllWords', () => {
  const text = 'Dr. Siti Nurjanah, S.Kom. 198503122010012003';
  it.each([
    ['siti nurjanah', true],
    ['nurjanah siti', true],
    ['NURJANAH, siti', true],
    ['nurj sit', true],
    ['s.kom siti', true],
    ['siti aminah', false],
    ['19850312 2010', true],
    ['2010012003', false], // digits alone are a NIP prefix
    ['siti 2010012003', true], // with a word, digits are one more word
    ['', true],
  ])('%s → %s', (q, want) => {
    expect(matchesAllWords(text, q)).toBe(want);
  });
});
