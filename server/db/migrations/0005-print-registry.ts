import type { Kysely } from 'kysely';

/**
 * Issued prints (issue 11), uploaded by the desks that printed them (POST /v1/prints): one row per
 * verification code of an instansi, with the canonical data the paper was printed from (to say
 * what changed since). GET /v1/verify/:code recomputes the hash from the server's own rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('print_registry')
    .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('doc_id', 'uuid', (c) => c.notNull())
    .addColumn('versi', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('printed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('uploaded_by_device', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('print_registry_pk', ['instansi_id', 'code'])
    .execute();
  // The public route looks a code up without knowing the instansi.
  await db.schema.createIndex('print_registry_code').on('print_registry').column('code').execute();
}
