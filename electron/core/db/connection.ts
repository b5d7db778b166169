import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import type { Migration } from 'kysely/migration';
import { migrate } from './migrate.js';
import { takeCopy } from './backups.js';
import { withStatementCache } from './statement-cache.js';

export type Db = Kysely<Database>;

export type OpenOptions = {
  /** A file path, or ':memory:' for tests. */
  file: string;
  /** Path to a better_sqlite3.node built for Electron's ABI (set by the launcher). */
  nativeBinding?: string;
  /** Test-only: the migration registry to run instead of the app's. */
  migrations?: Record<string, Migration>;
  /** Where to copy a file database (`VACUUM INTO`) before its first pending migration; none when unset. */
  backupDir?: string;
  /** The clock that dates the copy. */
  now?: () => Date;
  /** False: the schema is known current (a job worker opening the file the core already migrated). */
  migrate?: boolean;
};

/**
 * Opens the local database with the settings that keep data safe on a power cut (WAL with
 * synchronous FULL: a commit that returned is on disk, as "nothing typed is lost" demands; NORMAL
 * could lose the last commits on power loss) and enforce integrity (foreign keys), then migrates it.
 *
 * @example
 * const { db, close } = await openDatabase({ file: ':memory:' });
 */
export async function openDatabase(opts: OpenOptions): Promise<{ db: Db; sqlite: BetterSqlite3.Database; close: () => Promise<void> }> {
  const nativeBinding = opts.nativeBinding ?? process.env.MEJA_SQLITE_BINDING;
  const sqlite = new BetterSqlite3(opts.file, nativeBinding ? { nativeBinding } : {});
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [new CamelCasePlugin()],
  });
  const { backupDir } = opts;
  try {
    // A job worker opens the file the core already migrated (`migrate: false`).
    if (opts.migrate !== false) {
      await migrate(db, undefined, {
        migrations: opts.migrations,
        beforePending: backupDir ? async () => void (await takeCopy(db, backupDir, (opts.now ?? (() => new Date()))())) : undefined,
      });
    }
  } catch (e) {
    // A failed start holds no connection: the recovery screen may replace the file.
    await db.destroy();
    throw e;
  }
  return {
    db,
    sqlite,
    close: async () => {
      await db.destroy();
    },
  };
}
