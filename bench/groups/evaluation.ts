import { performance } from 'node:perf_hooks';
import type { PeriodeKey } from '../../shared/domain/evaluasi/types.js';
import { BULAN_KEYS } from '../../shared/domain/evaluasi/periode-evaluasi.js';
import { DEMO_PASSWORD } from '../../electron/core/services/setup-service.js';
import { demoCore } from '../demo-core.js';
import { setUpEvaluationSubject } from '../evaluation-setup.js';
import { percentile, report } from '../report.js';
import { floorRatio } from '../sql-floor.js';

/**
 * The evaluation screens on the 10,000-pegawai demo unit (a year of realisasi and ratings):
 * the predikat spread of the whole unit for a quarter (kurva/get over every sub-unit: 10,000
 * pegawai; the demo evaluates quarterly), then — with the setting switched to monthly — opening
 * the appraisal session (evaluasi/session through the core: validation, session, SQL, mapping) for
 * a pegawai with 10 RHK and 12 months of realisasi, signed in as the penilai, and its floor (the
 * same SQL on a second connection, bench/sql-floor.ts).
 */
export async function run(): Promise<void> {
  const { core, token, file, dispose } = await demoCore(10_000);
  try {
    const db = core.context.db;
    const tahun = Number((await db.selectFrom('skp').select('tahun').limit(1).executeTakeFirstOrThrow()).tahun);
    const root = await db.selectFrom('unitKerja').select('id').where('parentId', 'is', null).executeTakeFirstOrThrow();
    const kurva = async () => {
      const r = await core.invoke('kurva/get', { unitId: root.id, tahun, periode: 'TW2', subUnit: true }, token);
      if (!r.ok) throw new Error(`kurva/get: ${r.error.message}`);
      return r.value;
    };
    const k = await kurva();
    const spread: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const s = performance.now();
      await kurva();
      spread.push(performance.now() - s);
    }
    report('evaluation', 'distribution', percentile(spread, 50), 'ms');
    report('evaluation', 'distribution_rated', (k as { dinilai: number }).dinilai, 'pegawai');

    const subject = await setUpEvaluationSubject(core, token);
    const signIn = await core.invoke('auth/signIn', { nip: subject.penilaiNip, password: DEMO_PASSWORD }, null);
    if (!signIn.ok) throw new Error(signIn.error.message);
    const penilaiToken = (signIn.value as { token: string }).token;
    const open = async (periode: PeriodeKey) => {
      const r = await core.invoke('evaluasi/session', { skpId: subject.skpId, periode }, penilaiToken);
      if (!r.ok) throw new Error(`evaluasi/session: ${r.error.code} ${r.error.message}`);
      return r.value;
    };
    const keys: PeriodeKey[] = [...BULAN_KEYS, 'TAHUNAN'];
    for (const key of keys) await open(key);
    const samples: number[] = [];
    for (let i = 0; i < 390; i += 1) {
      const s = performance.now();
      await open(keys[i % keys.length] ?? 'TAHUNAN');
      samples.push(performance.now() - s);
    }
    report('evaluation', 'open_p50', percentile(samples, 50), 'ms');
    report('evaluation', 'open_p99', percentile(samples, 99), 'ms');
    // The floor on the annual session: it reads all 12 months and their ratings.
    const f = await floorRatio(file, () => open('TAHUNAN'));
    report('evaluation', 'open_floor_p50', f.floorP50, 'ms');
    report('evaluation', 'open_floor_statements', f.statements, 'statements');
    report('evaluation', 'open_floor_ratio', f.ratio, 'x');
  } finally {
    await dispose();
  }
}
