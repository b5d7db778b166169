import type { Kysely } from 'kysely';

/**
 * Signed changes (issue 8): each account's public keys (JSON array of SigningKey, append-only) and
 * its newest private key wrapped with its password (JSON WrappedKey, null when the desk holds the
 * account only as a stub); each outbox command's key version and signature, made when the command
 * is recorded (the key only lives in memory while its owner is signed in).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('user').addColumn('signing_keys', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('user').addColumn('wrapped_key', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('key_version', 'integer').execute();
  await db.schema.alterTable('outbox').addColumn('signature', 'text').execute();
}
