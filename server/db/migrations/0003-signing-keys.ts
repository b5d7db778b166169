import { sql, type Kysely } from 'kysely';

/**
 * Signed changes (issue 8). Each account keeps every public key it ever had, with its version and
 * provisional flag (jsonb array, append-only: the push checks allow only additions), so a
 * signature made before a password reset stays verifiable; and its newest private key wrapped
 * with its password (jsonb), which the server only stores and sends to desks of its scope.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('user')
    .addColumn('signing_keys', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('wrapped_key', 'jsonb')
    .execute();
}
