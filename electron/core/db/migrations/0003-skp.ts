import type { Kysely } from 'kysely';

/**
 * SKP planning (issue 5): the SKP (one per pegawai per period per jabatan, every version kept), its
 * RHK (indikator as JSON inside the row) and one SKP template per jabatan. Columns follow the sync
 * row shapes (shared/sync-protocol SKP_SYNC_ROWS); nested parts are JSON text. `row_version` counts
 * local revisions for optimistic concurrency (`baseVersion` on edits). No foreign keys to the org
 * tables: rows arrive from sync in any order, and the services check every reference.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('skp')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pegawai_id', 'text', (c) => c.notNull())
    .addColumn('jabatan_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('tahun', 'integer', (c) => c.notNull())
    .addColumn('periode_mulai', 'text', (c) => c.notNull())
    .addColumn('periode_selesai', 'text', (c) => c.notNull())
    .addColumn('pendekatan', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('versi', 'integer', (c) => c.notNull())
    .addColumn('previous_version_id', 'text')
    .addColumn('penilai', 'text')
    .addColumn('perilaku', 'text', (c) => c.notNull())
    .addColumn('lampiran', 'text', (c) => c.notNull())
    .addColumn('return_note', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_by_user_id', 'text')
    .addColumn('delegasi', 'text')
    .addColumn('riwayat', 'text', (c) => c.notNull())
    // Derived from riwayat (last 'ajukan'), kept by the repository so the inbox sorts on a column.
    .addColumn('diajukan_at', 'text')
    .addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('skp_pegawai_tahun').on('skp').columns(['pegawai_id', 'tahun']).execute();
  await db.schema.createIndex('skp_jabatan_tahun').on('skp').columns(['jabatan_id', 'tahun']).execute();
  await db.schema.createIndex('skp_status').on('skp').columns(['status', 'tahun']).execute();
  await db.schema.createIndex('skp_unit_tahun').on('skp').columns(['unit_id', 'tahun']).execute();
  await db.schema.createIndex('skp_previous').on('skp').column('previous_version_id').execute();
  // Covers the readiness board and peta (every SKP of a year, few columns): the rows themselves
  // carry long JSON (perilaku, lampiran, riwayat) that a table scan would have to step over.
  await db.schema
    .createIndex('skp_board')
    .on('skp')
    .columns(['tahun', 'jabatan_id', 'pegawai_id', 'status', 'versi', 'periode_mulai', 'periode_selesai', 'previous_version_id', 'id'])
    .execute();

  await db.schema
    .createTable('rhk')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('skp_id', 'text', (c) => c.notNull())
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('urutan', 'integer', (c) => c.notNull())
    .addColumn('teks', 'text', (c) => c.notNull())
    .addColumn('intervensi_rhk_id', 'text')
    .addColumn('jenis_intervensi', 'text')
    .addColumn('intervensi_perjanjian_kinerja', 'text')
    .addColumn('perspektif', 'text')
    .addColumn('return_note', 'text')
    .addColumn('asal_rhk_id', 'text')
    .addColumn('indikator', 'text', (c) => c.notNull())
    .addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Covering for the peta's tallies (link and id per RHK of many SKP) without touching the long rows.
  await db.schema.createIndex('rhk_skp').on('rhk').columns(['skp_id', 'jenis', 'urutan', 'intervensi_rhk_id', 'id']).execute();
  await db.schema.createIndex('rhk_intervensi').on('rhk').column('intervensi_rhk_id').execute();

  await db.schema
    .createTable('skp_template')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('jabatan_id', 'text', (c) => c.notNull().unique())
    .addColumn('pendekatan', 'text', (c) => c.notNull())
    .addColumn('rhk', 'text', (c) => c.notNull())
    .addColumn('lampiran', 'text', (c) => c.notNull())
    .addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
