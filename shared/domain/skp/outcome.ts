import type { ErrorCode } from '../../result.js';

/** A refused SKP rule: a stable code from shared/result.ts and an Indonesian message to show. */
export type SkpRefusal = { ok: false; code: Extract<ErrorCode, 'FORBIDDEN' | 'ILLEGAL_TRANSITION' | 'VALIDATION' | 'CONFLICT'>; message: string; problems?: string[] };

export function refuse(code: SkpRefusal['code'], message: string, problems?: string[]): SkpRefusal {
  return problems && problems.length > 0 ? { ok: false, code, message, problems } : { ok: false, code, message };
}
