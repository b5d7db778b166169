import type { PushRequest, PushResponse } from '../../../shared/sync-protocol.js';
import type { DeviceAuth, ServerContext } from '../../context.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { applyCommand } from './apply-command.js';


/**
 * Applies the commands in the order sent, each in its own transaction. A unique violation left
 * after the locked retry can only come from a race the instansi lock does not cover (instansi kode
 * across instansi); one more try then sees the committed row and answers CONFLICT.
 */
export async function pushCommands(ctx: ServerContext, device: DeviceAuth, req: PushRequest): Promise<PushResponse> {
  const outcomes: PushResponse['outcomes'] = [];
  for (const cmd of req.commands) {
    let outcome;
    try {
      outcome = await applyCommand(ctx, device, cmd);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      outcome = await applyCommand(ctx, device, cmd);
    }
    ctx.metrics.inc('meja_push_commands_total', { outcome: outcome.status });
    outcomes.push(outcome);
  }
  return { outcomes };
}
