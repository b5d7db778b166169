/**
 * Dates the way a kepegawaian office writes them: "1 Januari 2026", periods "1 Januari – 31 Desember
 * 2026", timestamps "1 Januari 2026 10.04" (no seconds), "5 menit lalu". One module for every screen
 * and for printed documents, so a date never reads two ways.
 *
 * Month names are written here rather than taken from `toLocaleString`: Intl output depends on the
 * ICU data and locale of the machine (an English Windows, a trimmed Node build), and the customer's
 * standard is one fixed form whatever the OS says.
 */

/** The UI languages. */
export type Lang = 'id' | 'en';

/** Local time options: minutes east of UTC; by default the machine's own offset at that instant. */
export interface LocalTime {
  offsetMinutes?: number;
}

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A calendar day (month 1–12) and, for timestamps, the local time of day. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Anything Date.parse reads as an instant must carry a time part; a bare date is a calendar day.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromInstant(ms: number, local: LocalTime): DateParts {
  const offset = local.offsetMinutes ?? -new Date(ms).getTimezoneOffset();
  const shifted = new Date(ms + offset * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/**
 * The calendar parts of a date-only string ("2026-01-01", taken as written, no time zone) or of a
 * timestamp (ISO with time, or a Date: the local day and time). Null when it is no real date.
 *
 * @example
 * dateParts('2026-02-30'); // null
 * dateParts('2026-01-01T03:04:05Z', { offsetMinutes: 420 }); // { year: 2026, month: 1, day: 1, hour: 10, minute: 4 }
 */
export function dateParts(value: string | Date, local: LocalTime = {}): DateParts | null {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : fromInstant(ms, local);
  }
  const text = value.trim();
  const m = DATE_ONLY.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { year, month, day, hour: 0, minute: 0 };
  }
  if (!TIMESTAMP.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : fromInstant(ms, local);
}

/** The month's name in the language (month 1–12). */
export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1] ?? String(month);
}

function dayMonthYear(p: DateParts, lang: Lang): string {
  return `${p.day} ${monthName(p.month, lang)} ${p.year}`;
}

function asText(value: string | Date): string {
  return value instanceof Date ? String(value) : value;
}

/**
 * "1 Januari 2026". A timestamp gives its local day. Anything that is no date is returned as
 * given, so a wrong value stays visible instead of becoming a plausible one.
 *
 * @example
 * formatDate('2026-01-01', 'id'); // '1 Januari 2026'
 * formatDate('2026-01-01', 'en'); // '1 January 2026'
 */
export function formatDate(value: string | Date, lang: Lang, local: LocalTime = {}): string {
  const p = dateParts(value, local);
  return p ? dayMonthYear(p, lang) : asText(value);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * "1 Januari 2026 10.04" in local time, without seconds (Indonesian writes the time with a dot,
 * English with a colon). A date-only value gives just the date.
 *
 * @example
 * formatDateTime('2026-01-01T03:04:59Z', 'id', { offsetMinutes: 420 }); // '1 Januari 2026 10.04'
 * formatDateTime('2026-01-01T03:04:59Z', 'en', { offsetMinutes: 420 }); // '1 January 2026 10:04'
 */
export function formatDateTime(value: string | Date, lang: Lang, local: LocalTime = {}): string {
  if (typeof value === 'string' && DATE_ONLY.test(value.trim())) return formatDate(value, lang);
  const p = dateParts(value, local);
  if (!p) return asText(value);
  return `${dayMonthYear(p, lang)} ${pad2(p.hour)}${lang === 'id' ? '.' : ':'}${pad2(p.minute)}`;
}

/** Between the two ends of a range: an en dash with spaces, as in print. */
const RANGE = ' – ';

/**
 * A period with what both ends share written once: "1 – 15 Januari 2026", "1 Januari – 31 Desember
 * 2026", "1 Juli 2026 – 30 Juni 2027"; one day is just that day. Dates that cannot be read are
 * shown as given.
 *
 * @example
 * formatPeriod('2026-01-01', '2026-12-31', 'id'); // '1 Januari – 31 Desember 2026'
 */
export function formatPeriod(start: string, end: string, lang: Lang): string {
  const a = dateParts(start);
  const b = dateParts(end);
  if (!a || !b) return `${a ? dayMonthYear(a, lang) : start}${RANGE}${b ? dayMonthYear(b, lang) : end}`;
  if (a.year !== b.year) return `${dayMonthYear(a, lang)}${RANGE}${dayMonthYear(b, lang)}`;
  if (a.month !== b.month) return `${a.day} ${monthName(a.month, lang)}${RANGE}${dayMonthYear(b, lang)}`;
  if (a.day !== b.day) return `${a.day}${RANGE}${dayMonthYear(b, lang)}`;
  return dayMonthYear(a, lang);
}

/** How long ago, in the largest whole unit. */
export type Age = { unit: 'justNow' } | { unit: 'minutes' | 'hours' | 'days'; n: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The age of a timestamp at `nowMs`; null when it is not a timestamp. Under a minute (and a time a
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

const AGO: Readonly<Record<Lang, (age: Age) => string>> = {
  id: (a) => (a.unit === 'justNow' ? 'baru saja' : `${a.n} ${{ minutes: 'menit', hours: 'jam', days: 'hari' }[a.unit]} lalu`),
  en: (a) => {
    if (a.unit === 'justNow') return 'just now';
    const word = { minutes: 'minute', hours: 'hour', days: 'day' }[a.unit];
    return `${a.n} ${word}${a.n === 1 ? '' : 's'} ago`;
  },
};

/** Beyond this a count of days means less than the date itself. */
const RELATIVE_DAYS_MAX = 30;

/**
 * "5 menit lalu", "baru saja"; after 30 days the date itself ("1 Januari 2026"), which says more
 * than "45 hari lalu". Null when `iso` is no timestamp.
 *
 * @example
 * formatRelative('2026-01-01T10:00:00Z', Date.parse('2026-01-01T12:30:00Z'), 'id'); // '2 jam lalu'
 */
export function formatRelative(iso: string, nowMs: number, lang: Lang, local: LocalTime = {}): string | null {
  const age = ageOf(iso, nowMs);
  if (!age) return null;
  if (age.unit === 'days' && age.n > RELATIVE_DAYS_MAX) return formatDate(new Date(Date.parse(iso)), lang, local);
  return AGO[lang](age);
}
