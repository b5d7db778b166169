import { describe, expect, it } from 'vitest';
import { formatCount, formatNip } from '../../renderer/lib/format.js';

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
