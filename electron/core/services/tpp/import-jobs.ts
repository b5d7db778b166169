/**
 * The attendance import as two jobs (electron/core/jobs), like the org import: the preview reads
 * and checks the file and counts what would change; the commit checks the rows again against the
 * pegawai as they are now and writes all of them in one transaction, or none.
 */
import { deserialize, serialize } from 'node:v8';
import type { KehadiranCounts, KehadiranRowError } from '../../../../shared/entities-tpp.js';
import { AppFailure } from '../../../../shared/result.js';
import type { Db } from '../../db/connection.js';
import { kehadiranDalam, simpanKehadiran } from '../../db/repositories/kehadiran-repo.js';
import { listPegawai } from '../../db/repositories/pegawai-repo.js';
import type { JobContext } from '../../jobs/job-types.js';
import { readKehadiran, type RawKehadiran } from './read-kehadiran.js';
import { validateKehadiran, type PegawaiRef, type ValidKehadiran } from './validate-kehadiran.js';

async function byNip(db: Db): Promise<Map<string, PegawaiRef>> {
  return new Map((await listPegawai(db)).map((p) => [p.nip, { id: p.id, unitId: p.unitId }]));
}

async function check(ctx: JobContext, raw: readonly RawKehadiran[], scopeUnitIds: string[]): Promise<{ rows: ValidKehadiran[]; errors: KehadiranRowError[]; counts: KehadiranCounts }> {
  await ctx.progress('memeriksa', 0, raw.length);
  const v = validateKehadiran(raw, await byNip(ctx.db), new Set(scopeUnitIds));
  ctx.checkCancelled();
  await ctx.progress('menghitung perubahan', raw.length, raw.length);
  const counts: KehadiranCounts = { baris: raw.length, baru: 0, diganti: 0, sama: 0, pegawai: new Set(v.rows.map((r) => r.pegawaiId)).size };
  if (v.rows.length > 0) {
    const dates = v.rows.map((r) => r.tanggal).sort();
    const stored = await kehadiranDalam(ctx.db, [...new Set(v.rows.map((r) => r.pegawaiId))], dates[0] ?? '', dates[dates.length - 1] ?? '');
    const key = new Map<string, { masuk: number | null; pulang: number | null }>();
    for (const [pegawaiId, list] of stored) for (const k of list) key.set(`${pegawaiId}|${k.tanggal}`, k);
    for (const r of v.rows) {
      const old = key.get(`${r.pegawaiId}|${r.tanggal}`);
      if (!old) counts.baru += 1;
      else if (old.masuk === r.masuk && old.pulang === r.pulang) counts.sama += 1;
      else counts.diganti += 1;
    }
  }
  return { ...v, counts };
}

export type KehadiranPreviewInput = { fileName: string; bytes: Uint8Array; scopeUnitIds: string[] };
export type KehadiranPreviewOutput = { counts: KehadiranCounts; errors: KehadiranRowError[]; rentang: { mulai: string; selesai: string } | null; raw: Uint8Array };

/** Reads and checks a file; writes nothing. `raw`: the rows, v8-serialized, kept for the commit. */
export async function kehadiranPreviewJob(ctx: JobContext, input: KehadiranPreviewInput): Promise<KehadiranPreviewOutput> {
  await ctx.progress('membaca berkas', 0, 1);
  const buf = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const raw = await readKehadiran(input.fileName, buf);
  ctx.checkCancelled();
  const { rows, errors, counts } = await check(ctx, raw, input.scopeUnitIds);
  const dates = rows.map((r) => r.tanggal).sort();
  const rentang = dates.length > 0 ? { mulai: dates[0] ?? '', selesai: dates[dates.length - 1] ?? '' } : null;
  return { counts, errors, rentang, raw: new Uint8Array(serialize(raw)) };
}

export type KehadiranCommitInput = { fileName: string; raw: Uint8Array; scopeUnitIds: string[]; actorUserId: string; now: string };

/** Checks again and writes every row in one transaction; any error: nothing is written. */
export async function kehadiranCommitJob(ctx: JobContext, input: KehadiranCommitInput): Promise<{ counts: KehadiranCounts }> {
  const raw: RawKehadiran[] = deserialize(input.raw);
  const { rows, errors, counts } = await check(ctx, raw, input.scopeUnitIds);
  if (errors.length > 0) {
    const issues = errors.slice(0, 20).map((e) => ({ path: `baris ${e.row}, ${e.kolom}`, message: e.pesan }));
    throw new AppFailure('SHEET_HAS_ERRORS', undefined, issues);
  }
  if (rows.length === 0) throw new AppFailure('INVALID_SHEET', 'Berkas ini tidak memuat baris kehadiran.');
  ctx.checkCancelled();
  // From here on the import is no longer cancellable: the write is one transaction.
  await ctx.progress('menyimpan', 0, 1);
  await ctx.db.transaction().execute((trx) => simpanKehadiran(trx, rows, { sumber: input.fileName, now: input.now, actorUserId: input.actorUserId }));
  return { counts };
}
