import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime, formatNip, formatPeriod } from '../../renderer/lib/format.js';

describe('formatNip', () => {
  it('groups an 18-digit NIP as printed on documents', () => {
    expect(formatNip('198503122010011003')).toBe('19850312 201001 1 003');
  });
  it('accepts a NIP typed with spaces', () => {
    expect(formatNip(' 19850312 201001 1 003 ')).toBe('19850312 201001 1 003');
  });
  it('leaves anything else as typed', () => {
    expect(formatNip('1985')).toBe('1985');
    expect(formatNip('19850312201001100x')).toBe('19850312201001100x');
  });
});

describe('formatCount', () => {
  it('uses the language thousands separator', () => {
    expect(formatCount(10000, 'id')).toBe('10.000');
    expect(formatCount(10000, 'en')).toBe('10,000');
  });
});

describe('renderer date formats come from the shared module', () => {
  it('formatDateTime has no seconds and names the month', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Jakarta';
    try {
      expect(formatDateTime('2024-05-01T03:04:05Z', 'id')).toBe('1 Mei 2024 10.04');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(formatPeriod('2026-01-01', '2026-12-31', 'id')).toBe('1 Januari – 31 Desember 2026');
  });
});
