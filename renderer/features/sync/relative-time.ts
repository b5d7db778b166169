/** "5 menit lalu": how long ago a timestamp was, in the largest whole unit. Pure. */
import type { SyncDictionary } from '../../i18n/sync-id.js';

export type Age = { unit: 'justNow' } | { unit: 'minutes' | 'hours' | 'days'; n: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The age of `iso` at `nowMs`; null when `iso` is not a date. Under a minute (and a timestamp a
 * little in the future, from clocks that disagree) counts as "just now".
 *
 * @example
 * ageOf('2024-05-01T10:00:00Z', Date.parse('2024-05-01T10:05:30Z')); // { unit: 'minutes', n: 5 }
 */
export function ageOf(iso: string, nowMs: number): Age | null {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  const ms = nowMs - at;
  if (ms < MINUTE) return { unit: 'justNow' };
  if (ms < HOUR) return { unit: 'minutes', n: Math.floor(ms / MINUTE) };
  if (ms < DAY) return { unit: 'hours', n: Math.floor(ms / HOUR) };
  return { unit: 'days', n: Math.floor(ms / DAY) };
}

/**
 * @example
 * formatAge({ unit: 'minutes', n: 5 }, syncId.ago); // '5 menit lalu'
 */
export function formatAge(age: Age, words: SyncDictionary['ago']): string {
  return age.unit === 'justNow' ? words.justNow : words[age.unit](age.n);
}

/** `iso` as "5 menit lalu", or null when there is no valid time. */
export function relativeTime(iso: string | null, nowMs: number, words: SyncDictionary['ago']): string | null {
  const age = iso === null ? null : ageOf(iso, nowMs);
  return age ? formatAge(age, words) : null;
}
