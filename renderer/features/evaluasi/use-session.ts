import { useCallback, useState } from 'react';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import type { EvaluasiSession } from '../../../shared/entities-evaluasi.js';
import type { AppError } from '../../../shared/result.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { EVALUASI_ENTITIES } from './evaluasi-entities.js';

export type SessionState = {
  session: EvaluasiSession | undefined;
  error: AppError | null;
  loading: boolean;
  /** Show the state a step returned at once (the core answers with the whole session). */
  accept: (s: EvaluasiSession) => void;
  reload: () => void;
};

/**
 * One appraisal session (evaluasi/session). A step's answer is shown at once; the next load (after
 * the `data/changed` that step or a pull sends) replaces it.
 *
 * @example
 * const { session, accept } = useSession(skpId, 'TW1');
 */
export function useEvaluasiSession(skpId: string, periode: PeriodeKey): SessionState {
  const q = useApiQuery('evaluasi/session', { skpId, periode }, EVALUASI_ENTITIES);
  const [fresh, setFresh] = useState<{ s: EvaluasiSession; basedOn: EvaluasiSession | undefined } | null>(null);
  const accept = useCallback((s: EvaluasiSession) => setFresh({ s, basedOn: q.data }), [q.data]);
  const matches = (s: EvaluasiSession) => s.skp.id === skpId && s.periode.key === periode;
  const session = fresh && fresh.basedOn === q.data && matches(fresh.s) ? fresh.s : q.data && matches(q.data) ? q.data : undefined;
  return { session, error: q.error, loading: q.loading && !session, accept, reload: q.reload };
}
