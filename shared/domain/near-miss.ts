/**
 * "Maksud Anda …?" suggestions for values typed almost right in a spreadsheet: a golongan written
 * with Arabic numerals or other separators ("3/b" → III/b), and a kode that differs from a known
 * one only by case, spacing or one character (insert, delete, replace, or two neighbours swapped).
 * Pure, so the import, the forms and the tests share one answer.
 */
import { PNS_GOLONGAN, PPPK_GOLONGAN, parseGolongan } from './pangkat.js';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'] as const;

/** "3" → "III" (1..17); anything else unchanged. */
function romanOf(part: string): string {
  if (!/^\d{1,2}$/.test(part)) return part;
  return ROMAN[Number(part)] ?? part;
}

/**
 * True when `a` and `b` are at most one edit apart (insert, delete, replace, or swap of two
 * neighbouring characters). O(length), no table.
 *
 * @example
 * withinOneEdit('JF-01', 'JF-10'); // true (swap)
 * withinOneEdit('JF-01', 'JF-0'); // true (delete)
 * withinOneEdit('JF-01', 'JX-11'); // false
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // replace
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The golongan meant by a near-miss spelling, or null when there is no single good guess (also
 * null when `raw` is already valid: there is nothing to suggest). Reads Arabic numerals as Roman
 * ("3/b", "3b", "3-B", "3.b" → III/b; PPPK "9" → IX), a missing slash ("IIIb"), and otherwise
 * one typo away from exactly one golongan ("III/f" has several neighbours, so no guess).
 *
 * @example
 * suggestGolongan('PNS', '3/b'); // 'III/b'
 * suggestGolongan('PNS', 'IIIb'); // 'III/b'
 * suggestGolongan('PPPK', '9'); // 'IX'
 * suggestGolongan('PNS', 'III/b'); // null (already right)
 */
export function suggestGolongan(jenis: 'PNS' | 'PPPK', raw: string): string | null {
  const compact = raw.trim().replace(/\s+/g, '');
  if (compact === '' || parseGolongan(jenis, raw) !== null) return null;
  if (jenis === 'PNS') {
    const m = /^(\d{1,2}|[ivx]+)[/\\\-._,]?([a-e])$/i.exec(compact);
    if (m?.[1] && m[2]) {
      const exact = parseGolongan('PNS', `${romanOf(m[1]).toUpperCase()}/${m[2]}`);
      if (exact) return exact;
    }
  } else {
    const exact = parseGolongan('PPPK', romanOf(compact));
    if (exact) return exact;
  }
  // A digit that is no golongan ("5/a") is not a typo of a Roman one: no guess.
  if (/\d/.test(compact)) return null;
  const all: readonly string[] = jenis === 'PNS' ? PNS_GOLONGAN.map((g) => g.golongan) : PPPK_GOLONGAN;
  return uniqueNear(compact, all);
}

/** Case and spacing do not count when comparing kode. */
function kodeKey(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

/** The one candidate within one edit of `raw` (compared by kodeKey), or null for none or several. */
function uniqueNear(raw: string, candidates: Iterable<string>): string | null {
  const key = kodeKey(raw);
  let found: string | null = null;
  for (const c of candidates) {
    const ck = kodeKey(c);
    if (ck === key) return c;
    if (withinOneEdit(key, ck)) {
      if (found !== null && found !== c) return null;
      found = c;
    }
  }
  return found;
}

/**
 * Suggests known kode for unknown ones. Built once per import over the known kode; answers are
 * remembered, since a sheet tends to repeat the same wrong kode on many rows.
 *
 * @example
 * const near = new KodeSuggester(['JF-PRK-01', 'JS-KADIS']);
 * near.suggest('jf-prk-01'); // 'JF-PRK-01' (case)
 * near.suggest('JF-PRK-O1'); // 'JF-PRK-01' (one character)
 * near.suggest('XYZ'); // null
 */
export class KodeSuggester {
  private readonly byKey = new Map<string, string>();
  private readonly memo = new Map<string, string | null>();
  private readonly unambiguous: string[];

  constructor(known: Iterable<string>) {
    for (const k of known) {
      const key = kodeKey(k);
      // Two known kode equal but for case: no safe guess for that spelling.
      if (this.byKey.has(key) && this.byKey.get(key) !== k) this.byKey.set(key, '');
      else this.byKey.set(key, k);
    }
    this.unambiguous = [...this.byKey.values()].filter((v) => v !== '');
  }

  /** The single known kode `raw` most likely meant, or null (none, several, or `raw` is known). */
  suggest(raw: string): string | null {
    const hit = this.memo.get(raw);
    if (hit !== undefined) return hit;
    const exact = this.byKey.get(kodeKey(raw));
    let answer: string | null;
    if (exact !== undefined) answer = exact === '' || exact === raw ? null : exact;
    else answer = uniqueNear(raw, this.unambiguous);
    this.memo.set(raw, answer);
    return answer;
  }
}

/**
 * The sentence appended to an error message when there is a suggestion.
 *
 * @example
 * maksudAnda('III/b'); // ' Maksud Anda III/b?'
 * maksudAnda(null); // ''
 */
export function maksudAnda(suggestion: string | null): string {
  return suggestion === null ? '' : ` Maksud Anda ${suggestion}?`;
}
