import { sql } from 'kysely';
import type { CommandOutcome, PushCommand } from '../../../shared/sync-protocol.js';
import { batchStart, findActors, recordRejections, type ActorRecord, type AppliedCommand } from '../../db/repos/command-repo.js';
import { guardedWrite, guardedWrites, type CommandWrite } from '../../db/repos/guarded-write.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { markTreesChanged, type TreeSeqs } from '../../db/repos/head-repo.js';
import { maxSeq } from '../../db/repos/touch-repo.js';
import type { Db } from '../../db/repos/types.js';
import type { DeviceAuth, ServerContext } from '../../context.js';
import { verifiedKey, verifyBatch } from '../../auth/signatures.js';
import { syncRowSchemas, type SigningKey } from '../../../shared/sync-protocol.js';
import { checkCommand } from './check-command.js';
import type { CommandContext } from './command-context.js';
import { ReadAhead } from './read-ahead.js';
import { Rejection, rejectedOutcome } from './rejection.js';

/** Ids are compared as PostgreSQL prints uuids (a desk may send upper case). */
const idKey = (id: string): string => id.toLowerCase();

const actorIds = (cmds: readonly PushCommand[]): string[] => cmds.flatMap((c) => (c.actorUserId === null ? [] : [c.actorUserId]));

/** Where a batch stands after each command: what the next command starts from. */
type BatchState = { trees: TreeSeqs; priors: Map<string, AppliedCommand>; actors: Map<string, ActorRecord> | null; verified: ReadonlyMap<string, SigningKey> };

/** A command checked before the batch took the lock, found to be one plain row write. */
type Prediction = { trees: TreeSeqs; write: CommandWrite };

/**
 * The actor's key that signed `cmd`: from the batch's parallel check, else checked now (a key
 * added earlier in the batch). `null` for `verified` means a prediction, made while the batch's
 * signatures are still being checked on the thread pool: it takes the key the command claims, and
 * `predict` drops every prediction whose signature then fails, so such a command is decided
 * under the lock, where its signature is checked before anything else.
 */
function signingKey(ctx: ServerContext, cmd: PushCommand, actor: ActorRecord, verified: ReadonlyMap<string, SigningKey> | null): SigningKey | null {
  if (actor.signingKeys.length === 0) return keylessOwnersKey(cmd, actor);
  if (!ctx.verifySignatures) return actor.signingKeys[actor.signingKeys.length - 1] ?? null;
  if (verified === null) return actor.signingKeys.find((k) => k.version === cmd.keyVersion) ?? null;
  const known = verified.get(cmd.id);
  // The verdict holds only for the same actor's same key version (keys are append-only).
  if (known && cmd.keyVersion === known.version && actor.signingKeys.some((k) => k.version === known.version && k.publicKey === known.publicKey)) return known;
  return verifiedKey(cmd, actor.signingKeys);
}

/**
 * An account made before signing existed has no key on the server, so nothing it sends could
 * verify. Its way out is its owner's own password change, made on a desk after signing in with
 * the account's password: the row carries a provisional first key (made there) and the owner's new
 * key, and the command is signed with that first key. Only that command, for the actor's own
 * account, with version 1 provisional, is checked against a key it brings itself (see
 * server/README.md, "Signed changes", for what this does and does not prove).
 */
function keylessOwnersKey(cmd: PushCommand, actor: ActorRecord): SigningKey | null {
  if (cmd.name !== 'user/changePassword' || idKey(cmd.entityId) !== idKey(actor.id) || cmd.keyVersion !== 1) return null;
  const row = syncRowSchemas.user.safeParse(cmd.payload);
  const first = row.success ? row.data.signingKeys[0] : undefined;
  if (!first || first.version !== 1 || !first.provisional) return null;
  return verifiedKey(cmd, [first]);
}

async function commandContext(ctx: ServerContext, db: Db, device: DeviceAuth, cmd: PushCommand, trees: TreeSeqs, actor: ActorRecord | undefined, verified: ReadonlyMap<string, SigningKey> | null): Promise<CommandContext> {
  if (cmd.actorUserId === null) throw new Rejection('FORBIDDEN', 'Perintah harus menyebut akun yang membuatnya.');
  if (!actor) throw new Rejection('FORBIDDEN', 'Akun pembuat perubahan tidak dikenal di server.');
  // The author's signature, before any permission check: a device secret alone speaks for nobody.
  const signedWith = signingKey(ctx, cmd, actor, verified);
  if (!signedWith) throw new Rejection('BAD_SIGNATURE');
  const I = device.instansiId;
  return {
    db,
    instansiId: I,
    cmd,
    device,
    actor,
    signedWith,
    units: await ctx.org.unitTree(db, I, trees.orgSeq),
    jabatan: () => ctx.org.jabatanGraph(db, I, trees.jabatanSeq),
    meta: { now: ctx.clock(), deviceId: device.id },
  };
}

/**
 * Checks the batch's commands against the committed state before the lock, so the reads and
 * checks of concurrent pushes overlap (and the batch's rows are read at once, see ReadAhead).
 * Only a plain row write (no further writes, no tree change) is kept: under the lock it is written
 * only if its trees and row version are still the ones it was checked against, which makes the
 * checks' verdict the one they would give there (other rows' keys are held by unique
 * constraints). Anything else, rejections included, is checked again under the lock.
 */
async function predict(ctx: ServerContext, device: DeviceAuth, cmds: readonly PushCommand[], verified: Map<string, SigningKey>): Promise<(Prediction | null)[]> {
  const I = device.instansiId;
  const [start, actors, ahead] = await Promise.all([batchStart(ctx.db, I, cmds.map((c) => c.id), false), findActors(ctx.db, I, actorIds(cmds)), ReadAhead.of(ctx.db, I, cmds)]);
  // The signatures are checked on the thread pool while this thread runs the checks below.
  const verifying = ctx.verifySignatures ? verifyBatch(cmds, (a) => actors.get(idKey(a))?.signingKeys) : Promise.resolve(new Map<string, SigningKey>());
  const out = await predictEach(ctx, device, cmds, start, actors, ahead);
  for (const [id, key] of await verifying) verified.set(id, key);
  // Only a command whose signature holds keeps its prediction; the others are decided under the lock.
  return ctx.verifySignatures ? out.map((p, i) => (p && verified.has(cmds[i]?.id ?? '') ? p : null)) : out;
}

async function predictEach(
  ctx: ServerContext,
  device: DeviceAuth,
  cmds: readonly PushCommand[],
  start: Awaited<ReturnType<typeof batchStart>>,
  actors: Map<string, ActorRecord>,
  ahead: ReadAhead,
): Promise<(Prediction | null)[]> {
  if (!start) return cmds.map(() => null);
  const out: (Prediction | null)[] = [];
  for (const cmd of cmds) {
    if (start.priors.has(idKey(cmd.id))) {
      out.push(null);
      continue;
    }
    try {
      const c = await commandContext(ctx, ctx.db, device, cmd, start.trees, cmd.actorUserId === null ? undefined : actors.get(idKey(cmd.actorUserId)), null);
      const plan = await checkCommand({ ...c, ahead });
      const plain = !plan.after && !plan.changed.org && !plan.changed.jabatan;
      out.push(plain ? { trees: start.trees, write: { write: plan.write, meta: c.meta, commandId: cmd.id } } : null);
    } catch (e) {
      if (!(e instanceof Rejection)) throw e;
      out.push(null);
    }
  }
  return out;
}

/** The command's account as read under the lock, cached for the batch (a batch may name several accounts). */
async function lockedActor(trx: Db, instansiId: string, cmd: PushCommand, s: BatchState): Promise<ActorRecord | undefined> {
  if (cmd.actorUserId === null) return undefined;
  const key = idKey(cmd.actorUserId);
  s.actors ??= new Map();
  if (!s.actors.has(key)) for (const [id, a] of await findActors(trx, instansiId, [cmd.actorUserId])) s.actors.set(idKey(id), a);
  return s.actors.get(key);
}

/** Runs the checks and, when they pass, the writes of one command that was not applied before, under the lock. */
async function applyLocked(ctx: ServerContext, trx: Db, device: DeviceAuth, cmd: PushCommand, s: BatchState): Promise<CommandOutcome> {
  const I = device.instansiId;
  try {
    const trees = s.trees;
    const c = await commandContext(ctx, trx, device, cmd, trees, await lockedActor(trx, I, cmd, s), s.verified);
    const plan = await checkCommand(c);
    const written = await guardedWrite(trx, { instansiId: I, ...trees }, plan.write, c.meta, cmd.id);
    if (!written) throw new Error(`locked write of ${cmd.id} matched nothing`);
    const extraSeq = plan.after ? await plan.after() : null;
    const seq = maxSeq([written.seq, extraSeq]) ?? written.seq;
    await markTreesChanged(trx, I, seq, plan.changed);
    s.trees = { orgSeq: plan.changed.org ? seq : trees.orgSeq, jabatanSeq: plan.changed.jabatan ? seq : trees.jabatanSeq };
    // An account may have changed (roles, unit, aktif): later commands read their actor again.
    if (plan.changed.org) s.actors = null;
    return { id: cmd.id, status: 'accepted', version: written.version, seq: written.seq };
  } catch (e) {
    if (e instanceof Rejection) return rejectedOutcome(cmd.id, e);
    throw e;
  }
}

/**
 * The predicted commands from `from` on that can be written in one statement: each new to the
 * instansi, checked against the current trees, and on a row (and with an id) no other in the run has.
 */
function runFrom(cmds: readonly PushCommand[], predictions: readonly (Prediction | null)[], from: number, s: BatchState): CommandWrite[] {
  const run: CommandWrite[] = [];
  const rows = new Set<string>();
  const ids = new Set<string>();
  for (let i = from; i < cmds.length; i += 1) {
    const cmd = cmds[i];
    const p = predictions[i];
    if (!cmd || !p || s.priors.has(idKey(cmd.id)) || p.trees.orgSeq !== s.trees.orgSeq || p.trees.jabatanSeq !== s.trees.jabatanSeq) break;
    const row = `${p.write.write.entity}/${idKey(p.write.write.row.id)}`;
    if (rows.has(row) || ids.has(idKey(cmd.id))) break;
    rows.add(row);
    ids.add(idKey(cmd.id));
    run.push(p.write);
  }
  return run;
}

/**
 * Writes a run of predicted commands in one statement, all or none: when any of them no longer
 * holds (a version or tree changed, a key was taken) the statement is undone to a savepoint and
 * null returned, so they are checked again under the lock, one by one and in order.
 */
async function writeRun(trx: Db, g: { instansiId: string } & TreeSeqs, run: readonly CommandWrite[]): Promise<Map<string, { version: number; seq: string }> | null> {
  await sql`savepoint predicted_run`.execute(trx);
  try {
    const written = await guardedWrites(trx, g, run);
    if (written.size === run.length) return written;
  } catch (e) {
    await sql`rollback to savepoint predicted_run`.execute(trx);
    // Only a taken key is an expected miss; anything else fails the batch.
    if (isUniqueViolation(e)) return null;
    throw e;
  }
  await sql`rollback to savepoint predicted_run`.execute(trx);
  return null;
}

/**
 * Applies pushed commands in the order sent, exactly once, in one transaction that holds the
 * instansi lock (its `sync_head` row) from its first statement to its commit. A command id seen
 * before answers with its stored outcome (to the device that sent it; any other device is refused
 * and nothing changes); a repeat inside the batch answers like a retry would. Rejections are
 * stored too, so a retry hears the same.
 *
 * Under the lock nothing of the instansi changes except through this batch, so every command
 * meets the state its predecessors left (also their uncommitted writes), and seqs commit in order
 * (pulls never skip a row, see `feedHorizon`). Checks run before the lock where they can (see
 * `predict`), so the lock is held for a few statements and one commit per batch. A crash or a
 * thrown error leaves none of the batch applied; the desk pushes it again.
 *
 * @example
 * const outcomes = await applyBatch(ctx, device, req.commands.slice(0, 100));
 */
export async function applyBatch(ctx: ServerContext, device: DeviceAuth, cmds: readonly PushCommand[]): Promise<CommandOutcome[]> {
  const I = device.instansiId;
  const verified = new Map<string, SigningKey>();
  const predictions = await predict(ctx, device, cmds, verified);
  return ctx.db.transaction().execute(async (trx) => {
    const start = await batchStart(trx, I, cmds.map((c) => c.id), true);
    if (!start) throw new Error(`sync_head missing for instansi ${I}`);
    const s: BatchState = { ...start, actors: null, verified };
    const rejections: CommandOutcome[] = [];
    const outcomes: CommandOutcome[] = [];
    const settle = (cmd: PushCommand, outcome: CommandOutcome): void => {
      s.priors.set(idKey(cmd.id), { deviceId: device.id, outcome });
      if (outcome.status === 'rejected') rejections.push(outcome);
      outcomes.push(outcome);
    };
    let i = 0;
    while (i < cmds.length) {
      const run = runFrom(cmds, predictions, i, s);
      const written = run.length > 0 ? await writeRun(trx, { instansiId: I, ...s.trees }, run) : null;
      if (written) {
        for (const w of run) {
          const cmd = cmds[i];
          const done = written.get(w.commandId);
          if (cmd && done) settle(cmd, { id: cmd.id, status: 'accepted', ...done });
          i += 1;
        }
        continue;
      }
      for (let k = i; k < i + run.length; k += 1) predictions[k] = null;
      const cmd = cmds[i];
      if (!cmd) break;
      const prior = s.priors.get(idKey(cmd.id));
      if (prior) outcomes.push(prior.deviceId === device.id ? prior.outcome : rejectedOutcome(cmd.id, new Rejection('REPLAYED_ELSEWHERE')));
      else settle(cmd, await applyLocked(ctx, trx, device, cmd, s));
      i += 1;
    }
    await recordRejections(trx, I, device.id, rejections, ctx.clock());
    return outcomes;
  });
}
