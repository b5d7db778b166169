/**
 * `npm run fuzz`: the sync property test (tests/sync/property.test.ts) for MEJA_FUZZ_MINUTES
 * (default 10, split between the backends: PGlite, and PostgreSQL when DATABASE_URL_TEST is set),
 * counting failures instead of stopping at the first. Prints
 *   BENCH fuzz.steps <n> steps
 *   BENCH fuzz.failures <n> count
 * and each failing seed (replay one with MEJA_PROPERTY_SEED=<seed>). Exits non-zero on a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const minutes = Number(process.env.MEJA_FUZZ_MINUTES ?? 10);
if (!Number.isFinite(minutes) || minutes <= 0) throw new Error('MEJA_FUZZ_MINUTES must be a positive number');
const dir = mkdtempSync(join(tmpdir(), 'meja-fuzz-'));
const report = join(dir, 'figures.json');
const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/sync/property.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, MEJA_FUZZ_MINUTES: String(minutes), MEJA_FUZZ_REPORT: report },
});
let figures: { steps?: number; failures?: number } = {};
try {
  figures = JSON.parse(readFileSync(report, 'utf8')) as typeof figures;
} catch {
  // No report: vitest failed before the runs ended (counted as one failure below).
}
rmSync(dir, { recursive: true, force: true });
console.log(`BENCH fuzz.steps ${figures.steps ?? 0} steps`);
console.log(`BENCH fuzz.failures ${figures.failures ?? 1} count`);
process.exit(vitest.status ?? 1);
