import { performance } from 'node:perf_hooks';
import { demoCore } from '../demo-core.js';
import { percentile, report } from '../report.js';
import { runBatch } from './print-batch.js';
import { runPetaSize } from './print-peta-size.js';
import { runRekap } from './print-rekap.js';

/**
 * Printing through the core on the demo unit (~8 RHK per SKP): print/skp end to end (read the SKP
 * with everything the form shows, render, record the issued print), warm — the font is parsed
 * once per process, so only the first print pays for it (reported apart). Then the batch figures
 * on the 10k demo (print-batch.ts: print.batch_1000, print.peak_mb) and the size of a peta's
 * uploaded data (print-peta-size.ts: print.peta_top_data, print.peta_data_at_cap).
 */
export async function run(): Promise<void> {
  const { core, token, dispose } = await demoCore(300);
  try {
    const db = core.context.db;
    const ids = (await db.selectFrom('skp').select('id').orderBy('id').limit(200).execute()).map((r) => r.id);
    const print = async (id: string) => {
      const r = await core.invoke('print/skp', { id }, token);
      if (!r.ok) throw new Error(`print/skp: ${r.error.code} ${r.error.message}`);
    };
    const c0 = performance.now();
    await print(ids[0] ?? '');
    report('print', 'cold_first', performance.now() - c0, 'ms');
    for (const id of ids.slice(0, 30)) await print(id);
    const times: number[] = [];
    for (const id of ids) {
      const s = performance.now();
      await print(id);
      times.push(performance.now() - s);
    }
    report('print', 'single_p50', percentile(times, 50), 'ms');
    report('print', 'single_p99', percentile(times, 99), 'ms');
  } finally {
    await dispose();
  }
  await runBatch();
  await runRekap();
  await runPetaSize();
}
