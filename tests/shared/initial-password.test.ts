import { describe, expect, it } from 'vitest';
import { generateInitialPassword, INITIAL_PASSWORD_ALPHABET, INITIAL_PASSWORD_LENGTH } from '../../shared/domain/initial-password.js';

describe('initial passwords', () => {
  it('are 10 characters of the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i += 1) {
      const p = generateInitialPassword();
      expect(p).toHaveLength(INITIAL_PASSWORD_LENGTH);
      expect(p).toMatch(/^[a-km-np-z2-9]+$/);
      for (const ch of p) expect(INITIAL_PASSWORD_ALPHABET).toContain(ch);
    }
    // No letters that read alike on paper.
    for (const ch of '01ilo') expect(INITIAL_PASSWORD_ALPHABET).not.toContain(ch);
  });

  it('use every character about equally often (no modulo bias) and do not repeat', () => {
    const counts = new Map<string, number>();
    const seen = new Set<string>();
    const n = 3000;
    for (let i = 0; i < n; i += 1) {
      const p = generateInitialPassword();
      seen.add(p);
      for (const ch of p) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(seen.size).toBe(n);
    const expected = (n * INITIAL_PASSWORD_LENGTH) / INITIAL_PASSWORD_ALPHABET.length;
    expect(counts.size).toBe(INITIAL_PASSWORD_ALPHABET.length);
    // 30,000 draws over 31 letters: each near 968; 25 % either way is many standard deviations.
    for (const c of counts.values()) expect(Math.abs(c - expected) / expected).toBeLessThan(0.25);
  });
});
