/**
 * The two long halves of a spreadsheet import as jobs (electron/core/jobs): they run in a worker
 * thread on a desk's database file, so unzipping, exceljs parsing, validation and writing never
 * hold up the thread that answers the window. Inputs and outputs are plain, cloneable data.
 */
import { deserialize, serialize } from 'node:v8';
import type { RowChange, RowError, RowName, SheetName } from '../../../../shared/entities.js';
import { PreviewChanges, errorRowNames } from './preview-changes.js';
import { AppFailure } from '../../../../shared/result.js';
import type { Db } from '../../db/connection.js';
import type { WriteContext } from '../../db/repositories/changes.js';
import { getInstansi } from '../../db/repositories/instansi-repo.js';
import { openStage } from '../../db/repositories/import-stage-repo.js';
import { listJabatan } from '../../db/repositories/jabatan-repo.js';
import { listPegawai } from '../../db/repositories/pegawai-repo.js';
import { listUnits } from '../../db/repositories/unit-repo.js';
import type { JobContext } from '../../jobs/job-types.js';
import { applyOrgData, planOrgData, type OrgCounts, type OrgData } from '../org-apply.js';
import { LAYOUT } from './layout.js';
import { readWorkbook, type ParsedWorkbook } from './read-workbook.js';
import { validateImport, type DbState } from './validate.js';

/** Pegawai per staging transaction: keeps each one short, and cancel and progress between them. */
export const STAGE_CHUNK = 1_000;

async function instansiId(db: Db): Promise<string> {
  const instansi = await getInstansi(db);
  if (!instansi) throw new AppFailure('NOT_SET_UP');
  return instansi.id;
}

async function dbState(db: Db): Promise<DbState> {
  return { units: await listUnits(db), jabatan: await listJabatan(db), pegawai: await listPegawai(db) };
}

export type PreviewJobInput = { bytes: Uint8Array; scopeUnitIds: string[] };
/** `parsed`: the parsed workbook, v8-serialized, kept by the preview store for the commit. */
export type PreviewJobOutput = { counts: OrgCounts; errors: RowError[]; errorRows: RowName[]; changes: RowChange[]; parsed: Uint8Array };

/** Reads and checks a workbook and counts what a commit would do; writes nothing. */
export async function previewJob(ctx: JobContext, input: PreviewJobInput): Promise<PreviewJobOutput> {
  const buf = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const parsed = await readWorkbook(buf, async (sheet, done, total) => {
    ctx.checkCancelled();
    await ctx.progress(`membaca ${LAYOUT[sheet].title}`, done, total);
  });
  const id = await instansiId(ctx.db);
  const state = await dbState(ctx.db);
  const v = await validateImport(parsed, state, new Set(input.scopeUnitIds), async (done, total) => {
    ctx.checkCancelled();
    await ctx.progress('memeriksa', done, total);
  });
  await ctx.progress('menghitung perubahan', 0, 1);
  const rows: Record<SheetName, Map<string, number>> = {
    unit: new Map(v.data.units.map((u) => [u.kode, u.row])),
    jabatan: new Map(v.data.jabatan.map((j) => [j.kode, j.row])),
    pegawai: new Map(v.data.pegawai.map((p) => [p.nip, p.row])),
  };
  const changes = new PreviewChanges(state, (sheet, key) => rows[sheet].get(key) ?? 0);
  // The writer's own planner says what a commit would do, so preview and commit cannot disagree.
  const counts = await planOrgData(ctx.db, id, v.data, changes.observer);
  ctx.checkCancelled();
  const errorRows = errorRowNames(parsed, v.errors);
  // A fresh, exactly sized buffer, so it can move to the main thread instead of being copied.
  return { counts, errors: v.errors, errorRows, changes: changes.sorted(), parsed: new Uint8Array(serialize(parsed)) };
}

export type CommitJobInput = { parsed: Uint8Array; scopeUnitIds: string[]; write: WriteContext };

function add(a: OrgCounts, b: OrgCounts): OrgCounts {
  const sum = (k: keyof OrgCounts) => ({ insert: a[k].insert + b[k].insert, update: a[k].update + b[k].update, unchanged: a[k].unchanged + b[k].unchanged });
  return { unit: sum('unit'), jabatan: sum('jabatan'), pegawai: sum('pegawai') };
}

export function changedAnything(counts: OrgCounts): boolean {
  return Object.values(counts).some((c) => c.insert + c.update > 0);
}

/**
 * Validates the previewed workbook again against the data as it is now, writes it into a stage in
 * short transactions, then swaps it in at once. Any error, a cancel, or data changed meanwhile:
 * nothing is written.
 */
export async function commitJob(ctx: JobContext, input: CommitJobInput): Promise<{ counts: OrgCounts }> {
  const parsed: ParsedWorkbook = deserialize(input.parsed);
  const stage = await openStage(ctx.db);
  try {
    const id = await instansiId(stage.db);
    const v = await validateImport(parsed, await dbState(stage.db), new Set(input.scopeUnitIds), async (done, total) => {
      ctx.checkCancelled();
      await ctx.progress('memeriksa', done, total);
    });
    if (v.errors.length > 0) {
      const issues = v.errors.slice(0, 20).map((e) => ({ path: `${LAYOUT[e.sheet].title} baris ${e.row}, ${e.column}`, message: e.message }));
      throw new AppFailure('SHEET_HAS_ERRORS', undefined, issues);
    }
    const total = v.data.pegawai.length;
    await ctx.progress('menyiapkan', 0, total);
    const write = (data: OrgData) => stage.db.transaction().execute((trx) => applyOrgData(trx, input.write, id, data));
    let counts = await write({ units: v.data.units, jabatan: v.data.jabatan, pegawai: [] });
    for (let i = 0; i < total; i += STAGE_CHUNK) {
      ctx.checkCancelled();
      counts = add(counts, await write({ units: [], jabatan: [], pegawai: v.data.pegawai.slice(i, i + STAGE_CHUNK) }));
      await ctx.progress('menyiapkan', Math.min(total, i + STAGE_CHUNK), total);
    }
    ctx.checkCancelled();
    // From here on the import is no longer cancellable: the swap is one short transaction.
    await ctx.progress('menyimpan', 0, 1);
    if (changedAnything(counts)) await stage.swap();
    return { counts };
  } finally {
    await stage.close();
  }
}
