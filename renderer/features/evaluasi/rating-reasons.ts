/** Why each button of the rating panel is off, in words (a disabled button always says why). Pure. */
import type { EvaluasiSession } from '../../../shared/entities-evaluasi.js';
import type { EvaluasiDictionary } from '../../i18n/evaluasi-id.js';

type Words = EvaluasiDictionary['rating']['reason'];

/** null when the caller may save ratings now. */
export function rateReason(s: Pick<EvaluasiSession, 'allowed' | 'capacity' | 'terkunci'>, w: Words): string | null {
  if (s.allowed.rate) return null;
  if (s.terkunci) return w.lockedEdit;
  if (s.capacity.operator && !s.capacity.penilai) return w.operator;
  return w.notPenilai;
}

/** null when the caller may lock now; `dirty`: ratings changed on screen and not saved. */
export function lockReason(s: Pick<EvaluasiSession, 'allowed' | 'capacity' | 'evaluasi'>, dirty: boolean, w: Words): string | null {
  if (!s.capacity.penilai) return s.capacity.operator ? w.operator : w.notPenilai;
  if (dirty || s.evaluasi?.predikat == null) return w.unsaved;
  return s.allowed.lock ? null : w.notLockable;
}

/** null when the caller may reopen (only the pejabat penilai). */
export function reopenReason(s: Pick<EvaluasiSession, 'allowed'>, w: Words): string | null {
  return s.allowed.reopen ? null : w.notPenilaiReopen;
}
