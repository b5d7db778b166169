/**
 * print/batch: many SKP at once — the SKP of a filter like Daftar SKP's (a unit, a year, a status…)
 * or a list of ids — as one combined PDF (answered as a download, opened like "Cetak SKP") or one
 * file per pegawai written into a new folder under the data folder's `exports/` (its path is
 * answered; nothing is zipped, no zip library is in the dependencies). Runs as a job in the worker
 * with progress events; `jobs/cancel` stops it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import type { ProgressEvent } from '../../../../shared/entities.js';
import { MAX_BATCH_PRINT } from '../../../../shared/contract-print.js';
import { AppFailure } from '../../../../shared/result.js';
import type { JobProgress } from '../../jobs/job-types.js';
import { meOf } from '../skp/access.js';
import { listReach } from '../skp/skp-service.js';
import { listSkpSummaries } from '../../db/repositories/skp-summary-repo.js';

function forward(core: CoreContext, token: string | null): (p: JobProgress, jobId: string) => void {
  const operation: ProgressEvent['operation'] = 'print/batch';
  return (p, jobId) => core.emit({ name: 'progress', payload: { operation, jobId, ...p } }, token ? { token } : undefined);
}

/** The ids a filter names, in Daftar SKP's order (by pegawai name), within the caller's reach. */
async function idsOf(core: CoreContext, actor: Actor, args: ParsedArgsOf<'print/batch'>): Promise<string[]> {
  if (args.skpIds) return [...new Set(args.skpIds)];
  const f = args.filter;
  if (!f) return [];
  const me = await meOf(core.db, actor);
  const reach = await listReach(core, actor, me, f.unitId);
  const list = await listSkpSummaries(core.db, { ...f, offset: 0, limit: MAX_BATCH_PRINT + 1, reach, latestOnly: true, order: 'nama' });
  if (list.total > MAX_BATCH_PRINT) throw new AppFailure('VALIDATION', `Paling banyak ${MAX_BATCH_PRINT} SKP sekali cetak; persempit filter.`);
  return list.rows.map((r) => r.id);
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/**
 * @example
 * const r = await printBatch(core, actor, { filter: { tahun: 2025, unitId }, mode: 'gabung' }, token);
 * r.file?.fileName; // 'SKP-massal-2025-….pdf'
 */
export async function printBatch(core: CoreContext, actor: Actor, args: ParsedArgsOf<'print/batch'>, token: string | null = null): Promise<ResultOf<'print/batch'>> {
  const skpIds = await idsOf(core, actor, args);
  if (skpIds.length === 0) throw new AppFailure('VALIDATION', 'Tidak ada SKP untuk dicetak pada pilihan ini.');
  const now = core.clock();
  const folder = args.mode === 'per_pegawai' ? freshFolder(path.join(core.dataDir, 'exports', `cetak-skp-${stamp(now)}`)) : null;
  const onProgress = forward(core, token);
  const input = { user: actor.user, scopeUnitIds: [...actor.scopeUnitIds], skpIds, mode: args.mode, now: now.toISOString(), folder };
  const job = core.jobs.start('print/batch', input, { ownerUserId: actor.user.id, onProgress });
  onProgress({ phase: 'mulai', done: 0, total: skpIds.length }, job.id);
  const out = await job.done;
  onProgress({ phase: 'selesai', done: skpIds.length, total: skpIds.length }, job.id);
  const file = out.pdf ? { fileName: `SKP-massal-${stamp(now)}-${out.printed}.pdf`, base64: Buffer.from(out.pdf).toString('base64'), mimeType: 'application/pdf' } : null;
  return { jobId: job.id, printed: out.printed, skipped: out.skipped, file, folder: out.folder, files: out.files };
}

/**
 * A folder name no earlier batch used: two batches in the same second would otherwise share one,
 * and a cancelled second batch, removing its half folder, would delete the first one's files.
 */
function freshFolder(base: string): string {
  let candidate = base;
  for (let n = 2; existsSync(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}
