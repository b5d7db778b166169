import type { ErrorCode } from '../../result.js';

/** A refused evaluation rule: a stable code from shared/result.ts and an Indonesian message to show. */
export type EvaluasiRefusal = {
  ok: false;
  code: Extract<ErrorCode, 'FORBIDDEN' | 'ILLEGAL_TRANSITION' | 'VALIDATION' | 'LOCKED'>;
  message: string;
};

export function refuseEvaluasi(code: EvaluasiRefusal['code'], message: string): EvaluasiRefusal {
  return { ok: false, code, message };
}
