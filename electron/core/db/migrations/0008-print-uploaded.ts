import type { Kysely } from 'kysely';

/**
 * When each issued print was sent to the central server (POST /v1/prints, issue 11): null until
 * the sync engine has uploaded it, so a desk that printed offline sends its codes on the next sync.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('print_registry').addColumn('uploaded_at', 'text').execute();
  await db.schema.createIndex('print_registry_unsent').on('print_registry').column('uploaded_at').execute();
}
