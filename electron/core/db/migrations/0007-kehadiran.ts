import { sql, type Kysely } from 'kysely';

/**
 * Attendance for the TPP rekap (issue 11, item 5): fingerprint records per pegawai per day and
 * excused absences (cuti, dinas luar, sakit). Desk-only data: it is never synced (no outbox, no
 * row_version), because the machines and the letters are at this office. Times are minutes since
 * midnight (null: no scan). No foreign keys: pegawai rows are replaced by sync, and a pegawai who
 * leaves keeps their history here. Numbered 0007 after 0005-evaluasi and the print registry
 * (0006, another branch); there is no 0006 on this branch yet.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kehadiran')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pegawai_id', 'text', (c) => c.notNull())
    .addColumn('tanggal', 'text', (c) => c.notNull())
    .addColumn('masuk', 'integer')
    .addColumn('pulang', 'integer')
    // The file the row came from, so a wrong import can be recognised later.
    .addColumn('sumber', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by_user_id', 'text')
    .execute();
  // One record per pegawai and day: a later import of the same day replaces it.
  await db.schema.createIndex('kehadiran_key').on('kehadiran').columns(['pegawai_id', 'tanggal']).unique().execute();
  await db.schema
    .createTable('izin_pegawai')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pegawai_id', 'text', (c) => c.notNull())
    .addColumn('jenis', 'text', (c) => c.notNull().check(sql`jenis in ('cuti','dinas_luar','sakit')`))
    .addColumn('mulai', 'text', (c) => c.notNull())
    .addColumn('selesai', 'text', (c) => c.notNull())
    .addColumn('keterangan', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'text')
    .execute();
  await db.schema.createIndex('izin_pegawai_by').on('izin_pegawai').columns(['pegawai_id', 'mulai']).execute();
}
