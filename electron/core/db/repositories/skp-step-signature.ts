import type { Skp } from '../../../../shared/domain/skp/types.js';
import { newId } from '../../ids.js';
import type { WriteContext } from './changes.js';

/**
 * Names, in the workflow step an SKP write appends, the outbox command that records it and the
 * signing key's version, so the step is provable from the row alone (the server accepts the step
 * only from that command, signed by the step's actor). Returns the row to write and the command id
 * to give `recordChange`; without a new step, or without the actor's key, the row is unchanged.
 */
export function stampStep(ctx: WriteContext, before: Skp | null, next: Skp): { skp: Skp; commandId?: string } {
  const added = next.riwayat.length - (before?.riwayat.length ?? 0);
  const last = next.riwayat[next.riwayat.length - 1];
  const s = ctx.signer;
  if (added !== 1 || !last || !s || s.userId !== last.actorUserId || s.userId !== ctx.actorUserId) return { skp: next };
  const commandId = newId();
  const step = { ...last, commandId, keyVersion: s.keyVersion };
  return { skp: { ...next, riwayat: [...next.riwayat.slice(0, -1), step] }, commandId };
}

/**
 * A kept edit re-sent by a "mine" conflict resolution: its step named the refused command. The
 * step's actor re-sending it names the new command (and their key); anyone else leaves the step
 * unverified, and the server then judges the step by its actor as always.
 */
export function restampStep(ctx: WriteContext, row: Skp, oldCommandId: string): { skp: Skp; commandId?: string } {
  const last = row.riwayat[row.riwayat.length - 1];
  if (!last || last.commandId !== oldCommandId) return { skp: row };
  const bare = { ...row, riwayat: [...row.riwayat.slice(0, -1), { ...last, commandId: null, keyVersion: null }] };
  const withoutStep = { ...row, riwayat: row.riwayat.slice(0, -1) };
  const stamped = stampStep(ctx, withoutStep, bare);
  return stamped.commandId ? stamped : { skp: bare };
}
