/**
 * The floor of a core call: the SQL it runs, replayed on a second better-sqlite3 connection to
 * the same file with each statement prepared once and JSON columns parsed — what the call would
 * cost with no validation, session, mapping or Kysely in between. `captureSql` records the
 * statements one call makes (by patching better-sqlite3's Statement for the length of that call);
 * `sqlFloor` replays them.
 */
import BetterSqlite3 from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { percentile } from './report.js';

type Method = 'all' | 'get' | 'run' | 'iterate';
export type CapturedSql = { sql: string; params: unknown[]; method: Method; reader: boolean };

const METHODS: readonly Method[] = ['all', 'get', 'run', 'iterate'];

/** Runs `fn` and answers the statements it executed, in order. */
export async function captureSql(fn: () => Promise<unknown>): Promise<CapturedSql[]> {
  const probe = new BetterSqlite3(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<Method, (...args: unknown[]) => unknown>;
  probe.close();
  const original = new Map(METHODS.map((m) => [m, proto[m]]));
  const seen: CapturedSql[] = [];
  for (const m of METHODS) {
    const orig = original.get(m);
    if (!orig) continue;
    proto[m] = function (this: BetterSqlite3.Statement, ...args: unknown[]) {
      seen.push({ sql: this.source, params: args, method: m, reader: this.reader });
      return orig.apply(this, args);
    };
  }
  try {
    await fn();
  } finally {
    for (const m of METHODS) {
      const orig = original.get(m);
      if (orig) proto[m] = orig;
    }
  }
  return seen;
}

function parseJsonColumns(row: unknown): void {
  if (typeof row !== 'object' || row === null) return;
  const r = row as Record<string, unknown>;
  for (const k in r) {
    const v = r[k];
    if (typeof v === 'string' && (v.startsWith('{') || v.startsWith('[')) && v.length > 1) {
      try {
        r[k] = JSON.parse(v);
      } catch {
        // not JSON after all: a text column that starts with a bracket
      }
    }
  }
}

/**
 * A replayer of the captured reads on its own read-only connection to `file`; `run()` executes
 * them once and answers the milliseconds taken. Writes are left out (the floor of a read).
 */
export function sqlFloor(file: string, captured: readonly CapturedSql[]): { run: () => number; close: () => void; statements: number } {
  const db = new BetterSqlite3(file, { readonly: true });
  const prepared = captured.filter((c) => c.reader).map((c) => ({ stmt: db.prepare(c.sql), params: c.params }));
  return {
    statements: prepared.length,
    run: () => {
      const t0 = performance.now();
      for (const p of prepared) for (const row of p.stmt.all(...p.params)) parseJsonColumns(row);
      return performance.now() - t0;
    },
    close: () => db.close(),
  };
}

/**
 * p50 of the core call ÷ p50 of its floor, sampled alternately (`rounds` each after a warm-up)
 * so load on the machine weighs on both alike.
 */
export async function floorRatio(
  file: string,
  call: () => Promise<unknown>,
  rounds = 200,
): Promise<{ ratio: number; coreP50: number; floorP50: number; statements: number }> {
  for (let i = 0; i < 10; i += 1) await call();
  const floor = sqlFloor(file, await captureSql(call));
  try {
    for (let i = 0; i < 10; i += 1) floor.run();
    const core: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < rounds; i += 1) {
      const t0 = performance.now();
      await call();
      core.push(performance.now() - t0);
      raw.push(floor.run());
    }
    const coreP50 = percentile(core, 50);
    const floorP50 = percentile(raw, 50);
    return { ratio: coreP50 / floorP50, coreP50, floorP50, statements: floor.statements };
  } finally {
    floor.close();
  }
}
