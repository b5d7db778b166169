/**
 * The pattern every data migration test follows (Signal Desktop's rule): bring a fresh database to
 * the migration before the one under test, insert rows the way the old schema had them, migrate to
 * the one under test, then assert on what it did to those rows.
 *
 * @example
 * const { db, sqlite } = await migrateAcross({
 *   before: '0001-initial',
 *   target: '0002-something',
 *   seed: async (db) => { await sql`insert into instansi ...`.execute(db); },
 * });
 */
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { migrate } from '../../../electron/core/db/migrate.js';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index.js';
import type { Database } from '../../../electron/core/db/schema.js';

export type MigrationDb = { db: Kysely<Database>; sqlite: BetterSqlite3.Database; close: () => Promise<void> };

/** The registry's migration names in the order the migrator applies them. */
export function migrationNames(): string[] {
  return Object.keys(MIGRATIONS).sort();
}

/**
 * A database with the app's connection settings but NOT migrated (`openDatabase` always migrates
 * to the newest schema, which a migration test must avoid).
 */
export function openUnmigrated(file = ':memory:'): MigrationDb {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
  return { db, sqlite, close: () => db.destroy() };
}

/** The migration that runs just before `target`, or null when `target` is the first one. */
export function previousMigration(target: string): string | null {
  const names = migrationNames();
  const i = names.indexOf(target);
  if (i < 0) throw new Error(`Unknown migration ${target}; registry has ${names.join(', ')}`);
  return i === 0 ? null : (names[i - 1] ?? null);
}

/**
 * Migrates a fresh database to the migration before `target` (nothing for the first migration),
 * runs `seed` on it, then migrates to `target`. Returns the open database for assertions; the
 * caller closes it.
 */
export async function migrateAcross(opts: {
  target: string;
  seed?: (db: Kysely<Database>, sqlite: BetterSqlite3.Database) => Promise<void> | void;
  file?: string;
}): Promise<MigrationDb> {
  const handle = openUnmigrated(opts.file);
  const before = previousMigration(opts.target);
  if (before) await migrate(handle.db, before);
  await opts.seed?.(handle.db, handle.sqlite);
  await migrate(handle.db, opts.target);
  return handle;
}

/** Table names (without SQLite's and Kysely's own tables). */
export function userTables(sqlite: BetterSqlite3.Database): string[] {
  const rows = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name")
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

/** The whole schema as SQLite stores it, for "nothing changed" comparisons. */
export function schemaSnapshot(sqlite: BetterSqlite3.Database): string[] {
  const rows = sqlite.prepare('select type, name, sql from sqlite_master order by type, name').all() as { type: string; name: string; sql: string | null }[];
  return rows.map((r) => `${r.type}:${r.name}:${r.sql ?? ''}`);
}
