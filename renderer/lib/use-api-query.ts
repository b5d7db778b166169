import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ArgsOf, Channel, ResultOf } from '../../shared/contract.js';
import type { AppError } from '../../shared/result.js';
import { invoke } from './api.js';
import { useDataVersion } from './use-core-event.js';

export type ApiQuery<T> = {
  /** The last value that loaded (kept while a reload runs, so screens do not flicker). */
  data: T | undefined;
  /** The error of the last call, or null when it succeeded. */
  error: AppError | null;
  /** True while the current arguments have not answered yet. */
  loading: boolean;
  reload: () => void;
};

type Loaded<T> = { key: string; data: T | undefined; error: AppError | null };

/**
 * Loads one channel for a screen and reloads when the arguments change, when `reload()` is
 * called, or when the core reports a change to one of `refreshOn` (see useDataVersion).
 *
 * @example
 * const units = useApiQuery('org/units', {}, ['unit_kerja']);
 * if (units.data) render(units.data);
 */
export function useApiQuery<C extends Channel>(channel: C, args: ArgsOf<C>, refreshOn: readonly string[] = []): ApiQuery<ResultOf<C>> {
  const dataVersion = useDataVersion(refreshOn);
  const [manual, setManual] = useState(0);
  const key = `${channel}:${JSON.stringify(args)}#${dataVersion}.${manual}`;
  const [loaded, setLoaded] = useState<Loaded<ResultOf<C>>>({ key: '', data: undefined, error: null });
  const call = useEffectEvent(() => invoke(channel, args));

  useEffect(() => {
    let current = true;
    void call().then((r) => {
      if (!current) return;
      setLoaded((prev) => (r.ok ? { key, data: r.value, error: null } : { key, data: prev.data, error: r.error }));
    });
    return () => {
      current = false;
    };
  }, [key]);

  const reload = useCallback(() => setManual((m) => m + 1), []);
  return { data: loaded.data, error: loaded.error, loading: loaded.key !== key, reload };
}
