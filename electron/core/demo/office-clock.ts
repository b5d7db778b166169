/**
 * Office-hour moments for demo rows after the SKP: working days only (Saturday and Sunday move to
 * Monday), 07:30–15:59 WIB (UTC+7, the same UTC date), never past `now`. Pure: moments come from
 * the caller's seeded generator.
 */
import type { Rng } from './prng.js';

export const DAY_MS = 86_400_000;

export type OfficeClock = {
  /** A working moment on the day of `t` (or the Monday after a weekend), capped at `now`. */
  on: (t: number) => number;
  /** A working moment between `minDays` and `maxDays` after `t`; may lie past `now` (the caller decides). */
  after: (t: number, minDays: number, maxDays: number) => number;
  now: number;
};

function workingDay(t: number): number {
  const day = Math.floor(t / DAY_MS) * DAY_MS;
  const dow = new Date(day).getUTCDay();
  return day + (dow === 6 ? 2 : dow === 0 ? 1 : 0) * DAY_MS;
}

/**
 * @example
 * const clock = officeClock(rng, Date.parse(now));
 * clock.after(Date.parse('2026-03-31'), 1, 7); // a weekday morning or afternoon in early April
 */
export function officeClock(rng: Rng, now: number): OfficeClock {
  const moment = (t: number): number => workingDay(t) + (30 + rng.int(0, 8 * 60 + 29)) * 60_000;
  return {
    now,
    on: (t) => Math.min(moment(t), now),
    after: (t, minDays, maxDays) => Math.max(t + 60_000, moment(t + (minDays + rng.next() * (maxDays - minDays)) * DAY_MS)),
  };
}

export const isoAt = (t: number): string => new Date(t).toISOString();
