import type { Kysely } from 'kysely';

/**
 * Pelaksanaan and penilaian (issue 10). Each table keeps the columns its queries and scope need
 * and the whole wire row (shared/sync-rows-evaluasi.ts) as JSON in `data`: the evaluation screen
 * reads rows whole. `row_version` counts local revisions, as on the SKP tables. No foreign keys:
 * rows arrive from sync in any order; the services check every reference. A shipped migration
 * never changes: the table list is written out here, not read from the storage map.
 */
const TABLES: { name: string; keys: [string, 'text' | 'integer'][]; unique?: string[]; index?: string[] }[] = [
  { name: 'pengaturan_kinerja', keys: [['instansi_id', 'text']], unique: ['instansi_id'] },
  { name: 'penilai_override', keys: [['pegawai_id', 'text'], ['unit_id', 'text']], index: ['pegawai_id'] },
  { name: 'realisasi', keys: [['skp_id', 'text'], ['periode', 'text']], unique: ['skp_id', 'periode'] },
  { name: 'laporan_harian', keys: [['skp_id', 'text'], ['tanggal', 'text']], index: ['skp_id', 'tanggal'] },
  { name: 'umpan_balik', keys: [['skp_id', 'text']], index: ['skp_id'] },
  { name: 'evaluasi', keys: [['skp_id', 'text'], ['periode', 'text']], unique: ['skp_id', 'periode'] },
  { name: 'predikat_organisasi', keys: [['unit_id', 'text'], ['tahun', 'integer']], unique: ['unit_id', 'tahun'] },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) {
    let b = db.schema.createTable(t.name).addColumn('id', 'text', (c) => c.primaryKey());
    for (const [col, type] of t.keys) b = b.addColumn(col, type, (c) => c.notNull());
    await b
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    if (t.unique) await db.schema.createIndex(`${t.name}_key`).on(t.name).columns(t.unique).unique().execute();
    if (t.index) await db.schema.createIndex(`${t.name}_by`).on(t.name).columns(t.index).execute();
  }
}
