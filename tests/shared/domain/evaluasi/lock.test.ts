import { describe, expect, it } from 'vitest';
import { checkLaporanHarianEdit, checkRealisasiEdit, periodeLocked, realisasiLocked } from '../../../../shared/domain/evaluasi/lock.js';
import type { PeriodeKey } from '../../../../shared/domain/evaluasi/types.js';
import { ERROR_MESSAGES } from '../../../../shared/result.js';

type Row = { periode: PeriodeKey; terkunci: boolean };

describe('realisasiLocked', () => {
  it.each([
    [undefined, false],
    [{ terkunci: false }, false],
    [{ terkunci: true }, true],
  ] as const)('%j → %s', (e, locked) => expect(realisasiLocked(e)).toBe(locked));
});

describe('periodeLocked', () => {
  it.each<[PeriodeKey, Row[], boolean]>([
    ['TW1', [], false],
    ['TW1', [{ periode: 'TW1', terkunci: false }], false],
    ['TW1', [{ periode: 'TW1', terkunci: true }], true],
    ['TW2', [{ periode: 'TW1', terkunci: true }], false],
    ['TW2', [{ periode: 'TAHUNAN', terkunci: true }], true],
    ['TAHUNAN', [{ periode: 'TAHUNAN', terkunci: true }], true],
    ['TAHUNAN', [{ periode: 'TW4', terkunci: true }], false],
    ['B03', [{ periode: 'TAHUNAN', terkunci: false }, { periode: 'B03', terkunci: false }], false],
  ])('%s with %j → %s', (key, rows, locked) => expect(periodeLocked(key, rows)).toBe(locked));
});

describe('checkRealisasiEdit', () => {
  it('refuses a locked period with LOCKED, naming the period', () => {
    const r = checkRealisasiEdit(2026, 'TW1', [{ periode: 'TW1', terkunci: true }]);
    expect(r).toMatchObject({ ok: false, code: 'LOCKED' });
    expect(r?.message).toContain('TRIWULAN I');
    expect(checkRealisasiEdit(2026, 'B03', [{ periode: 'B03', terkunci: true }])?.message).toContain('Maret 2026');
  });

  it('allows an open period', () => expect(checkRealisasiEdit(2026, 'TW2', [{ periode: 'TW1', terkunci: true }])).toBeNull());

  it('has an Indonesian LOCKED code in shared/result.ts', () => expect(ERROR_MESSAGES.LOCKED).toContain('dikunci'));
});

describe('checkLaporanHarianEdit', () => {
  const half = { tahun: 2026, mulai: '2026-07-01', selesai: '2026-12-31' };
  const locks: Row[] = [{ periode: 'TW3', terkunci: true }];
  it.each<[string, 'bulanan' | 'triwulanan', 'LOCKED' | 'VALIDATION' | null]>([
    ['2026-08-15', 'triwulanan', 'LOCKED'],
    ['2026-10-01', 'triwulanan', null],
    ['2026-06-30', 'triwulanan', 'VALIDATION'],
    ['2027-01-02', 'triwulanan', 'VALIDATION'],
    ['2026-08-15', 'bulanan', null],
  ])('%s (%s) → %s', (tanggal, jenis, code) => {
    expect(checkLaporanHarianEdit(half, tanggal, jenis, locks)?.code ?? null).toBe(code);
  });
});
