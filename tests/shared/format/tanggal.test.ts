import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageOf, dateParts, formatDate, formatDateTime, formatPeriod, formatRelative, monthName } from '../../../shared/format/tanggal.js';

const WIB = { offsetMinutes: 7 * 60 };
const WITA = { offsetMinutes: 8 * 60 };
const WIT = { offsetMinutes: 9 * 60 };

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('formatDate', () => {
  it('writes every month by name in both languages', () => {
    for (let m = 1; m <= 12; m++) {
      const iso = `2026-${String(m).padStart(2, '0')}-09`;
      expect(formatDate(iso, 'id')).toBe(`9 ${BULAN[m - 1]} 2026`);
      expect(formatDate(iso, 'en')).toBe(`9 ${MONTHS[m - 1]} 2026`);
      expect(monthName(m, 'id')).toBe(BULAN[m - 1]);
    }
  });
  it('drops the leading zero of the day', () => {
    expect(formatDate('2026-01-01', 'id')).toBe('1 Januari 2026');
    expect(formatDate('2026-12-31', 'id')).toBe('31 Desember 2026');
  });
  it('takes a date-only value as written, whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'id', { offsetMinutes: -600 })).toBe('1 Januari 2026');
    expect(formatDate('2026-01-01', 'id', { offsetMinutes: 840 })).toBe('1 Januari 2026');
  });
  it('knows leap years and the lengths of months', () => {
    expect(formatDate('2024-02-29', 'id')).toBe('29 Februari 2024');
    expect(formatDate('2000-02-29', 'id')).toBe('29 Februari 2000');
    expect(formatDate('2026-02-29', 'id')).toBe('2026-02-29');
    expect(formatDate('1900-02-29', 'id')).toBe('1900-02-29');
    expect(formatDate('2026-04-31', 'id')).toBe('2026-04-31');
    expect(formatDate('2026-13-01', 'id')).toBe('2026-13-01');
    expect(formatDate('2026-00-10', 'id')).toBe('2026-00-10');
    expect(formatDate('2026-01-00', 'id')).toBe('2026-01-00');
  });
  it('shows what is no date as given', () => {
    expect(formatDate('', 'id')).toBe('');
    expect(formatDate('kemarin', 'id')).toBe('kemarin');
    expect(formatDate('31/12/2026', 'id')).toBe('31/12/2026');
    expect(formatDate('2026-1-1', 'id')).toBe('2026-1-1');
  });
  it('gives the local day of a timestamp', () => {
    // 20:00 UTC on 31 December is already 1 January in WIB.
    expect(formatDate('2025-12-31T20:00:00Z', 'id', WIB)).toBe('1 Januari 2026');
    expect(formatDate('2025-12-31T16:59:59Z', 'id', WIB)).toBe('31 Desember 2025');
    expect(formatDate(new Date(Date.UTC(2026, 6, 17, 18)), 'en', WIB)).toBe('18 July 2026');
  });
});

describe('formatDateTime', () => {
  it('writes local time without seconds, with a dot in Indonesian and a colon in English', () => {
    expect(formatDateTime('2026-01-01T03:04:59Z', 'id', WIB)).toBe('1 Januari 2026 10.04');
    expect(formatDateTime('2026-01-01T03:04:59Z', 'en', WIB)).toBe('1 January 2026 10:04');
    expect(formatDateTime('2026-01-01T03:04:59.999Z', 'id', WITA)).toBe('1 Januari 2026 11.04');
    expect(formatDateTime('2026-01-01T03:04:59Z', 'id', WIT)).toBe('1 Januari 2026 12.04');
  });
  it('pads hours and minutes', () => {
    expect(formatDateTime('2026-03-05T17:05:00Z', 'id', WIB)).toBe('6 Maret 2026 00.05');
    expect(formatDateTime('2026-03-05T02:00:00Z', 'en', WIB)).toBe('5 March 2026 09:00');
  });
  it('crosses the year at midnight', () => {
    expect(formatDateTime('2026-12-31T17:00:00Z', 'id', WIB)).toBe('1 Januari 2027 00.00');
    expect(formatDateTime('2026-12-31T16:59:00Z', 'id', WIB)).toBe('31 Desember 2026 23.59');
  });
  it('reads timestamps with an offset of their own', () => {
    expect(formatDateTime('2026-05-01T10:04:00+07:00', 'id', WIB)).toBe('1 Mei 2026 10.04');
    expect(formatDateTime('2026-05-01T10:04:00+08:00', 'id', WIB)).toBe('1 Mei 2026 09.04');
  });
  it('gives just the date for a date-only value, and what is no date as given', () => {
    expect(formatDateTime('2026-08-17', 'id', WIB)).toBe('17 Agustus 2026');
    expect(formatDateTime('bukan tanggal', 'id')).toBe('bukan tanggal');
    expect(formatDateTime(new Date(Number.NaN), 'id')).toBe('Invalid Date');
  });
});

describe('local time by default: the machine zone, not the locale', () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Jakarta';
  });
  afterAll(() => {
    // Assigning undefined would store the string 'undefined'.
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
  it('uses the machine offset when none is given', () => {
    expect(formatDateTime('2026-01-01T03:04:05Z', 'id')).toBe('1 Januari 2026 10.04');
    expect(formatDate('2025-12-31T20:00:00Z', 'id')).toBe('1 Januari 2026');
    process.env.TZ = 'Asia/Makassar';
    expect(formatDateTime('2026-01-01T03:04:05Z', 'id')).toBe('1 Januari 2026 11.04');
    process.env.TZ = 'America/New_York';
    // Daylight saving: the offset of that instant counts (-4 in July, -5 in January).
    expect(formatDateTime('2026-07-01T12:00:00Z', 'en')).toBe('1 July 2026 08:00');
    expect(formatDateTime('2026-01-01T12:00:00Z', 'en')).toBe('1 January 2026 07:00');
    process.env.TZ = 'Asia/Jakarta';
  });
});

describe('formatPeriod', () => {
  it('writes the year once inside one year', () => {
    expect(formatPeriod('2026-01-01', '2026-12-31', 'id')).toBe('1 Januari – 31 Desember 2026');
    expect(formatPeriod('2026-01-01', '2026-12-31', 'en')).toBe('1 January – 31 December 2026');
  });
  it('writes month and year once inside one month', () => {
    expect(formatPeriod('2026-01-01', '2026-01-15', 'id')).toBe('1 – 15 Januari 2026');
    expect(formatPeriod('2026-02-01', '2026-02-28', 'en')).toBe('1 – 28 February 2026');
  });
  it('writes both years across years', () => {
    expect(formatPeriod('2026-07-01', '2027-06-30', 'id')).toBe('1 Juli 2026 – 30 Juni 2027');
    expect(formatPeriod('2026-12-31', '2027-01-01', 'en')).toBe('31 December 2026 – 1 January 2027');
  });
  it('gives one day once', () => {
    expect(formatPeriod('2026-08-17', '2026-08-17', 'id')).toBe('17 Agustus 2026');
  });
  it('keeps what cannot be read visible', () => {
    expect(formatPeriod('2026-01-01', 'x', 'id')).toBe('1 Januari 2026 – x');
    expect(formatPeriod('', '2026-12-31', 'id')).toBe(' – 31 Desember 2026');
  });
});

describe('dateParts', () => {
  it('parts of a day and of an instant', () => {
    expect(dateParts('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9, hour: 0, minute: 0 });
    expect(dateParts('2026-01-01T03:04:05Z', WIB)).toEqual({ year: 2026, month: 1, day: 1, hour: 10, minute: 4 });
    expect(dateParts(' 2026-03-09 ')).toEqual({ year: 2026, month: 3, day: 9, hour: 0, minute: 0 });
  });
  it('refuses what only looks like a date', () => {
    expect(dateParts('2026')).toBeNull();
    expect(dateParts('1767225600000')).toBeNull();
    expect(dateParts('2026-02-31')).toBeNull();
    expect(dateParts('2026-01-01T99:00:00Z')).toBeNull();
  });
});

describe('ageOf / formatRelative', () => {
  const NOW = Date.parse('2026-05-01T12:00:00Z');
  const ago = (ms: number) => new Date(NOW - ms).toISOString();
  it('under a minute and slightly in the future is just now', () => {
    expect(ageOf(ago(0), NOW)).toEqual({ unit: 'justNow' });
    expect(ageOf(ago(-30_000), NOW)).toEqual({ unit: 'justNow' });
    expect(formatRelative(ago(59_000), NOW, 'id')).toBe('baru saja');
    expect(formatRelative(ago(59_000), NOW, 'en')).toBe('just now');
  });
  it('counts whole minutes, hours and days', () => {
    expect(formatRelative(ago(60_000), NOW, 'id')).toBe('1 menit lalu');
    expect(formatRelative(ago(60_000), NOW, 'en')).toBe('1 minute ago');
    expect(formatRelative(ago(5 * 60_000 + 59_000), NOW, 'id')).toBe('5 menit lalu');
    expect(formatRelative(ago(5 * 60_000), NOW, 'en')).toBe('5 minutes ago');
    expect(formatRelative(ago(3_600_000), NOW, 'en')).toBe('1 hour ago');
    expect(formatRelative(ago(23 * 3_600_000 + 3_599_000), NOW, 'id')).toBe('23 jam lalu');
    expect(formatRelative(ago(86_400_000), NOW, 'id')).toBe('1 hari lalu');
    expect(formatRelative(ago(30 * 86_400_000), NOW, 'en')).toBe('30 days ago');
  });
  it('after 30 days gives the date instead', () => {
    expect(formatRelative('2026-03-01T12:00:00Z', NOW, 'id', WIB)).toBe('1 Maret 2026');
    expect(formatRelative('2025-03-01T12:00:00Z', NOW, 'en', WIB)).toBe('1 March 2025');
  });
  it('null for what is no time', () => {
    expect(ageOf('nanti', NOW)).toBeNull();
    expect(formatRelative('nanti', NOW, 'id')).toBeNull();
  });
});
