import { useCallback, useState } from 'react';
import type { SkpDetail } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { SKP_ENTITIES } from './skp-entities.js';

export type SkpDetailState = {
  detail: SkpDetail | undefined;
  error: AppError | null;
  loading: boolean;
  /** Show the state a mutation returned at once (the core answers with the whole SKP). */
  accept: (d: SkpDetail) => void;
};

/**
 * One SKP for its screen. A mutation's answer is shown at once; the next load (after the
 * `data/changed` event that edit or a sync pull sends) replaces it.
 *
 * @example
 * const { detail, accept } = useSkpDetail(id);
 */
export function useSkpDetail(id: string): SkpDetailState {
  const q = useApiQuery('skp/get', { id }, SKP_ENTITIES);
  const [fresh, setFresh] = useState<{ detail: SkpDetail; basedOn: SkpDetail | undefined } | null>(null);
  const accept = useCallback((d: SkpDetail) => setFresh({ detail: d, basedOn: q.data }), [q.data]);
  const detail = fresh && fresh.basedOn === q.data && fresh.detail.skp.id === id ? fresh.detail : q.data;
  return { detail, error: q.error, loading: q.loading && !detail, accept };
}
