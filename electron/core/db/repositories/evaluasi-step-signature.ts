import type { Evaluasi } from '../../../../shared/domain/evaluasi/types.js';
import { newId } from '../../ids.js';
import type { WriteContext } from './changes.js';

/**
 * Names, in the evaluation step just appended (rating, lock, reopen, acknowledgement), the outbox
 * command that records it and the signing key's version, as SKP steps do (skp-step-signature.ts):
 * the step is provable from the row alone. Without the actor's key the row is left unstamped.
 *
 * @example
 * const { row, commandId } = stampEvaluasiStep(ctx, next);
 * await saveDoc(trx, ctx, 'evaluasi', 'evaluasi/upsert', row, stored, { commandId });
 */
export function stampEvaluasiStep(ctx: WriteContext, next: Evaluasi): { row: Evaluasi; commandId?: string } {
  const last = next.riwayat[next.riwayat.length - 1];
  const s = ctx.signer;
  if (!last || !s || s.userId !== last.actorUserId || s.userId !== ctx.actorUserId) return { row: next };
  const commandId = newId();
  const step = { ...last, commandId, keyVersion: s.keyVersion };
  return { row: { ...next, riwayat: [...next.riwayat.slice(0, -1), step] }, commandId };
}
