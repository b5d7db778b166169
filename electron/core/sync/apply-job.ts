import type { JobContext } from '../jobs/job-types.js';
import { applyInbox } from './pull.js';

/**
 * The apply of everything staged by a pull, as a job: the initial sync of a joining desk brings
 * the whole unit at once, and applying it must not freeze the window. The logic stays in pull.ts.
 */
export async function applyInboxJob(ctx: JobContext, input: { now: string }): Promise<{ applied: string[] }> {
  ctx.checkCancelled();
  return applyInbox(ctx.db, input.now);
}
