import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

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

type KeyColumn = { name: string; type: 'uuid' | 'text' | 'integer'; references?: 'skp' | 'pegawai' | 'unit_kerja' };

/**
 * Pelaksanaan and penilaian (issue 10). Each table keeps the key columns its queries and scope
 * read (shared/sync-rows-evaluasi.ts EVALUASI_STORAGE) and the whole wire row as jsonb `data`:
 * the server never queries inside it. Written out here rather than read from the storage map, so
 * this migration stays as shipped whatever the map becomes. A penilai override's `penilai_pegawai_id`
 * lives in `data` only: the checks read it from there. The unique keys hold one live row each
 * (partial indexes: a soft-deleted row frees its key).
 */
const TABLES: { name: string; keys: KeyColumn[]; unique?: string[]; index?: string[][] }[] = [
  { name: 'pengaturan_kinerja', keys: [], unique: [] },
  {
    name: 'penilai_override',
    keys: [
      { name: 'pegawai_id', type: 'uuid', references: 'pegawai' },
      { name: 'unit_id', type: 'uuid', references: 'unit_kerja' },
    ],
    index: [['pegawai_id'], ['unit_id']],
  },
  { name: 'realisasi', keys: [{ name: 'skp_id', type: 'uuid', references: 'skp' }, { name: 'periode', type: 'text' }], unique: ['skp_id', 'periode'] },
  { name: 'laporan_harian', keys: [{ name: 'skp_id', type: 'uuid', references: 'skp' }, { name: 'tanggal', type: 'text' }], index: [['skp_id', 'tanggal']] },
  { name: 'umpan_balik', keys: [{ name: 'skp_id', type: 'uuid', references: 'skp' }], index: [['skp_id']] },
  { name: 'evaluasi', keys: [{ name: 'skp_id', type: 'uuid', references: 'skp' }, { name: 'periode', type: 'text' }], unique: ['skp_id', 'periode'] },
  { name: 'predikat_organisasi', keys: [{ name: 'unit_id', type: 'uuid', references: 'unit_kerja' }, { name: 'tahun', type: 'integer' }], unique: ['unit_id', 'tahun'] },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) {
    // Column names come from the list above, so the builder is typed with plain strings.
    let b: CreateTableBuilder<string, string> = db.schema
      .createTable(t.name)
      .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
      .addColumn('id', 'uuid', (c) => c.notNull());
    for (const k of t.keys) b = b.addColumn(k.name, k.type, (c) => c.notNull());
    b = syncColumns(b.addColumn('data', 'jsonb', (c) => c.notNull())).addPrimaryKeyConstraint(`${t.name}_pk`, ['instansi_id', 'id']);
    for (const k of t.keys) {
      if (k.references) b = b.addForeignKeyConstraint(`${t.name}_${k.name}_fk`, ['instansi_id', k.name], k.references, ['instansi_id', 'id']);
    }
    await b.execute();
    await db.schema.createIndex(`${t.name}_seq`).on(t.name).columns(['instansi_id', 'seq']).execute();
    if (t.unique) {
      await db.schema
        .createIndex(`${t.name}_key`)
        .on(t.name)
        .columns(['instansi_id', ...t.unique])
        .unique()
        .where(sql.ref('deleted'), '=', false)
        .execute();
    }
    for (const cols of t.index ?? []) await db.schema.createIndex(`${t.name}_${cols.join('_')}`).on(t.name).columns(['instansi_id', ...cols]).execute();
  }

  // Bukti dukung files, content-addressed: the same bytes are stored once per instansi.
  await db.schema
    .createTable('bukti_file')
    .addColumn('instansi_id', 'uuid', (c) => c.notNull().references('instansi.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('ukuran', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('bukti_file_pk', ['instansi_id', 'sha256'])
    .execute();
}
