import { useCallback, useState } from 'react';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/contract.js';
import type { AppError, Result } from '../../../shared/result.js';
import { invoke } from '../../lib/api.js';

export type Mutation = {
  busy: boolean;
  /** The last refusal (Indonesian, from the core); cleared when the next call starts. */
  error: AppError | null;
  run: <C extends Channel>(channel: C, args: ArgsOf<C>) => Promise<Result<ResultOf<C>>>;
  clearError: () => void;
};

/**
 * A write from an evaluation screen: busy while it runs, the core's refusal kept for the form to
 * place beside its field (or show as a sentence).
 *
 * @example
 * const m = useMutation();
 * const r = await m.run('evaluasi/lock', { skpId, periode }); if (r.ok) accept(r.value);
 */
export function useMutation(): Mutation {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = useCallback(async <C extends Channel>(channel: C, args: ArgsOf<C>): Promise<Result<ResultOf<C>>> => {
    setBusy(true);
    setError(null);
    const r = await invoke(channel, args);
    setBusy(false);
    if (!r.ok) setError(r.error);
    return r;
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
