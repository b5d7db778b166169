/** Paging arithmetic for the virtualized pegawai list. Pure: unit-tested in tests/renderer. */

/** Rows fetched per `pegawai/search` call. */
export const PAGE_SIZE = 200;

/**
 * The pages that hold rows `first..last` (inclusive), clipped to `total`.
 *
 * @example
 * pagesForRange(150, 420, 10_000); // [0, 1, 2]
 * pagesForRange(0, 10, 0); // []
 */
export function pagesForRange(first: number, last: number, total: number, pageSize = PAGE_SIZE): number[] {
  if (total <= 0 || last < first) return [];
  const from = Math.max(0, Math.floor(first / pageSize));
  const to = Math.floor(Math.min(last, total - 1) / pageSize);
  const out: number[] = [];
  for (let p = from; p <= to; p += 1) out.push(p);
  return out;
}

/**
 * The row at `index` if its page is loaded.
 *
 * @example
 * rowAt(new Map([[1, rows]]), 205); // rows[5]
 */
export function rowAt<T>(pages: ReadonlyMap<number, readonly T[]>, index: number, pageSize = PAGE_SIZE): T | undefined {
  return pages.get(Math.floor(index / pageSize))?.[index % pageSize];
}
