import type { CoreContext } from '../context.js';
import type { SyncStatus } from '../../../shared/entities.js';
import type { ParsedArgsOf } from '../../../shared/contract.js';
import type { Actor } from '../auth/actor.js';
import { connectDesk, previewMerge } from './connect.js';
import type { MergePreview } from '../../../shared/entities.js';
import { AppFailure } from '../../../shared/result.js';
import { hasRole } from '../auth/actor.js';
import { parkedProblem } from './parked.js';
import { refusedPrintsProblem } from './print-sync.js';

/** Joins this desk to the server, then runs the first sync (the initial pull for a new desk). */
export async function connect(core: CoreContext, actor: Actor | null, input: ParsedArgsOf<'sync/connect'>): Promise<SyncStatus> {
  await connectDesk(core, actor, input, core.sync.transportFor(input.serverUrl));
  const status = await core.sync.engine.syncNow();
  core.sync.engine.start();
  return status;
}

/** Shows what joining a server that already has this instansi would do (nothing is changed). */
export async function connectPreview(core: CoreContext, actor: Actor | null, input: ParsedArgsOf<'sync/connectPreview'>): Promise<MergePreview> {
  if (!actor) throw new AppFailure('UNAUTHENTICATED');
  return { counts: await previewMerge(core, actor, input, core.sync.transportFor(input.serverUrl)) };
}

/**
 * The data problems an admin must know about (rows the server sent that still cannot be shown;
 * printed codes the server will not take), for admins only: other roles get null. Never row
 * contents (see parked.ts, print-sync.ts).
 */
export async function problem(core: CoreContext, actor: Actor): Promise<{ message: string | null }> {
  if (!hasRole(actor, 'admin')) return { message: null };
  const lines = [await parkedProblem(core.db), await refusedPrintsProblem(core.db)].filter((m): m is string => m !== null);
  return { message: lines.length > 0 ? lines.join(' ') : null };
}
