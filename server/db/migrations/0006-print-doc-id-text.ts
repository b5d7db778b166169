import type { Kysely } from 'kysely';

/**
 * An issued print's document id is text (issue 11): an SKP is named by its uuid, but a Dokumen
 * Evaluasi Kinerja by `skpId:periode` (one document per SKP and period), which a uuid column
 * refused, so no evaluation print could be uploaded for central verification.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('print_registry').alterColumn('doc_id', (c) => c.setDataType('text')).execute();
}
