import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, DB_FILE, type Core } from '../electron/core/app.js';

/**
 * A core on a temporary on-disk database (the real stack: better-sqlite3, WAL, all migrations),
 * loaded with the demo generator's unit of `pegawaiCount` people and signed in as its operator.
 * `file` is the database file, for a second connection (bench/sql-floor.ts).
 */
export async function demoCore(pegawaiCount: number): Promise<{ core: Core; token: string; file: string; dispose: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'meja-bench-'));
  const core = await createCore({ dataDir: dir });
  const r = await core.invoke('setup/loadDemo', { pegawaiCount }, null);
  if (!r.ok) throw new Error(`demo gagal: ${r.error.message}`);
  const value = r.value;
  const token = typeof value === 'object' && value !== null && 'token' in value && typeof value.token === 'string' ? value.token : '';
  return {
    core,
    token,
    /** The database file, for a second connection (the SQL floor). */
    file: join(dir, DB_FILE),
    dispose: async () => {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
