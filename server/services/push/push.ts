import type { PushRequest, PushResponse } from '../../../shared/sync-protocol.js';
import type { DeviceAuth, ServerContext } from '../../context.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { applyBatch } from './apply-command.js';

/**
 * Commands per transaction: one commit serves them all, while the instansi lock is never held
 * for long (a full 500-command push commits in a few steps).
 */
const BATCH = 100;

/**
 * Applies the commands in the order sent, BATCH at a time, each batch in one transaction. A unique
 * violation left after the batch's own handling can only come from a race the instansi lock does
 * not cover (instansi kode across instansi); it rolls the batch back, and one more try sees the
 * committed row and answers CONFLICT.
 */
export async function pushCommands(ctx: ServerContext, device: DeviceAuth, req: PushRequest): Promise<PushResponse> {
  const outcomes: PushResponse['outcomes'] = [];
  for (let at = 0; at < req.commands.length; at += BATCH) {
    const batch = req.commands.slice(at, at + BATCH);
    let done;
    try {
      done = await applyBatch(ctx, device, batch);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      done = await applyBatch(ctx, device, batch);
    }
    // A desk that pushes and then pulls from this process must see its change at once.
    if (done.some((o) => o.status === 'accepted')) ctx.horizons.delete(device.instansiId);
    for (const o of done) ctx.metrics.inc('meja_push_commands_total', { outcome: o.status });
    outcomes.push(...done);
  }
  return { outcomes };
}
