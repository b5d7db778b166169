import { useCallback, useState } from 'react';
import type { ArgsOf } from '../../../shared/contract.js';
import type { BulkSkpResult } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { invoke } from '../../lib/api.js';

type BulkChannel = 'skp/copyLastPeriod' | 'skp/applyRhkToMany';

/**
 * Runs one bulk operator call and keeps its outcome for the screen.
 *
 * @example
 * const bulk = useBulkCall('skp/copyLastPeriod'); await bulk.run({ pegawaiIds, dariTahun, periode });
 */
export function useBulkCall<C extends BulkChannel>(channel: C) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [result, setResult] = useState<BulkSkpResult | null>(null);
  const run = useCallback(
    async (args: ArgsOf<C>): Promise<AppError | null> => {
      setBusy(true);
      setError(null);
      const r = await invoke(channel, args);
      setBusy(false);
      if (!r.ok) {
        setError(r.error);
        return r.error;
      }
      // Both bulk channels answer with BulkSkpResult (shared/contract.ts).
      setResult(r.value as BulkSkpResult);
      return null;
    },
    [channel],
  );
  return { busy, error, result, run };
}
