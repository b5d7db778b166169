import { useCallback, useState } from 'react';
import type { ArgsOf } from '../../../shared/contract.js';
import type { SkpDetail } from '../../../shared/entities.js';
import type { AppError, Result } from '../../../shared/result.js';
import { invoke } from '../../lib/api.js';

/** Channels that change one SKP and answer with its whole new state. */
export type SkpMutation =
  | 'skp/update'
  | 'rhk/save'
  | 'rhk/delete'
  | 'rhk/link'
  | 'skp/submit'
  | 'skp/approve'
  | 'skp/return'
  | 'skp/startPerubahan'
  | 'skp/create';

export type SkpAction = {
  busy: boolean;
  /** The last refusal (Indonesian, from the core); cleared when the next call starts. */
  error: AppError | null;
  /** Runs the call: the new SKP state, or the refusal (also kept in `error`; the caller keeps its form as typed). */
  run: <C extends SkpMutation>(channel: C, args: ArgsOf<C>) => Promise<Result<SkpDetail>>;
  clearError: () => void;
};

/**
 * @example
 * const action = useSkpAction();
 * const r = await action.run('skp/submit', { id }); if (r.ok) accept(r.value);
 */
export function useSkpAction(): SkpAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = useCallback(async <C extends SkpMutation>(channel: C, args: ArgsOf<C>): Promise<Result<SkpDetail>> => {
    setBusy(true);
    setError(null);
    const r = await invoke(channel, args);
    setBusy(false);
    if (!r.ok) setError(r.error);
    // Every SkpMutation answers with SkpDetail (shared/contract.ts); TS cannot narrow ResultOf<C> here.
    return r as Result<SkpDetail>;
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
