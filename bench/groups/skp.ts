import { performance } from 'node:perf_hooks';
import type { ArgsOf, Channel, ResultOf } from '../../shared/contract.js';
import { DEMO_PASSWORD } from '../../electron/core/services/setup-service.js';
import { demoCore } from '../demo-core.js';
import { percentile, report } from '../report.js';
import { floorRatio } from '../sql-floor.js';

const PEGAWAI = 10_000;

/**
 * SKP screens on the 10,000-pegawai demo unit (~8 RHK per SKP): opening an SKP with everything its
 * screen shows (skp/get), the atasan RHK picker with a query, the whole unit's readiness board, and
 * the peta cascading: the head's first view (default depth), its summary line and opening sampled nodes.
 * Also the demo load itself, which now writes the SKP and RHK.
 */
export async function run(): Promise<void> {
  const t0 = performance.now();
  const { core, token, file, dispose } = await demoCore(PEGAWAI);
  report('skp', 'demo_load_10k', performance.now() - t0, 'ms');
  const invoke = async <C extends Channel>(channel: C, payload: ArgsOf<C>, tok: string | null = token): Promise<ResultOf<C>> => {
    const r = await core.invoke(channel, payload, tok);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.value as ResultOf<C>;
  };
  try {
    const db = core.context.db;
    const tahun = Number((await db.selectFrom('skp').select('tahun').limit(1).executeTakeFirstOrThrow()).tahun);
    const ids = (await db.selectFrom('skp').select('id').orderBy('id').execute()).map((r) => r.id);
    const sample = Array.from({ length: 300 }, (_, i) => ids[Math.floor((i * ids.length) / 300)] ?? '');

    for (const id of sample.slice(0, 20)) await invoke('skp/get', { id });
    const open: number[] = [];
    const openCpu0 = process.cpuUsage();
    for (const id of sample) {
      const s = performance.now();
      await invoke('skp/get', { id });
      open.push(performance.now() - s);
    }
    const openCpu = process.cpuUsage(openCpu0);
    report('skp', 'open_p50', percentile(open, 50), 'ms');
    report('skp', 'open_p99', percentile(open, 99), 'ms');
    report('skp', 'open_cpu_mean', (openCpu.user + openCpu.system) / 1000 / sample.length, 'ms');
    // The floor: one SKP's skp/get, its SQL replayed on a second connection.
    const f = await floorRatio(file, () => invoke('skp/get', { id: sample[0] ?? '' }));
    report('skp', 'open_floor_p50', f.floorP50, 'ms');
    report('skp', 'open_floor_ratio', f.ratio, 'x');

    const words = ['', 'laporan', 'pembinaan', 'data', 'sekolah', 'mutu', 'koordinasi'];
    for (const id of sample.slice(0, 20)) await invoke('skp/atasanRhkOptions', { skpId: id, query: 'lap', limit: 50 });
    const picker: number[] = [];
    for (const [i, id] of sample.entries()) {
      const s = performance.now();
      await invoke('skp/atasanRhkOptions', { skpId: id, query: words[i % words.length] ?? '', limit: 50 });
      picker.push(performance.now() - s);
    }
    report('skp', 'picker_p50', percentile(picker, 50), 'ms');
    report('skp', 'picker_p99', percentile(picker, 99), 'ms');

    await invoke('skp/readiness', { tahun });
    const board: number[] = [];
    const boardCpu: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const c = process.cpuUsage();
      const s = performance.now();
      await invoke('skp/readiness', { tahun });
      board.push(performance.now() - s);
      const used = process.cpuUsage(c);
      boardCpu.push((used.user + used.system) / 1000);
    }
    report('skp', 'readiness', percentile(board, 50), 'ms');
    // CPU time of this process: steadier than wall time on a shared or busy machine.
    report('skp', 'readiness_cpu', percentile(boardCpu, 50), 'ms');

    // The head of the unit sees the same board through the jabatan tree (a pegawai account).
    const head = await db
      .selectFrom('jabatan as j')
      .innerJoin('pegawai as p', 'p.jabatanId', 'j.id')
      .select('p.nip')
      .where('j.atasanJabatanId', 'is', null)
      .executeTakeFirstOrThrow();
    const headToken = (await invoke('auth/signIn', { nip: head.nip, password: DEMO_PASSWORD }, null)).token;
    // The peta's first view: the head of the unit and the default depth.
    const first: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const s = performance.now();
      await invoke('skp/peta', { tahun }, headToken);
      first.push(performance.now() - s);
    }
    report('skp', 'peta_cold', first[0] ?? 0, 'ms');
    report('skp', 'peta', percentile(first.slice(1), 50), 'ms');
    // The summary line, asked for on its own: counts over every SKP and RHK of the unit.
    await invoke('skp/peta', { tahun, depth: 0, totals: true }, headToken);
    const s0 = performance.now();
    await invoke('skp/peta', { tahun, depth: 0, totals: true }, headToken);
    report('skp', 'peta_totals', performance.now() - s0, 'ms');
    // Opening a node: its subtree at the default depth, for nodes sampled over every level.
    const atasan = (await db.selectFrom('jabatan').select('atasanJabatanId').distinct().where('atasanJabatanId', 'is not', null).orderBy('atasanJabatanId').execute())
      .map((r) => r.atasanJabatanId ?? '');
    const nodes = Array.from({ length: Math.min(200, atasan.length) }, (_, i) => atasan[Math.floor((i * atasan.length) / Math.min(200, atasan.length))] ?? '');
    const expand: number[] = [];
    for (const rootJabatanId of nodes) {
      const s = performance.now();
      await invoke('skp/peta', { tahun, rootJabatanId }, headToken);
      expand.push(performance.now() - s);
    }
    report('skp', 'peta_expand_p50', percentile(expand, 50), 'ms');
    report('skp', 'peta_expand_p99', percentile(expand, 99), 'ms');
  } finally {
    await dispose();
  }
}
