import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pagesForRange, rowAt } from '../../renderer/features/pegawai/page-math.js';

describe('pagesForRange', () => {
  it('covers every page the visible rows touch', () => {
    expect(pagesForRange(150, 420, 10_000)).toEqual([0, 1, 2]);
    expect(pagesForRange(0, 0, 10_000)).toEqual([0]);
  });
  it('stops at the last row', () => {
    expect(pagesForRange(9_990, 10_050, 10_000)).toEqual([49]);
  });
  it('is empty for an empty list or an empty range', () => {
    expect(pagesForRange(0, 10, 0)).toEqual([]);
    expect(pagesForRange(5, 4, 100)).toEqual([]);
  });
});

describe('rowAt', () => {
  it('finds a row in its page, or nothing when the page is not loaded', () => {
    const page1 = Array.from({ length: PAGE_SIZE }, (_, i) => PAGE_SIZE + i);
    const pages = new Map([[1, page1]]);
    expect(rowAt(pages, PAGE_SIZE + 5)).toBe(PAGE_SIZE + 5);
    expect(rowAt(pages, 3)).toBeUndefined();
  });
});
