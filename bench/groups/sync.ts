/**
 * Desk sync against the central server on PostgreSQL (seeded with the 10,000-pegawai demo unit):
 * - sync.initial_10k: a new, empty desk joins (enrolment + full snapshot pull + apply), in ms.
 * - sync.incremental_100: 100 pegawai edits made on one desk until they are on another desk
 *   (local saves, push, the other desk's pull and apply), in ms.
 * - sync.signed_push_100: 100 signed commands pushed and verified (median ms, see bench/signed-push.ts).
 * - sync.signed_push_ratio: that ÷ the same push unsigned, with verification off, in the same run
 *   (median of paired rounds).
 * Desks are real cores on on-disk SQLite; their background timers are off so the figures time
 * only what is asked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '../../electron/core/app.js';
import type { ArgsOf, Channel, ResultOf } from '../../shared/contract.js';
import { report } from '../report.js';
import { PASSWORD, withBenchServer } from '../central-server.js';
import { signedPushFigures } from '../signed-push.js';

type Desk = { core: Core; call: <C extends Channel>(c: C, a: ArgsOf<C>) => Promise<ResultOf<C>>; token: string | null; dispose: () => Promise<void> };

async function desk(): Promise<Desk> {
  const dir = mkdtempSync(join(tmpdir(), 'meja-bench-desk-'));
  const core = await createCore({ dataDir: dir, sync: { autoStart: false } });
  const d: Desk = {
    core,
    token: null,
    call: async (c, a) => {
      const r = await core.invoke(c, a, d.token);
      if (!r.ok) throw new Error(`${c}: ${r.error.message}`);
      // The contract fixes each channel's value type.
      return r.value as ResultOf<typeof c>;
    },
    dispose: async () => {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return d;
}

export async function run(): Promise<void> {
  const sig = await signedPushFigures();
  report('sync', 'signed_push_100', Math.round(sig.signedMs), 'ms');
  report('sync', 'signed_push_ratio', Number(sig.ratio.toFixed(2)), 'x');
  await withBenchServer(async ({ base, seeded }) => {
    const join = { serverUrl: base, nip: seeded.adminNip, password: PASSWORD };
    const b = await desk();
    const c = await desk();
    try {
      let t0 = performance.now();
      const joined = await b.call('sync/connect', { ...join, deviceName: 'Bench B' });
      const initial = performance.now() - t0;
      if (joined.lastError || joined.received < 10_000) throw new Error(`sinkron awal gagal: ${JSON.stringify(joined)}`);
      report('sync', 'initial_10k', Math.round(initial), 'ms');

      await c.call('sync/connect', { ...join, deviceName: 'Bench C' });
      for (const d of [b, c]) d.token = (await d.call('auth/signIn', { nip: seeded.adminNip, password: PASSWORD })).token;
      const page = await b.call('pegawai/search', { query: '', offset: 0, limit: 100 });

      t0 = performance.now();
      for (const row of page.rows) {
        const p = (await b.call('pegawai/get', { id: row.id })).pegawai;
        await b.call('pegawai/save', { ...p, nama: `${p.nama.slice(0, 100)} (bench)` });
      }
      const pushed = await b.call('sync/now', {});
      await c.call('sync/now', {});
      const incremental = performance.now() - t0;
      const arrived = await c.call('pegawai/search', { query: '(bench)', offset: 0, limit: 500 });
      if (pushed.pending !== 0 || arrived.total !== page.rows.length) throw new Error(`hanya ${arrived.total} dari ${page.rows.length} perubahan tiba`);
      report('sync', 'incremental_100', Math.round(incremental), 'ms');
    } finally {
      await b.dispose();
      await c.dispose();
    }
  });
}
