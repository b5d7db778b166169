/**
 * Attendance import from a fingerprint-machine export: preview (every bad row listed with its
 * number), then commit (all rows or none). Operators and admins, for pegawai of their units only.
 * The previews live in their own in-memory store, so an org-import preview id never reaches here.
 */
import { MAX_SHEET_BYTES } from '../../../../shared/contract.js';
import type { KehadiranImportSummary, KehadiranPreview } from '../../../../shared/entities-tpp.js';
import type { ProgressEvent } from '../../../../shared/entities.js';
import { AppFailure } from '../../../../shared/result.js';
import { requireRole, type Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import type { JobProgress } from '../../jobs/job-types.js';
import { PreviewStore } from '../sheets/preview-store.js';

/** Longer error lists are cut so the screen stays usable; the rest is counted. */
export const MAX_LISTED_ERRORS = 500;

const stores = new WeakMap<CoreContext, PreviewStore>();

function storeOf(core: CoreContext): PreviewStore {
  let s = stores.get(core);
  if (!s) stores.set(core, (s = new PreviewStore(core.clock)));
  return s;
}

function forward(core: CoreContext, operation: ProgressEvent['operation'], token: string | null): (p: JobProgress, jobId: string) => void {
  return (p, jobId) => core.emit({ name: 'progress', payload: { operation, jobId, ...p } }, token ? { token } : undefined);
}

/**
 * @example
 * const p = await kehadiranPreview(core, actor, { fileName: 'absen.csv', base64 });
 * if (p.canCommit) await kehadiranCommit(core, actor, p.previewId);
 */
export async function kehadiranPreview(core: CoreContext, actor: Actor, args: { fileName: string; base64: string }, token: string | null = null): Promise<KehadiranPreview> {
  requireRole(actor, 'operator', 'admin');
  const buf = Buffer.from(args.base64, 'base64');
  if (buf.length > MAX_SHEET_BYTES) throw new AppFailure('PAYLOAD_TOO_LARGE', 'Berkas lebih besar dari 50 MB. Bagi data per bulan atau per unit.');
  const onProgress = forward(core, 'tpp/importPreview', token);
  const input = { fileName: args.fileName, bytes: new Uint8Array(buf), scopeUnitIds: [...actor.scopeUnitIds] };
  const job = core.jobs.start('tpp/importPreview', input, { ownerUserId: actor.user.id, onProgress });
  onProgress({ phase: 'mulai', done: 0, total: 0 }, job.id);
  const out = await job.done;
  const previewId = storeOf(core).put(actor.user.id, args.fileName, out.raw);
  onProgress({ phase: 'selesai', done: 1, total: 1 }, job.id);
  return {
    previewId,
    fileName: args.fileName,
    counts: out.counts,
    rentang: out.rentang,
    errors: out.errors.slice(0, MAX_LISTED_ERRORS),
    errorsOmitted: Math.max(0, out.errors.length - MAX_LISTED_ERRORS),
    canCommit: out.errors.length === 0 && out.counts.baris > 0,
  };
}

/** Writes a previewed file after checking it again against the pegawai as they are now. */
export async function kehadiranCommit(core: CoreContext, actor: Actor, previewId: string, token: string | null = null): Promise<KehadiranImportSummary> {
  requireRole(actor, 'operator', 'admin');
  const store = storeOf(core);
  const preview = store.get(previewId, actor.user.id);
  const onProgress = forward(core, 'tpp/importCommit', token);
  const input = { fileName: preview.fileName, raw: preview.parsed, scopeUnitIds: [...actor.scopeUnitIds], actorUserId: actor.user.id, now: core.clock().toISOString() };
  const job = core.jobs.start('tpp/importCommit', input, { ownerUserId: actor.user.id, onProgress });
  onProgress({ phase: 'mulai', done: 0, total: 0 }, job.id);
  const { counts } = await job.done;
  store.delete(previewId);
  core.emit({ name: 'data/changed', payload: { entities: ['kehadiran'] } });
  onProgress({ phase: 'selesai', done: 1, total: 1 }, job.id);
  return { counts };
}
