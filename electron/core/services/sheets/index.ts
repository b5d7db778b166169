/**
 * Spreadsheet template, export and two-step import (preview, then commit) of units, jabatan and
 * pegawai. Only operators and admins, only inside their unit subtree. Nothing is written until the
 * commit, and the commit writes everything in one transaction or nothing.
 */
import { MAX_SHEET_BYTES } from '../../../../shared/contract.js';
import type { FileDownload, ImportPreview, ImportSummary, ProgressEvent } from '../../../../shared/entities.js';
import { AppFailure } from '../../../../shared/result.js';
import { today, writeContext, type CoreContext } from '../../context.js';
import { requireRole, type Actor } from '../../auth/actor.js';
import type { Db } from '../../db/connection.js';
import { getInstansi } from '../../db/repositories/instansi-repo.js';
import { listUnits } from '../../db/repositories/unit-repo.js';
import { listJabatan } from '../../db/repositories/jabatan-repo.js';
import { listPegawai } from '../../db/repositories/pegawai-repo.js';
import { applyOrgData, planOrgData, type OrgCounts } from '../org-apply.js';
import { LAYOUT, XLSX_MIME } from './layout.js';
import { readWorkbook } from './read-workbook.js';
import { validateImport, type DbState } from './validate.js';
import { previewStoreOf } from './preview-store.js';
import { writeWorkbook } from './write-workbook.js';
import { orgDataInScope } from './export-data.js';

/** Longer error lists are cut so the preview screen stays usable; the rest is counted. */
export const MAX_LISTED_ERRORS = 200;

type Report = (phase: string, done: number, total: number) => Promise<void>;

/** Emits a progress event and yields to the event loop, so a long import does not freeze the app. */
function reporter(core: CoreContext, operation: ProgressEvent['operation']): Report {
  return async (phase, done, total) => {
    core.emit({ name: 'progress', payload: { operation, phase, done, total } });
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
}

async function instansiId(db: Db): Promise<string> {
  const instansi = await getInstansi(db);
  if (!instansi) throw new AppFailure('NOT_SET_UP');
  return instansi.id;
}

async function dbState(db: Db): Promise<DbState> {
  return { units: await listUnits(db), jabatan: await listJabatan(db), pegawai: await listPegawai(db) };
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
export async function sheetPreview(core: CoreContext, actor: Actor, args: { fileName: string; base64: string }): Promise<ImportPreview> {
  requireRole(actor, 'operator', 'admin');
  const report = reporter(core, 'sheets/preview');
  const parsed = await readWorkbook(decode(args.base64), (sheet, done, total) => report(`membaca ${LAYOUT[sheet].title}`, done, total));
  const id = await instansiId(core.db);
  const v = await validateImport(parsed, await dbState(core.db), actor.scopeUnitIds, (done, total) => report('memeriksa', done, total));
  await report('menghitung perubahan', 0, 1);
  // The writer's own planner says what a commit would do, so preview and commit cannot disagree.
  const counts = await planOrgData(core.db, id, v.data);
  const errors = v.errors;
  const previewId = previewStoreOf(core).put(actor.user.id, args.fileName, parsed);
  await report('selesai', 1, 1);
  return {
    previewId,
    fileName: args.fileName,
    counts,
    errors: errors.slice(0, MAX_LISTED_ERRORS),
    errorsOmitted: Math.max(0, errors.length - MAX_LISTED_ERRORS),
    canCommit: errors.length === 0,
  };
}

function changedAnything(counts: OrgCounts): boolean {
  return Object.values(counts).some((c) => c.insert + c.update > 0);
}

/**
 * Writes a previewed workbook in one transaction after validating it again against the database as
 * it is now (someone may have changed data since the preview). Any error: nothing is written.
 */
export async function sheetCommit(core: CoreContext, actor: Actor, previewId: string): Promise<ImportSummary> {
  requireRole(actor, 'operator', 'admin');
  const store = previewStoreOf(core);
  const preview = store.get(previewId, actor.user.id);
  const id = await instansiId(core.db);
  const report = reporter(core, 'sheets/commit');
  const counts = await core.db.transaction().execute(async (trx) => {
    const v = await validateImport(preview.parsed, await dbState(trx), actor.scopeUnitIds, (done, total) => report('memeriksa', done, total));
    if (v.errors.length > 0) {
      const issues = v.errors.slice(0, 20).map((e) => ({ path: `${LAYOUT[e.sheet].title} baris ${e.row}, ${e.column}`, message: e.message }));
      throw new AppFailure('SHEET_HAS_ERRORS', undefined, issues);
    }
    await report('menyimpan', 0, v.data.pegawai.length);
    return applyOrgData(trx, writeContext(core, actor), id, v.data);
  });
  store.delete(previewId);
  if (changedAnything(counts)) core.emit({ name: 'data/changed', payload: { entities: ['unit_kerja', 'jabatan', 'pegawai'] } });
  await report('selesai', 1, 1);
  return { counts };
}
