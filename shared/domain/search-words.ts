/**
 * How a typed search is read: every word must appear, in any order, in the name (with gelar) or
 * the NIP. Punctuation separates words ("Nurjanah, Siti" = "nurjanah siti"), case is ignored, and
 * a query of digits only, spaces allowed, is one NIP prefix ("19850312 201001").
 */

export type SearchWords =
  | { kind: 'all' }
  /** Digits only: the NIP starts with these. */
  | { kind: 'nip'; prefix: string }
  /** Lower-cased words, each must occur somewhere in the lower-cased search text. */
  | { kind: 'words'; words: string[] };

/**
 * @example
 * searchWords('  Nurjanah, SITI '); // { kind: 'words', words: ['nurjanah', 'siti'] }
 * searchWords('19850312 201001'); // { kind: 'nip', prefix: '19850312201001' }
 * searchWords('  '); // { kind: 'all' }
 */
export function searchWords(query: string): SearchWords {
  const lower = query.toLowerCase();
  const digits = lower.replace(/\s+/g, '');
  if (digits === '') return { kind: 'all' };
  if (/^\d+$/.test(digits)) return { kind: 'nip', prefix: digits };
  const words = [...new Set(lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ''))];
  return words.length === 0 ? { kind: 'all' } : { kind: 'words', words };
}

/**
 * The same rule in memory, for lists already loaded (e.g. a picker): does `text` (name, NIP, …)
 * hold every word of `query`?
 *
 * @example
 * matchesAllWords('Dr. Siti Nurjanah, S.Kom. 198503122010012003', 'nurjanah siti'); // true
 * matchesAllWords('Siti Nurjanah 198503122010012003', '19850312 2010'); // true
 */
export function matchesAllWords(text: string, query: string): boolean {
  const s = searchWords(query);
  const lower = text.toLowerCase();
  if (s.kind === 'all') return true;
  if (s.kind === 'nip') return lower.split(/\s+/).some((t) => t.startsWith(s.prefix));
  return s.words.every((w) => lower.includes(w));
}
