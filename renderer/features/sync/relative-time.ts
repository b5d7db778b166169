/** "5 menit lalu": how long ago a timestamp was, in the largest whole unit. Pure. */
import type { SyncDictionary } from '../../i18n/sync-id.js';
import { ageOf, type Age } from '../../../shared/format/tanggal.js';

// The age arithmetic lives with the other date formats; this file keeps the sync words.
export { ageOf, type Age };

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
