/**
 * Batch print figures on the 10k demo: print.batch_1000 (1,000 SKP into one combined PDF through
 * print/batch, i.e. in the worker, end to end with the download's base64) and print.peak_mb (peak
 * RSS of a child process that runs that same batch job on the same database file).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DB_FILE } from '../../electron/core/app.js';
import { resolveActor } from '../../electron/core/services/session-service.js';
import type { PrintBatchInput } from '../../electron/core/services/print/batch-job.js';
import { demoCore } from '../demo-core.js';
import { report } from '../report.js';

const BATCH = 1000;

export async function runBatch(): Promise<void> {
  const { core, token, dispose } = await demoCore(10_000);
  try {
    const db = core.context.db;
    const skpIds = (await db.selectFrom('skp').select('id').orderBy('id').limit(BATCH).execute()).map((r) => r.id);
    const t0 = performance.now();
    const r = await core.invoke('print/batch', { skpIds, mode: 'gabung' }, token);
    const ms = performance.now() - t0;
    if (!r.ok) throw new Error(`print/batch: ${r.error.code} ${r.error.message}`);
    report('print', 'batch_1000', ms, 'ms');

    const actor = await resolveActor(core.context, token);
    const input: PrintBatchInput = { user: actor.user, scopeUnitIds: [...actor.scopeUnitIds], skpIds, mode: 'gabung', now: new Date().toISOString(), folder: null };
    const inputFile = join(mkdtempSync(join(tmpdir(), 'meja-bench-batch-')), 'input.json');
    writeFileSync(inputFile, JSON.stringify(input));
    const child = fileURLToPath(new URL('../print-batch-child.ts', import.meta.url));
    const dbFile = join(core.context.dataDir, DB_FILE);
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, dbFile, inputFile], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const m = /PEAK ([\d.]+) (\d+) (\d+)/.exec(out);
    if (!m) throw new Error(`print batch child: ${out}`);
    report('print', 'peak_mb', Number(m[1]), 'MB');
    report('print', 'batch_1000_child', Number(m[2]), 'ms');
    report('print', 'batch_1000_pdf_mb', Number(m[3]) / 1024 / 1024, 'MB');
  } finally {
    await dispose();
  }
}
