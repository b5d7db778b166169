import { type CreateTableBuilder, type Kysely } from 'kysely';

/** The columns every synced table shares (a copy: a shipped migration never changes). */
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
 * SKP, RHK and SKP templates (issue 5), synced like the org rows. Nested parts the server never
 * queries by (periode, perilaku, lampiran, riwayat, indikator, template RHK) are jsonb; ISO
 * datetimes written by desks are text so they round-trip exactly. An RHK's intervensi link has no
 * foreign key: rows are only ever soft-deleted, and the push checks keep links pointing at live
 * rows (rhk/delete is refused while others intervene it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await syncColumns(
    db.schema
      .createTable('skp')
      .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
      .addColumn('id', 'uuid', (c) => c.notNull())
      .addColumn('pegawai_id', 'uuid', (c) => c.notNull())
      .addColumn('jabatan_id', 'uuid', (c) => c.notNull())
      .addColumn('unit_id', 'uuid', (c) => c.notNull())
      .addColumn('periode', 'jsonb', (c) => c.notNull())
      .addColumn('pendekatan', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('versi', 'integer', (c) => c.notNull())
      .addColumn('previous_version_id', 'uuid')
      .addColumn('penilai', 'jsonb')
      .addColumn('perilaku', 'jsonb', (c) => c.notNull())
      .addColumn('lampiran', 'jsonb', (c) => c.notNull())
      .addColumn('return_note', 'text')
      .addColumn('approved_at', 'text')
      .addColumn('approved_by_user_id', 'uuid')
      .addColumn('delegasi', 'jsonb')
      .addColumn('riwayat', 'jsonb', (c) => c.notNull()),
  )
    .addPrimaryKeyConstraint('skp_pk', ['instansi_id', 'id'])
    .addForeignKeyConstraint('skp_pegawai_fk', ['instansi_id', 'pegawai_id'], 'pegawai', ['instansi_id', 'id'])
    .addForeignKeyConstraint('skp_jabatan_fk', ['instansi_id', 'jabatan_id'], 'jabatan', ['instansi_id', 'id'])
    .addForeignKeyConstraint('skp_unit_fk', ['instansi_id', 'unit_id'], 'unit_kerja', ['instansi_id', 'id'])
    .addForeignKeyConstraint('skp_previous_fk', ['instansi_id', 'previous_version_id'], 'skp', ['instansi_id', 'id'])
    .execute();

  await syncColumns(
    db.schema
      .createTable('rhk')
      .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
      .addColumn('id', 'uuid', (c) => c.notNull())
      .addColumn('skp_id', 'uuid', (c) => c.notNull())
      .addColumn('jenis', 'text', (c) => c.notNull())
      .addColumn('urutan', 'integer', (c) => c.notNull())
      .addColumn('teks', 'text', (c) => c.notNull())
      .addColumn('intervensi_rhk_id', 'uuid')
      .addColumn('jenis_intervensi', 'text')
      .addColumn('intervensi_perjanjian_kinerja', 'text')
      .addColumn('perspektif', 'text')
      .addColumn('return_note', 'text')
      .addColumn('asal_rhk_id', 'uuid')
      .addColumn('indikator', 'jsonb', (c) => c.notNull()),
  )
    .addPrimaryKeyConstraint('rhk_pk', ['instansi_id', 'id'])
    .addForeignKeyConstraint('rhk_skp_fk', ['instansi_id', 'skp_id'], 'skp', ['instansi_id', 'id'])
    .execute();

  // The wire row's own `updatedAt` (when the operator last saved the template) is `diubah_pada`:
  // `updated_at` is the sync column every table has.
  await syncColumns(
    db.schema
      .createTable('skp_template')
      .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
      .addColumn('id', 'uuid', (c) => c.notNull())
      .addColumn('jabatan_id', 'uuid', (c) => c.notNull())
      .addColumn('pendekatan', 'text', (c) => c.notNull())
      .addColumn('rhk', 'jsonb', (c) => c.notNull())
      .addColumn('lampiran', 'jsonb', (c) => c.notNull())
      .addColumn('diubah_pada', 'text', (c) => c.notNull()),
  )
    .addPrimaryKeyConstraint('skp_template_pk', ['instansi_id', 'id'])
    .addUniqueConstraint('skp_template_jabatan', ['instansi_id', 'jabatan_id'])
    .addForeignKeyConstraint('skp_template_jabatan_fk', ['instansi_id', 'jabatan_id'], 'jabatan', ['instansi_id', 'id'])
    .execute();

  for (const table of ['skp', 'rhk', 'skp_template']) {
    await db.schema.createIndex(`${table}_seq`).on(table).columns(['instansi_id', 'seq']).execute();
  }
  await db.schema.createIndex('skp_unit').on('skp').columns(['instansi_id', 'unit_id']).execute();
  await db.schema.createIndex('skp_jabatan').on('skp').columns(['instansi_id', 'jabatan_id']).execute();
  await db.schema.createIndex('skp_pegawai').on('skp').columns(['instansi_id', 'pegawai_id']).execute();
  await db.schema.createIndex('rhk_skp').on('rhk').columns(['instansi_id', 'skp_id']).execute();
  await db.schema.createIndex('rhk_intervensi').on('rhk').columns(['instansi_id', 'intervensi_rhk_id']).execute();
}
