import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/contract.js';
import type { Result } from '../../../shared/result.js';
import { createCore, DB_FILE, type Core } from '../../../electron/core/app.js';
import { copyName, KEEP_COPIES, listCopies, parseCopyName, takeCopy } from '../../../electron/core/db/backups.js';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index.js';
import { ADMIN_NIP, ADMIN_PASSWORD, expectFail, fakeClock, SETUP_ARGS, unwrap } from '../helpers.js';

/** A typed call without a session (the core answers `Result<unknown>`; the contract names the type). */
const call = <C extends Channel>(c: Core, channel: C, payload: ArgsOf<C>) => c.invoke(channel, payload, null) as Promise<Result<ResultOf<C>>>;

const dirs: string[] = [];
const cores: Core[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'meja-restore-'));
  dirs.push(d);
  return d;
}

async function core(...args: Parameters<typeof createCore>): Promise<Core> {
  const c = await createCore(...args);
  cores.push(c);
  return c;
}

/** A test-only migration that fails the first `times` runs (after writing, so the rollback shows). */
function failing(times: number): Migration {
  let runs = 0;
  return {
    up: async (db) => {
      runs += 1;
      await sql`create table probe_fail (x integer)`.execute(db);
      if (runs <= times) throw new Error('gagal disengaja');
    },
  };
}

const FAILING = '9001-test-fails';

/** A desk set up with the app's migrations, closed. */
async function setUpDesk(dataDir: string, clock = fakeClock()): Promise<void> {
  const c = await createCore({ dataDir, clock: clock.now });
  unwrap(await call(c, 'setup/init', SETUP_ARGS));
  await c.close();
}

function sqliteTables(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('pre-migration copies', () => {
  it('are named by local date and time and labelled in Indonesian', () => {
    expect(parseCopyName('pre-migration-20261126-140500.sqlite')).toEqual({ id: 'pre-migration-20261126-140500.sqlite', takenAt: '2026-11-26T14:05:00', label: '26 November 2026 14.05' });
    expect(parseCopyName('pre-migration-20260102-090000-1.sqlite')?.label).toBe('2 Januari 2026 09.00');
    for (const name of ['meja-kinerja.sqlite', 'pre-migration-20261326-140500.sqlite', '../pre-migration-20261126-140500.sqlite']) expect(parseCopyName(name)).toBeNull();
    const at = new Date(2026, 10, 26, 14, 5, 9);
    expect(copyName(at)).toBe('pre-migration-20261126-140509.sqlite');
  });

  it(`keeps the newest ${KEEP_COPIES}`, async () => {
    const dir = tempDir();
    const sqlite = new BetterSqlite3(join(dir, 'x.sqlite'));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    await sql`create table t (x integer)`.execute(db);
    const taken: string[] = [];
    for (let i = 0; i < 5; i += 1) taken.push(await takeCopy(db, join(dir, 'backups'), new Date(2026, 0, 1 + i, 8, 0, 0)));
    // Two in the same second do not overwrite each other.
    taken.push(await takeCopy(db, join(dir, 'backups'), new Date(2026, 0, 5, 8, 0, 0)));
    await db.destroy();
    expect(listCopies(join(dir, 'backups')).map((c) => c.id)).toEqual([taken[5], taken[4], taken[3]]);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(KEEP_COPIES);
  });

  it('are taken before the first pending migration of an existing database only', async () => {
    const dataDir = tempDir();
    await setUpDesk(dataDir);
    // A brand-new database has nothing worth copying.
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
    const c = await core({ dataDir, migrations: { ...MIGRATIONS, '9002-test-ok': { up: async (db) => void (await sql`create table probe_ok (x integer)`.execute(db)) } } });
    unwrap(await call(c, 'app/info', {}));
    const copies = unwrap(await call(c, 'recovery/status', {}));
    expect(copies.failed).toBe(false);
    expect(copies.copies).toHaveLength(1);
    const copyFile = join(dataDir, 'backups', copies.copies[0]?.id ?? '');
    // The copy is the database before the migration.
    expect(sqliteTables(copyFile)).not.toContain('probe_ok');
    expect(sqliteTables(copyFile)).toContain('pegawai');
  });
});

describe('a migration that fails at start', () => {
  it('leaves the database as it was, the core answers only the recovery screen, and restoring a copy opens the desk', async () => {
    const dataDir = tempDir();
    const clock = fakeClock('2026-11-26T07:05:00.000Z');
    await setUpDesk(dataDir, clock);
    const migrations = { ...MIGRATIONS, [FAILING]: failing(1) };
    const c = await core({ dataDir, clock: clock.now, migrations });

    const refused = expectFail(await call(c, 'app/info', {}), 'MIGRATION_FAILED');
    expect(refused.message).toContain(FAILING);
    expectFail(await call(c, 'auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }), 'MIGRATION_FAILED');
    const status = unwrap(await call(c, 'recovery/status', {}));
    expect(status.failed).toBe(true);
    expect(status.reason).toMatch(/^Pembaruan basis data \(9001-test-fails\) gagal/);
    expect(status.copies).toHaveLength(1);
    const copy = status.copies[0];
    if (!copy) throw new Error('no copy');
    expect(copy.label).toBe(parseCopyName(copyName(clock.now()))?.label);
    expect(copy.label).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} \d{2}\.\d{2}$/);
    // The failed migration was rolled back.
    const file = join(dataDir, DB_FILE);
    expect(sqliteTables(file)).not.toContain('probe_fail');

    // Something happened to the file after the copy (the case a restore is for).
    const raw = new BetterSqlite3(file);
    raw.exec('create table tanda_rusak (x integer)');
    raw.close();

    expectFail(await call(c, 'recovery/restore', { id: '../meja-kinerja.sqlite' }), 'NOT_FOUND');
    expectFail(await c.invoke('recovery/restore', { id: 'x', extra: 1 }, null), 'VALIDATION');
    const after = unwrap(await call(c, 'recovery/restore', { id: copy.id }));
    expect(after.failed).toBe(false);
    expect(sqliteTables(file)).not.toContain('tanda_rusak');
    expect(sqliteTables(file)).toContain('probe_fail');
    // The replaced file is kept, not deleted.
    expect(readdirSync(join(dataDir, 'backups')).some((f) => f.startsWith('before-restore-'))).toBe(true);

    expect(unwrap(await call(c, 'app/info', {})).isSetUp).toBe(true);
    unwrap(await call(c, 'auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }));
    // Restoring is for a failed start only.
    expectFail(await call(c, 'recovery/restore', { id: copy.id }), 'FORBIDDEN');
  }, 60_000);

  it('says so again when the restored copy still does not migrate', async () => {
    const dataDir = tempDir();
    await setUpDesk(dataDir);
    const c = await core({ dataDir, migrations: { ...MIGRATIONS, [FAILING]: failing(2) } });
    const copy = unwrap(await call(c, 'recovery/status', {})).copies[0];
    const after = unwrap(await call(c, 'recovery/restore', { id: copy?.id ?? '' }));
    expect(after.failed).toBe(true);
    expect(after.copies.length).toBeGreaterThanOrEqual(1);
    expectFail(await call(c, 'app/info', {}), 'MIGRATION_FAILED');
  }, 60_000);
});
