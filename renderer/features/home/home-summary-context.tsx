/**
 * One `home/summary` call for the whole signed-in frame: Beranda's counts and the menu badges
 * read the same answer. It reloads when SKP data changes (local edits and pulls) and when the
 * sync state reports a different konflik or pending count.
 */
import { createContext, useContext, useRef, type ReactNode } from 'react';
import type { HomeSummary } from '../../../shared/home.js';
import type { AppError } from '../../../shared/result.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useCoreEvent } from '../../lib/use-core-event.js';
import { EVALUASI_ENTITIES } from '../evaluasi/evaluasi-entities.js';
import { currentYear } from '../skp/skp-format.js';

export type HomeSummaryValue = { data: HomeSummary | undefined; error: AppError | null; loading: boolean; reload: () => void };

const HomeSummaryContext = createContext<HomeSummaryValue | null>(null);

/** Entity names of `data/changed` the counts depend on ('sync': a push got a rejection). */
const ENTITIES: readonly string[] = [...EVALUASI_ENTITIES, 'unit_kerja', 'sync'];

export function HomeSummaryProvider({ children }: { children: ReactNode }) {
  const summary = useApiQuery('home/summary', { tahun: currentYear() }, ENTITIES);
  const seen = useRef('');
  useCoreEvent('sync/status', (s) => {
    const key = `${s.conflicts}|${s.pending}|${s.state}`;
    if (seen.current !== '' && seen.current !== key) summary.reload();
    seen.current = key;
  });
  return <HomeSummaryContext value={summary}>{children}</HomeSummaryContext>;
}

/** The signed-in person's counts; only valid below the shell. */
export function useHomeSummary(): HomeSummaryValue {
  const value = useContext(HomeSummaryContext);
  if (!value) throw new Error('useHomeSummary outside HomeSummaryProvider');
  return value;
}
