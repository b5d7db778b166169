/**
 * The sync property: whatever people do on their desks (org, accounts, SKP through the whole
 * workflow, transfers across units, forged commands) and whatever the network and the desks do
 * (lost requests, lost answers after the server committed, duplicates, late out-of-order copies,
 * crashes between a local commit and its push, a process killed mid-write, partitions), once the
 * network heals and everyone syncs the invariants of invariants.ts hold, on every backend.
 *
 * Runs are seeded (run.ts, steps.ts): a failure prints its seed, and MEJA_PROPERTY_SEED=<seed>
 * replays exactly that run (MEJA_PROPERTY_BACKEND picks the backend). In CI each backend gets MEJA_PROPERTY_RUNS runs (default 8) within
 * MEJA_PROPERTY_SECONDS (default 240). `npm run fuzz` sets MEJA_FUZZ_MINUTES: runs go on for that
 * long (split between the backends), failures are counted rather than stopping the loop.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../server/harness.js';
import { newFigures, type Figures } from './figures.js';
import { startServer, type LoopbackServer } from './loopback.js';
import { oneRun } from './run.js';
import { stepsOf } from './steps.js';

const REPLAY = process.env.MEJA_PROPERTY_SEED ? Number(process.env.MEJA_PROPERTY_SEED) : null;
const FUZZ_MINUTES = process.env.MEJA_FUZZ_MINUTES ? Number(process.env.MEJA_FUZZ_MINUTES) : null;
/** MEJA_PROPERTY_BACKEND=postgres (or pglite) replays a seed on that backend only. */
const BACKENDS = backends().filter((b) => !process.env.MEJA_PROPERTY_BACKEND || b.name === process.env.MEJA_PROPERTY_BACKEND);
const RUNS = REPLAY !== null ? 1 : FUZZ_MINUTES !== null ? Number.MAX_SAFE_INTEGER : Number(process.env.MEJA_PROPERTY_RUNS ?? 8);
const BUDGET_MS = FUZZ_MINUTES !== null ? (FUZZ_MINUTES * 60_000) / BACKENDS.length : Number(process.env.MEJA_PROPERTY_SECONDS ?? 240) * 1000;
/** A run that started inside the budget may take this long to finish. */
const RUN_SLACK_MS = 180_000;

const total = newFigures();

// scripts/fuzz.ts reads the totals from here and prints the BENCH lines.
afterAll(() => {
  if (process.env.MEJA_FUZZ_REPORT) writeFileSync(process.env.MEJA_FUZZ_REPORT, JSON.stringify(total));
});

for (const backend of BACKENDS) {
  describe(`sync property on ${backend.name}: desks converge with the server whatever happens`, () => {
    let server: LoopbackServer;
    const figures = newFigures();
    beforeAll(async () => {
      server = await startServer(backend);
    });
    afterAll(async () => {
      await server.close();
      console.log(`[sync-property ${backend.name}] ${JSON.stringify(figures)}`);
      for (const k of Object.keys(total) as (keyof Figures)[]) total[k] += figures[k];
    });

    it(
      'converges, applies each accepted command once, keeps every refusal visible and refuses forgeries',
      async () => {
        const start = Date.now();
        const base = REPLAY ?? 1 + Math.floor(Math.random() * 1_000_000_000);
        const failed: string[] = [];
        for (let k = 0; k < RUNS && Date.now() - start < BUDGET_MS; k++) {
          const seed = base + k;
          try {
            await oneRun(server, seed, stepsOf(seed), figures);
          } catch (e) {
            figures.failures += 1;
            const message = `seed ${seed} failed on ${backend.name} (replay: MEJA_PROPERTY_SEED=${seed}): ${e instanceof Error ? e.message : String(e)}`;
            console.error(message);
            failed.push(message);
            if (FUZZ_MINUTES === null) break;
          }
        }
        expect(failed).toEqual([]);
        // A budget so small that nothing ran proves nothing.
        expect(figures.runs + figures.failures).toBeGreaterThan(0);
      },
      BUDGET_MS + RUN_SLACK_MS,
    );
  });
}
