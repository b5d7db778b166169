import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

/** The columns every synced table shares (kept in this file: a shipped migration never changes). */
type SyncColumn = 'version' | 'seq' | 'deleted' | 'created_at' | 'updated_at' | 'updated_by_device';
function syncColumns<T extends string, C extends string>(t: CreateTableBuilder<T, C>): CreateTableBuilder<T, C | SyncColumn> {
  return t
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by_device', 'uuid');
}

/**
 * Org data, accounts, devices, the exactly-once command log and the change feed. Keys start with
 * `instansi_id` so each table can be distributed by it (server/README.md); `instansi` itself is
 * small and becomes a reference table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence change_seq`.execute(db);

  await syncColumns(
    db.schema
      .createTable('instansi')
      .addColumn('id', 'uuid', (c) => c.primaryKey())
      .addColumn('kode', 'text', (c) => c.notNull().unique())
      .addColumn('nama', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false)),
  ).execute();

  await syncColumns(
    db.schema
      .createTable('unit_kerja')
      .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
      .addColumn('id', 'uuid', (c) => c.notNull())
      .addColumn('parent_id', 'uuid')
      .addColumn('kode', 'text', (c) => c.notNull())
      .addColumn('nama', 'text', (c) => c.notNull()),
  )
    .addPrimaryKeyConstraint('unit_kerja_pk', ['instansi_id', 'id'])
    .addUniqueConstraint('unit_kerja_kode', ['instansi_id', 'kode'])
    .addForeignKeyConstraint('unit_kerja_parent_fk', ['instansi_id', 'parent_id'], 'unit_kerja', ['instansi_id', 'id'])
    .execute();

  await syncColumns(
    db.schema
      .createTable('jabatan')
      .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
      .addColumn('id', 'uuid', (c) => c.notNull())
      .addColumn('unit_id', 'uuid', (c) => c.notNull())
      .addColumn('kode', 'text', (c) => c.notNull())
      .addColumn('nama', 'text', (c) => c.notNull())
      .addColumn('jenis', 'text', (c) => c.notNull())
      .addColumn('atasan_jabatan_id', 'uuid')
      .addColumn('kelas', 'integer'),
  )
    .addPrimaryKeyConstraint('jabatan_pk', ['instansi_id', 'id'])
    .addUniqueConstraint('jabatan_kode', ['instansi_id', 'kode'])
    .addForeignKeyConstraint('jabatan_unit_fk', ['instansi_id', 'unit_id'], 'unit_kerja', ['instansi_id', 'id'])
    .addForeignKeyConstraint('jabatan_atasan_fk', ['instansi_id', 'atasan_jabatan_id'], 'jabatan', ['instansi_id', 'id'])
    .execute();

  await syncColumns(
    db.schema
      .createTable('pegawai')
      .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
      .addColumn('id', 'uuid', (c) => c.notNull())
      .addColumn('nip', 'text', (c) => c.notNull())
      .addColumn('gelar_depan', 'text', (c) => c.notNull())
      .addColumn('nama', 'text', (c) => c.notNull())
      .addColumn('gelar_belakang', 'text', (c) => c.notNull())
      .addColumn('jenis_asn', 'text', (c) => c.notNull().check(sql`jenis_asn in ('PNS','PPPK')`))
      .addColumn('golongan', 'text', (c) => c.notNull())
      .addColumn('jabatan_id', 'uuid')
      .addColumn('unit_id', 'uuid', (c) => c.notNull())
      .addColumn('tmt_mulai', 'text')
      .addColumn('tmt_selesai', 'text'),
  )
    .addPrimaryKeyConstraint('pegawai_pk', ['instansi_id', 'id'])
    .addUniqueConstraint('pegawai_nip', ['instansi_id', 'nip'])
    .addForeignKeyConstraint('pegawai_unit_fk', ['instansi_id', 'unit_id'], 'unit_kerja', ['instansi_id', 'id'])
    .addForeignKeyConstraint('pegawai_jabatan_fk', ['instansi_id', 'jabatan_id'], 'jabatan', ['instansi_id', 'id'])
    .execute();

  await syncColumns(
    db.schema
      .createTable('user')
      .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
      .addColumn('id', 'uuid', (c) => c.notNull())
      .addColumn('nip', 'text', (c) => c.notNull())
      .addColumn('nama', 'text', (c) => c.notNull())
      .addColumn('roles', sql`text[]`, (c) => c.notNull())
      .addColumn('unit_id', 'uuid', (c) => c.notNull())
      .addColumn('pegawai_id', 'uuid')
      .addColumn('aktif', 'boolean', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'timestamptz'),
  )
    .addPrimaryKeyConstraint('user_pk', ['instansi_id', 'id'])
    .addUniqueConstraint('user_nip', ['instansi_id', 'nip'])
    .addForeignKeyConstraint('user_unit_fk', ['instansi_id', 'unit_id'], 'unit_kerja', ['instansi_id', 'id'])
    .addForeignKeyConstraint('user_pegawai_fk', ['instansi_id', 'pegawai_id'], 'pegawai', ['instansi_id', 'id'])
    .execute();

  for (const table of ['unit_kerja', 'jabatan', 'pegawai', 'user']) {
    await db.schema.createIndex(`${table}_seq`).on(table).columns(['instansi_id', 'seq']).execute();
  }
  await db.schema.createIndex('instansi_seq').on('instansi').columns(['id', 'seq']).execute();
  await db.schema.createIndex('unit_kerja_parent').on('unit_kerja').columns(['instansi_id', 'parent_id']).execute();
  await db.schema.createIndex('jabatan_atasan').on('jabatan').columns(['instansi_id', 'atasan_jabatan_id']).execute();
  await db.schema.createIndex('pegawai_jabatan').on('pegawai').columns(['instansi_id', 'jabatan_id']).execute();
  // Enrollment signs in by NIP before the instansi is known.
  await db.schema.createIndex('user_nip_any').on('user').column('nip').execute();

  await db.schema
    .createTable('device')
    .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addPrimaryKeyConstraint('device_pk', ['instansi_id', 'id'])
    .addForeignKeyConstraint('device_unit_fk', ['instansi_id', 'unit_id'], 'unit_kerja', ['instansi_id', 'id'])
    .addForeignKeyConstraint('device_user_fk', ['instansi_id', 'user_id'], 'user', ['instansi_id', 'id'])
    .execute();
  // A token request names only the device.
  await db.schema.createIndex('device_id').on('device').column('id').execute();

  await db.schema
    .createTable('applied_command')
    .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('device_id', 'uuid', (c) => c.notNull())
    .addColumn('outcome', 'jsonb', (c) => c.notNull())
    .addColumn('applied_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('applied_command_pk', ['instansi_id', 'id'])
    .execute();

  await db.schema
    .createTable('sync_head')
    .addColumn('instansi_id', 'uuid', (c) => c.primaryKey().references('instansi.id'))
    .addColumn('org_seq', 'bigint', (c) => c.notNull())
    .addColumn('jabatan_seq', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('scope_exit')
    .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'uuid', (c) => c.notNull())
    .addColumn('from_unit_id', 'uuid')
    .addColumn('from_jabatan_id', 'uuid')
    .addPrimaryKeyConstraint('scope_exit_pk', ['instansi_id', 'seq'])
    .execute();

  await db.schema
    .createTable('server_setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
