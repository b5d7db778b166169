import { performance } from 'node:perf_hooks';
import { demoCore } from '../demo-core.js';
import { report } from '../report.js';

/**
 * rekap/export end to end through the core on the 10k demo (read the unit's pegawai, SKP and
 * evaluations, build and write the workbook, base64): the predikat rekap has one row per pegawai,
 * so its sheet is the 10,000-row workbook of print.rekap_10k (target < 3,000 ms).
 */
export async function runRekap(): Promise<void> {
  const { core, token, dispose } = await demoCore(10_000);
  try {
    const db = core.context.db;
    const root = await db.selectFrom('unitKerja').select('id').where('parentId', 'is', null).executeTakeFirstOrThrow();
    const tahun = (await db.selectFrom('skp').select('tahun').limit(1).executeTakeFirst())?.tahun ?? new Date().getFullYear();
    const once = async (jenis: 'predikat' | 'status_skp') => {
      const s = performance.now();
      const r = await core.invoke('rekap/export', { jenis, unitId: root.id, tahun, periode: 'TAHUNAN' }, token);
      if (!r.ok) throw new Error(`rekap/export: ${r.error.code} ${r.error.message}`);
      return performance.now() - s;
    };
    await once('predikat'); // warm: exceljs and the queries' first compile
    report('print', 'rekap_10k', await once('predikat'), 'ms');
    report('print', 'rekap_status_10k', await once('status_skp'), 'ms');
  } finally {
    await dispose();
  }
}
