import { useCallback, useState } from 'react';

export type Draft<T> = { value: T; set: (v: T) => void; dirty: boolean; reset: () => void };

/**
 * A form section over data that can reload underneath it (sync, another tab): while untouched it
 * shows `source`; once typed in it keeps the typed value — also after a refused save — until
 * `reset()` (after a successful save) hands it back to `source`.
 *
 * @example
 * const lampiran = useDraft(detail.skp.lampiran);
 */
export function useDraft<T>(source: T): Draft<T> {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const set = useCallback((value: T) => setDraft({ value }), []);
  const reset = useCallback(() => setDraft(null), []);
  return { value: draft ? draft.value : source, set, dirty: draft !== null, reset };
}
