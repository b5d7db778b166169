import type { Kysely } from 'kysely';

/**
 * Background sync: what the server last said about each row (the shadow the local replica is
 * rebuilt from), pulled pages waiting to be applied, visible conflicts, and the outbox's version
 * bookkeeping.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The server's copy of every synced row in scope, as last pulled or acknowledged. Local row =
  // this row with the still-pending local commands re-applied on top (rebase).
  await db.schema
    .createTable('server_row')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('row', 'text')
    .addColumn('read_only', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('server_row_pk', ['entity', 'id'])
    .execute();

  // Pulled pages land here first and are applied in one transaction when the last page is in,
  // so a snapshot interrupted half-way resumes from its cursor and never leaves a torn replica.
  await db.schema
    .createTable('sync_inbox')
    .addColumn('seq', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('row', 'text')
    .addColumn('read_only', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('sync_inbox_pk', ['entity', 'id'])
    .execute();

  await db.schema
    .createTable('sync_conflict')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('command_id', 'text', (c) => c.notNull())
    .addColumn('command', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('local_payload', 'text', (c) => c.notNull())
    .addColumn('server_payload', 'text')
    .addColumn('server_version', 'integer')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolution', 'text')
    .execute();
  await db.schema.createIndex('sync_conflict_open').on('sync_conflict').columns(['resolved_at', 'created_at']).execute();

  // The server version an edit was made on, or the pending command it was made on top of.
  await db.schema.alterTable('outbox').addColumn('base_version', 'integer').execute();
  await db.schema.alterTable('outbox').addColumn('base_command_id', 'text').execute();
  await db.schema.createIndex('outbox_entity').on('outbox').columns(['entity_id', 'status', 'seq']).execute();
}
