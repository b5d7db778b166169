/**
 * Spreadsheet template, export and two-step import (preview, then commit) of units, jabatan and
 * pegawai. Only operators and admins, only inside their unit subtree. Nothing is written until the
 * commit, and the commit writes everything or nothing. Parsing and writing run as jobs
 * (import-jobs.ts) in a worker thread, so the window stays answered meanwhile.
 */
import { MAX_SHEET_BYTES } from '../../../../shared/contract.js';
import type { FileDownload, ImportPreview, ImportSummary, ProgressEvent, RowError, RowName } from '../../../../shared/entities.js';
import { AppFailure } from '../../../../shared/result.js';
import { today, writeContext, type CoreContext } from '../../context.js';
import { requireRole, type Actor } from '../../auth/actor.js';
import { getInstansi } from '../../db/repositories/instansi-repo.js';
import { XLSX_MIME } from './layout.js';
import { changedAnything } from './import-jobs.js';
import type { JobProgress } from '../../jobs/job-types.js';
import { previewStoreOf } from './preview-store.js';
import { writeWorkbook } from './write-workbook.js';
import { orgDataInScope } from './export-data.js';

/** Longer error lists are cut so the preview screen stays usable; the rest is counted. */
export const MAX_LISTED_ERRORS = 200;

/** Sends a job's progress to the caller's window only, tagged with the job id (for "Batalkan"). */
function forward(core: CoreContext, operation: ProgressEvent['operation'], token: string | null): (p: JobProgress, jobId: string) => void {
  return (p, jobId) => core.emit({ name: 'progress', payload: { operation, jobId, ...p } }, token ? { token } : undefined);
}

function download(fileName: string, base64: string): FileDownload {
  return { fileName, base64, mimeType: XLSX_MIME };
}

/** The empty import workbook with the "Petunjuk" sheet first. */
export async function sheetTemplate(_core: CoreContext, actor: Actor): Promise<FileDownload> {
  requireRole(actor, 'operator', 'admin');
  return download('template-impor-meja-kinerja.xlsx', await writeWorkbook({ units: [], jabatan: [], pegawai: [] }, { helpFirst: true }));
}

/** Every unit, jabatan and pegawai in the actor's subtree, in the import layout. */
export async function sheetExport(core: CoreContext, actor: Actor): Promise<FileDownload> {
  requireRole(actor, 'operator', 'admin');
  const instansi = await getInstansi(core.db);
  if (!instansi) throw new AppFailure('NOT_SET_UP');
  const data = await orgDataInScope(core.db, actor.scopeUnitIds);
  const kode = instansi.kode.replace(/[^A-Za-z0-9._-]+/g, '-');
  return download(`meja-kinerja-${kode}-${today(core)}.xlsx`, await writeWorkbook(data, { helpFirst: false }));
}

function namesOfListed(names: readonly RowName[], listed: readonly RowError[]): RowName[] {
  const wanted = new Set(listed.map((e) => `${e.sheet}:${e.row}`));
  return names.filter((n) => wanted.has(`${n.sheet}:${n.row}`));
}

function decode(base64: string): Buffer {
  const buf = Buffer.from(base64, 'base64');
  if (buf.length > MAX_SHEET_BYTES) throw new AppFailure('PAYLOAD_TOO_LARGE', 'Berkas lebih besar dari 50 MB. Bagi data menjadi beberapa berkas.');
  return buf;
}

/**
 * Reads and checks an uploaded workbook and reports what a commit would do, changing nothing.
 *
 * @example
 * const p = await sheetPreview(core, actor, { fileName: 'pegawai.xlsx', base64 });
 * if (p.canCommit) await sheetCommit(core, actor, p.previewId);
 */
export async function sheetPreview(core: CoreContext, actor: Actor, args: { fileName: string; base64: string }, token: string | null = null): Promise<ImportPreview> {
  requireRole(actor, 'operator', 'admin');
  const bytes = new Uint8Array(decode(args.base64));
  const onProgress = forward(core, 'sheets/preview', token);
  const job = core.jobs.start('sheets/preview', { bytes, scopeUnitIds: [...actor.scopeUnitIds] }, { ownerUserId: actor.user.id, onProgress });
  // At once, so the window can offer "Batalkan" while exceljs is still unpacking the file.
  onProgress({ phase: 'mulai', done: 0, total: 0 }, job.id);
  const { counts, errors, errorRows, changes, parsed } = await job.done;
  const previewId = previewStoreOf(core).put(actor.user.id, args.fileName, parsed);
  onProgress({ phase: 'selesai', done: 1, total: 1 }, job.id);
  return {
    previewId,
    fileName: args.fileName,
    counts,
    errors: errors.slice(0, MAX_LISTED_ERRORS),
    errorsOmitted: Math.max(0, errors.length - MAX_LISTED_ERRORS),
    errorRows: namesOfListed(errorRows, errors.slice(0, MAX_LISTED_ERRORS)),
    changes,
    canCommit: errors.length === 0,
  };
}

/**
 * Writes a previewed workbook after validating it again against the database as it is now
 * (someone may have changed data since the preview), in a job that stages the rows and swaps
 * them in at once. Any error, a cancel or a concurrent change: nothing is written.
 */
export async function sheetCommit(core: CoreContext, actor: Actor, previewId: string, token: string | null = null): Promise<ImportSummary> {
  requireRole(actor, 'operator', 'admin');
  const store = previewStoreOf(core);
  const preview = store.get(previewId, actor.user.id);
  const onProgress = forward(core, 'sheets/commit', token);
  const input = { parsed: preview.parsed, scopeUnitIds: [...actor.scopeUnitIds], write: writeContext(core, actor) };
  const job = core.jobs.start('sheets/commit', input, { ownerUserId: actor.user.id, onProgress });
  onProgress({ phase: 'mulai', done: 0, total: 0 }, job.id);
  const { counts } = await job.done;
  store.delete(previewId);
  if (changedAnything(counts)) core.emit({ name: 'data/changed', payload: { entities: ['unit_kerja', 'jabatan', 'pegawai'] } });
  onProgress({ phase: 'selesai', done: 1, total: 1 }, job.id);
  return { counts };
}
