/**
 * Loads the pegawai list page by page as rows scroll into view. Pages are cached per search
 * (query + filters + data version). A new query or filter starts from an empty cache; a data
 * change under the same search keeps showing the old rows until fresh pages replace them, so an
 * edit does not blank the list. Answers that arrive for an older search are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PegawaiRow, PegawaiSort } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { invoke } from '../../lib/api.js';
import { PAGE_SIZE, pagesForRange, rowAt } from './page-math.js';

export type PegawaiFilter = {
  query: string;
  unitId: string | null;
  jenisAsn: 'PNS' | 'PPPK' | null;
  aktif: boolean | null;
  /** Column order; by name when absent. */
  sort?: PegawaiSort;
  desc?: boolean;
};

type Cache = { key: string; filterKey: string; total: number | null; pages: ReadonlyMap<number, PegawaiRow[]>; error: AppError | null };

const EMPTY_PAGES: ReadonlyMap<number, PegawaiRow[]> = new Map();

export type PegawaiPages = {
  /** Changes with the query or a filter (not with a data change): the list then starts at the top. */
  filterKey: string;
  /** null until the first page of this search has answered. */
  total: number | null;
  row: (index: number) => PegawaiRow | undefined;
  /** Fetches whatever pages rows `first..last` need and are not cached or on the way. */
  ensure: (first: number, last: number) => void;
  error: AppError | null;
};

export function usePegawaiPages(filter: PegawaiFilter, dataVersion: number): PegawaiPages {
  const filterKey = JSON.stringify(filter);
  const key = `${filterKey}#${dataVersion}`;
  const [cache, setCache] = useState<Cache>({ key: '', filterKey: '', total: null, pages: EMPTY_PAGES, error: null });
  const latestKey = useRef(key);
  // Pages asked for (loaded or in flight), per search key.
  const requested = useRef(new Set<string>());

  useEffect(() => {
    latestKey.current = key;
    requested.current = new Set();
  }, [key]);

  const load = useCallback(
    (page: number) => {
      const tag = `${key}@${page}`;
      if (requested.current.has(tag)) return;
      requested.current.add(tag);
      void invoke('pegawai/search', {
        query: filter.query,
        ...(filter.unitId ? { unitId: filter.unitId } : {}),
        ...(filter.jenisAsn ? { jenisAsn: filter.jenisAsn } : {}),
        ...(filter.aktif !== null ? { aktif: filter.aktif } : {}),
        ...(filter.sort && filter.sort !== 'nama' ? { sort: filter.sort } : {}),
        ...(filter.desc ? { desc: true } : {}),
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      }).then((r) => {
        if (latestKey.current !== key) return;
        if (!r.ok) requested.current.delete(tag);
        setCache((prev) => {
          const keep = prev.key === key || prev.filterKey === filterKey;
          const base: Cache = keep ? { ...prev, key } : { key, filterKey, total: null, pages: EMPTY_PAGES, error: null };
          if (!r.ok) return { ...base, error: r.error };
          const pages = new Map(base.pages);
          pages.set(page, r.value.rows);
          return { key, filterKey, total: r.value.total, pages, error: null };
        });
      });
    },
    // `filter` is fully described by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  // Every new search starts with its first page, which also tells the total.
  useEffect(() => load(0), [load]);

  const current = cache.key === key;
  // Rows of the same search before the latest data change stay visible until replaced.
  const usable = current || cache.filterKey === filterKey;
  const total = usable ? cache.total : null;
  const pages = usable ? cache.pages : EMPTY_PAGES;
  const ensure = useCallback(
    (first: number, last: number) => {
      if (total === null) return;
      pagesForRange(first, last, total).forEach(load);
    },
    [total, load],
  );
  const row = useCallback((index: number) => rowAt(pages, index), [pages]);
  return { filterKey, total, row, ensure, error: current ? cache.error : null };
}
