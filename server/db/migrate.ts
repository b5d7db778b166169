import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import { SERVER_MIGRATIONS } from './migrations/index.js';

const provider: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => SERVER_MIGRATIONS,
};

/**
 * Brings the central database to the newest schema (or to `target`, for migration tests). Throws on
 * failure: the server must not answer on a half-migrated database.
 *
 * @example
 * await migrateServer(db);
 */
export async function migrateServer<DB>(db: Kysely<DB>, target?: string): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one; with several
  // schemas in one database (tests, or tenants later) it would find another schema's and skip its own.
  const current = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrationTableSchema = current.rows[0]?.schema;
  const migrator = new Migrator({ db, provider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migrasi basis data server gagal (${failed?.migrationName ?? 'unknown'}): ${String(error)}`);
  }
}
