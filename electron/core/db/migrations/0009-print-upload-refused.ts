import type { Kysely } from 'kysely';

/**
 * Why an issued print cannot go to the central server (too large for the wire, or refused by the
 * server on its own): null while it may still be sent. A refused print is set aside with its
 * reason, shown on the Sinkronisasi screen, so it is not tried again every round and never holds
 * back the other codes (electron/core/sync/print-sync.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('print_registry').addColumn('upload_refused', 'text').execute();
}
