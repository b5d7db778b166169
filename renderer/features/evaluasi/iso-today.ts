/** Local calendar dates as the contract's ISO `YYYY-MM-DD`. Pure. */

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * @example
 * isoOfDate(new Date(2026, 0, 5)); // '2026-01-05'
 */
export function isoOfDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The first and last day of the month a date is in.
 *
 * @example
 * monthRange(new Date(2026, 1, 10)); // { from: '2026-02-01', to: '2026-02-28' }
 */
export function monthRange(d: Date): { from: string; to: string } {
  return { from: isoOfDate(new Date(d.getFullYear(), d.getMonth(), 1)), to: isoOfDate(new Date(d.getFullYear(), d.getMonth() + 1, 0)) };
}
