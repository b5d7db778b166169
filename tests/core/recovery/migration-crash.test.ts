import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/contract.js';
import type { Result } from '../../../shared/result.js';
import { createCore, DB_FILE, type Core } from '../../../electron/core/app.js';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index.js';
import { ADMIN_NIP, ADMIN_PASSWORD, SETUP_ARGS, unwrap } from '../helpers.js';
import { crashProbe, MIDWAY, PROBE_NAME } from './crash-probe.js';

/** A typed call without a session (the core answers `Result<unknown>`; the contract names the type). */
const call = <C extends Channel>(c: Core, channel: C, payload: ArgsOf<C>) => c.invoke(channel, payload, null) as Promise<Result<ResultOf<C>>>;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Runs the child until it reports being inside the probe migration, then SIGKILLs it. */
function runChildAndKillMidway(dataDir: string): Promise<{ signal: NodeJS.Signals | null; sawMidway: boolean }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-child.ts'), dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let sawMidway = false;
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child never reached the migration midway: ${stderr.slice(0, 2000)}`));
    }, 45_000);
    child.stdout.on('data', (b: Buffer) => {
      if (b.toString().includes(MIDWAY) && !sawMidway) {
        sawMidway = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ signal, sawMidway });
    });
  });
}

function columnsOf(file: string, table: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare(`select name from pragma_table_info('${table}')`).all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('a desk killed in the middle of a migration', () => {
  it('opens on the next start as before the migration, and the migration then runs whole', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'meja-crash-'));
    dirs.push(dataDir);
    const first = await createCore({ dataDir });
    unwrap(await call(first, 'setup/init', SETUP_ARGS));
    await first.close();

    const { signal, sawMidway } = await runChildAndKillMidway(dataDir);
    expect(sawMidway).toBe(true);
    expect(signal).toBe('SIGKILL');
    // Nothing of the killed migration stayed (without a transaction the column would).
    expect(columnsOf(join(dataDir, DB_FILE), 'pegawai')).not.toContain('crash_probe');
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.startsWith('pre-migration-'))).toHaveLength(1);

    // The next start (the app's own migrations) opens and signs in.
    const next = await createCore({ dataDir });
    expect(unwrap(await call(next, 'app/info', {})).isSetUp).toBe(true);
    unwrap(await call(next, 'auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }));
    await next.close();

    // And the same migration, run again, applies whole.
    const again = await createCore({ dataDir, migrations: { ...MIGRATIONS, [PROBE_NAME]: crashProbe('finish') } });
    unwrap(await call(again, 'auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }));
    await again.close();
    expect(columnsOf(join(dataDir, DB_FILE), 'pegawai')).toContain('crash_probe');
  }, 90_000);
});
