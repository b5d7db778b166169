import type { Kysely } from 'kysely';

/**
 * Issued prints (issue 11): one row per verification code, i.e. per document version and data
 * hash, with the canonical data it was printed from (to say what changed since) and the print
 * settings (to re-render the same bytes when a file is checked). Desk-local for now; the server's
 * copy comes with its verify route, which recomputes the hash from its own rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('print_registry')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('versi', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('first_printed_at', 'text', (c) => c.notNull())
    .addColumn('first_printed_by', 'text')
    .addColumn('last_printed_at', 'text', (c) => c.notNull())
    .addColumn('print_count', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('print_registry_doc').on('print_registry').columns(['kind', 'doc_id']).execute();
}
