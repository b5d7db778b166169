import type { CommandOutcome, PushCommand } from '../../../shared/sync-protocol.js';
import { commandStart, recordApplied, type CommandStart } from '../../db/repos/command-repo.js';
import { guardedWrite } from '../../db/repos/guarded-write.js';
import { markTreesChanged } from '../../db/repos/head-repo.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { maxSeq } from '../../db/repos/touch-repo.js';
import type { Db } from '../../db/repos/types.js';
import type { DeviceAuth, ServerContext } from '../../context.js';
import { checkCommand } from './check-command.js';
import type { CommandContext, Plan } from './command-context.js';
import { Rejection, rejectedOutcome } from './rejection.js';

/** The optimistic path met a concurrent change; the command runs again under the lock. */
const RETRY = Symbol('retry');

type Checked = { done: CommandOutcome } | { plan: Plan; c: CommandContext };

/** Replay answer, or the checks' verdict: a rejection outcome, or the plan to write. */
async function check(ctx: ServerContext, db: Db, start: CommandStart, device: DeviceAuth, cmd: PushCommand): Promise<Checked> {
  if (start.prior) return { done: start.prior.deviceId === device.id ? start.prior.outcome : rejectedOutcome(cmd.id, new Rejection('REPLAYED_ELSEWHERE')) };
  try {
    if (cmd.actorUserId === null) throw new Rejection('FORBIDDEN', 'Perintah harus menyebut akun yang membuatnya.');
    if (!start.actor) throw new Rejection('FORBIDDEN', 'Akun pembuat perubahan tidak dikenal di server.');
    const I = device.instansiId;
    const c: CommandContext = {
      db,
      instansiId: I,
      cmd,
      device,
      actor: start.actor,
      units: await ctx.org.unitTree(db, I, start.trees.orgSeq),
      jabatan: () => ctx.org.jabatanGraph(db, I, start.trees.jabatanSeq),
      meta: { now: ctx.clock(), deviceId: device.id },
    };
    return { plan: await checkCommand(c), c };
  } catch (e) {
    if (e instanceof Rejection) return { done: rejectedOutcome(cmd.id, e) };
    throw e;
  }
}

function accepted(id: string, w: { version: number; seq: string }): CommandOutcome {
  return { id, status: 'accepted', version: w.version, seq: w.seq };
}

/**
 * Without a transaction: reads and checks run alongside other commands; the write is one statement
 * that takes the instansi lock, re-checks the trees and the row version, and records the outcome.
 */
async function optimistic(ctx: ServerContext, device: DeviceAuth, cmd: PushCommand): Promise<CommandOutcome | typeof RETRY> {
  const start = await commandStart(ctx.db, device.instansiId, cmd.id, cmd.actorUserId, false);
  if (!start) throw new Error(`sync_head missing for instansi ${device.instansiId}`);
  const checked = await check(ctx, ctx.db, start, device, cmd);
  try {
    if ('done' in checked) {
      if (checked.done.status === 'rejected' && !start.prior) await recordApplied(ctx.db, device.instansiId, device.id, checked.done, ctx.clock());
      return checked.done;
    }
    const { plan, c } = checked;
    if (plan.after || plan.changed.org || plan.changed.jabatan) return RETRY;
    const written = await guardedWrite(ctx.db, { instansiId: device.instansiId, ...start.trees }, plan.write, c.meta, cmd.id);
    return written ? accepted(cmd.id, written) : RETRY;
  } catch (e) {
    // A concurrent delivery of this id, or a row that appeared with the same key.
    if (isUniqueViolation(e)) return RETRY;
    throw e;
  }
}

/** In a transaction that holds the instansi lock from its first statement: nothing can change under it. */
async function locked(ctx: ServerContext, device: DeviceAuth, cmd: PushCommand): Promise<CommandOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    const start = await commandStart(trx, device.instansiId, cmd.id, cmd.actorUserId, true);
    if (!start) throw new Error(`sync_head missing for instansi ${device.instansiId}`);
    const checked = await check(ctx, trx, start, device, cmd);
    if ('done' in checked) {
      if (checked.done.status === 'rejected' && !start.prior) await recordApplied(trx, device.instansiId, device.id, checked.done, ctx.clock());
      return checked.done;
    }
    const { plan, c } = checked;
    const written = await guardedWrite(trx, { instansiId: device.instansiId, ...start.trees }, plan.write, c.meta, cmd.id);
    if (!written) throw new Error(`locked write of ${cmd.id} matched nothing`);
    const extraSeq = plan.after ? await plan.after() : null;
    await markTreesChanged(trx, device.instansiId, maxSeq([written.seq, extraSeq]) ?? written.seq, plan.changed);
    return accepted(cmd.id, written);
  });
}

/**
 * Applies one pushed command exactly once. A command id seen before answers with its stored
 * outcome (to the device that sent it; any other device is refused and nothing changes).
 * Rejections are stored too, so a retry hears the same.
 *
 * Every accepted write of an instansi holds the instansi lock from taking its seq to its commit,
 * so seqs commit in order (pulls never skip a row). Most commands hold it for one statement (see
 * `optimistic`); commands that change the trees, or that met a concurrent change, run again from
 * the start with the lock held throughout (`locked`).
 */
export async function applyCommand(ctx: ServerContext, device: DeviceAuth, cmd: PushCommand): Promise<CommandOutcome> {
  const first = await optimistic(ctx, device, cmd);
  const outcome = first === RETRY ? await locked(ctx, device, cmd) : first;
  // A desk that pushes and then pulls from this process must see its change at once.
  if (outcome.status === 'accepted') ctx.horizons.delete(device.instansiId);
  return outcome;
}
