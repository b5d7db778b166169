import { describe, expect, it } from 'vitest';
import { matchCount, optionLabels } from '../../renderer/components/limited-select.js';
import { homeEn } from '../../renderer/i18n/home-en.js';
import { homeId } from '../../renderer/i18n/home-id.js';

describe('LimitedSelect counting', () => {
  it('reads labels of flat and grouped data', () => {
    expect(optionLabels(['A', { value: 'b', label: 'Bidang B' }, { group: 'G', items: [{ value: 'c', label: 'Seksi C' }, 'D'] }])).toEqual(['A', 'Bidang B', 'Seksi C', 'D']);
    expect(optionLabels(undefined)).toEqual([]);
  });

  it('counts the matches of a search like Select does (case-insensitive substring)', () => {
    const labels = ['Kepala Dinas', 'Kepala Bidang SD', 'Sekretaris Dinas'];
    expect(matchCount(labels, '')).toBe(3);
    expect(matchCount(labels, '  dinas ')).toBe(2);
    expect(matchCount(labels, 'bidang')).toBe(1);
    expect(matchCount(labels, 'camat')).toBe(0);
  });

  it('says how many are shown of how many, with thousands grouped', () => {
    expect(homeId.pickerTotal(30, 1204)).toBe('Menampilkan 30 dari 1.204 — ketik untuk menyaring');
    expect(homeEn.pickerTotal(30, 1204)).toBe('Showing 30 of 1,204 — type to narrow');
    expect(homeId.range(51, 100, 1795)).toBe('51–100 dari 1.795 SKP');
    expect(homeId.range(0, 0, 0)).toBe('0 SKP');
  });
});
