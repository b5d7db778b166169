import type { Kysely } from 'kysely';
import { Migrator, type MigrationProvider, type Migration } from 'kysely/migration';
import { MIGRATIONS } from './migrations/index.js';

const provider: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => MIGRATIONS,
};

/**
 * Brings the database to the newest schema, or to `target` (a migration name) for migration tests.
 * Throws when a migration fails, because the app must not run on a half-migrated database.
 */
export async function migrate<DB>(db: Kysely<DB>, target?: string): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migrasi basis data gagal (${failed?.migrationName ?? 'unknown'}): ${String(error)}`);
  }
}
