/**
 * The SQL side of shared/domain/search-words.ts: one LIKE per word against a lower-cased search
 * text column, ANDed, or a NIP prefix. A scan of one indexed-free text column is a few ms at
 * 10,000 rows (see `npm run bench -- search`), so no full-text index is needed.
 */
import { sql, type RawBuilder } from 'kysely';
import { searchWords } from '../../../../shared/domain/search-words.js';

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A condition for `query` on `textColumn` (lower-cased name, gelar and NIP) and `nipColumn`, or
 * null when the query is empty.
 *
 * @example
 * const cond = wordsCondition('nurjanah siti', sql.ref('p.search_text'), sql.ref('p.nip'));
 * if (cond) q = q.where(cond);
 */
export function wordsCondition(query: string, textColumn: RawBuilder<unknown>, nipColumn: RawBuilder<unknown>): RawBuilder<boolean> | null {
  const s = searchWords(query);
  if (s.kind === 'all') return null;
  if (s.kind === 'nip') return sql<boolean>`${nipColumn} like ${`${escapeLike(s.prefix)}%`} escape '\\'`;
  const parts = s.words.map((w) => sql`${textColumn} like ${`%${escapeLike(w)}%`} escape '\\'`);
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}
