import { describe, expect, it } from 'vitest';
import { startSkpBlocker } from '../../../../shared/domain/skp/start-rule.js';

const YEAR = { mulai: '2026-01-01', selesai: '2026-12-31' };

describe('startSkpBlocker', () => {
  it('needs a jabatan: SKP follow the jabatan', () => {
    expect(startSkpBlocker(null, [], 2026)).toBe('noJabatan');
  });
  it('offers a new SKP when there is none for the year', () => {
    expect(startSkpBlocker('jab-1', [], 2026)).toBeNull();
  });
  it('blocks when the pegawai already has one on this jabatan in the year, whatever its status', () => {
    expect(startSkpBlocker('jab-1', [{ jabatanId: 'jab-1', periode: YEAR }], 2026)).toBe('sudahAda');
    expect(startSkpBlocker('jab-1', [{ jabatanId: 'jab-1', periode: { mulai: '2026-07-01', selesai: '2026-12-31' } }], 2026)).toBe('sudahAda');
  });
  it('offers one for a new jabatan after a move (the old SKP is on another jabatan)', () => {
    expect(startSkpBlocker('jab-2', [{ jabatanId: 'jab-1', periode: { mulai: '2026-01-01', selesai: '2026-06-30' } }], 2026)).toBeNull();
  });
  it('ignores SKP of other years', () => {
    expect(startSkpBlocker('jab-1', [{ jabatanId: 'jab-1', periode: { mulai: '2025-01-01', selesai: '2025-12-31' } }], 2026)).toBeNull();
  });
});
