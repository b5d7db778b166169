import { sql, type Kysely } from 'kysely';

/** Org structure, people, accounts, the append-only audit log and the sync outbox. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('instansi')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kode', 'text', (c) => c.notNull().unique())
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('unit_kerja')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instansi_id', 'text', (c) => c.notNull().references('instansi.id'))
    .addColumn('parent_id', 'text', (c) => c.references('unit_kerja.id'))
    .addColumn('kode', 'text', (c) => c.notNull().unique())
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('unit_kerja_parent').on('unit_kerja').column('parent_id').execute();

  await db.schema
    .createTable('jabatan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit_kerja.id'))
    .addColumn('kode', 'text', (c) => c.notNull().unique())
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('atasan_jabatan_id', 'text', (c) => c.references('jabatan.id'))
    .addColumn('kelas', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jabatan_unit').on('jabatan').column('unit_id').execute();
  await db.schema.createIndex('jabatan_atasan').on('jabatan').column('atasan_jabatan_id').execute();

  await db.schema
    .createTable('pegawai')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('nip', 'text', (c) => c.notNull().unique())
    .addColumn('gelar_depan', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('gelar_belakang', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('jenis_asn', 'text', (c) => c.notNull().check(sql`jenis_asn in ('PNS','PPPK')`))
    .addColumn('golongan', 'text', (c) => c.notNull())
    .addColumn('jabatan_id', 'text', (c) => c.references('jabatan.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit_kerja.id'))
    .addColumn('tmt_mulai', 'text')
    .addColumn('tmt_selesai', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pegawai_unit').on('pegawai').column('unit_id').execute();
  await db.schema.createIndex('pegawai_jabatan').on('pegawai').column('jabatan_id').execute();
  await db.schema.createIndex('pegawai_nama').on('pegawai').columns(['nama', 'id']).execute();

  await db.schema
    .createTable('user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('nip', 'text', (c) => c.notNull().unique())
    .addColumn('pegawai_id', 'text', (c) => c.references('pegawai.id'))
    .addColumn('nama', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit_kerja.id'))
    .addColumn('aktif', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_id', 'at']).execute();
  // Append-only: the database itself refuses to rewrite history, whatever code runs.
  await sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  await sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db);

  await db.schema
    .createTable('outbox')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('command', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('outbox_status').on('outbox').columns(['status', 'seq']).execute();

  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
