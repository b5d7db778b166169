import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { MIGRATIONS } from './migrations/index.js';

/** A migration failed (it was rolled back): the app must not run on this database as it is. */
export class MigrationFailure extends Error {
  constructor(
    readonly migrationName: string,
    cause: unknown,
  ) {
    super(`Migrasi basis data gagal (${migrationName}): ${String(cause)}`, { cause });
    this.name = 'MigrationFailure';
  }
}

export type MigrateOptions = {
  /** The registry to run (default: the app's). Tests inject extra migrations here, never in the registry. */
  migrations?: Record<string, Migration>;
  /**
   * Runs once before the first pending migration when the database already has migrations applied
   * (a brand-new database has nothing worth copying): the pre-migration copy.
   */
  beforePending?: (pending: readonly string[]) => Promise<void>;
};

/**
 * Brings the database to the newest schema, or to `target` (a migration name) for migration tests.
 * Forward only: a target at or before the last applied migration changes nothing.
 *
 * Kysely's own Migrator runs SQLite migrations without a transaction (its SQLite adapter says it
 * has no transactional DDL, which SQLite does have), so a crash midway left a half-migrated file.
 * Here every migration and its log row commit in one transaction: a crash or an error leaves the
 * database as it was before that migration. The log is Kysely's `kysely_migration` table, so
 * databases migrated by earlier versions carry on.
 */
export async function migrate<DB>(db: Kysely<DB>, target?: string, opts: MigrateOptions = {}): Promise<void> {
  const registry = opts.migrations ?? MIGRATIONS;
  const names = Object.keys(registry).sort();
  if (target !== undefined && !names.includes(target)) throw new MigrationFailure(target, new Error('migrasi tidak dikenal'));

  await sql`create table if not exists kysely_migration (name varchar(255) not null primary key, timestamp varchar(255) not null)`.execute(db);
  const applied = (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map((r) => r.name);
  const unknown = applied.find((name) => !names.includes(name));
  if (unknown) throw new MigrationFailure(unknown, new Error('basis data berasal dari versi aplikasi yang lebih baru'));
  // Same rule as Kysely's: the applied ones are exactly the first of the registry, in order.
  applied.forEach((name, i) => {
    if (names[i] !== name) throw new MigrationFailure(names[i] ?? name, new Error('urutan migrasi tidak cocok'));
  });

  const end = target === undefined ? names.length : names.indexOf(target) + 1;
  const pending = names.slice(applied.length, Math.max(applied.length, end));
  if (pending.length === 0) return;
  if (applied.length > 0) await opts.beforePending?.(pending);

  for (const name of pending) {
    const migration = registry[name];
    if (!migration) throw new MigrationFailure(name, new Error('migrasi tidak ditemukan'));
    try {
      await db.transaction().execute(async (trx) => {
        await migration.up(trx);
        await sql`insert into kysely_migration (name, timestamp) values (${name}, ${new Date().toISOString()})`.execute(trx);
      });
    } catch (e) {
      throw new MigrationFailure(name, e);
    }
  }
}
