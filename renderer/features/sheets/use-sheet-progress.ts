import { useState } from 'react';
import type { ProgressEvent } from '../../../shared/entities.js';
import { useCoreEvent } from '../../lib/use-core-event.js';

/**
 * The latest progress of a sheet preview or commit, as a percentage; null when the core has not
 * reported a measurable step (show an indeterminate bar then), and the job to cancel.
 */
const SHEET_OPERATIONS: readonly ProgressEvent['operation'][] = ['sheets/preview', 'sheets/commit'];

/** `operations`: the org import's by default; the attendance import passes its own. */
export function useSheetProgress(operations: readonly ProgressEvent['operation'][] = SHEET_OPERATIONS): { percent: number | null; phase: string | null; jobId: string | null; reset: () => void } {
  const [last, setLast] = useState<ProgressEvent | null>(null);
  useCoreEvent('progress', (p) => {
    if (operations.includes(p.operation)) setLast(p);
  });
  const percent = last && last.total > 0 ? Math.min(100, Math.round((last.done / last.total) * 100)) : null;
  return { percent, phase: last?.phase ?? null, jobId: last?.jobId ?? null, reset: () => setLast(null) };
}
