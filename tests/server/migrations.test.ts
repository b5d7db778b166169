import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateServer } from '../../server/db/migrate.js';
import { SERVER_MIGRATIONS } from '../../server/db/migrations/index.js';
import type { ServerDb } from '../../server/db/connect.js';
import { backends } from './harness.js';

const EVALUASI_TABLES = ['evaluasi', 'laporan_harian', 'pengaturan_kinerja', 'penilai_override', 'predikat_organisasi', 'realisasi', 'umpan_balik'];
const TABLES = [
  'applied_command',
  'bukti_file',
  'device',
  'evaluasi',
  'instansi',
  'jabatan',
  'laporan_harian',
  'pegawai',
  'pengaturan_kinerja',
  'penilai_override',
  'predikat_organisasi',
  'print_registry',
  'realisasi',
  'rhk',
  'scope_exit',
  'server_setting',
  'skp',
  'skp_template',
  'sync_head',
  'umpan_balik',
  'unit_kerja',
  'user',
];

async function tables(db: ServerDb): Promise<string[]> {
  const r = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%' order by 1`.execute(db);
  return r.rows.map((x) => x.name);
}

describe.each(backends())('migrations on $name', (backend) => {
  let db: ServerDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await backend.open({ migrate: false }));
  });
  afterAll(async () => close());

  it('turn an empty database into every table, with instansi_id first in the keys', async () => {
    expect(await tables(db)).toEqual([]);
    await migrateServer(db);
    expect(await tables(db)).toEqual(TABLES);
    const pk = await sql<{ table: string; first: string }>`
      select tc.table_name as table, kcu.column_name as first
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      where tc.table_schema = current_schema() and tc.constraint_type = 'PRIMARY KEY' and kcu.ordinal_position = 1`.execute(db);
    const firstKey = new Map(pk.rows.map((r) => [r.table, r.first]));
    for (const t of ['unit_kerja', 'jabatan', 'pegawai', 'user', 'device', 'applied_command', 'sync_head', 'scope_exit', 'skp', 'rhk', 'skp_template', 'bukti_file', 'print_registry', ...EVALUASI_TABLES]) {
      expect(firstKey.get(t), t).toBe('instansi_id');
    }
  });

  it('are recorded and a second run changes nothing', async () => {
    await migrateServer(db);
    const done = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(done.rows.map((r) => r.name)).toEqual(Object.keys(SERVER_MIGRATIONS));
    const seq = await sql<{ v: string }>`select nextval('change_seq')::text as v`.execute(db);
    expect(Number(seq.rows[0]?.v)).toBeGreaterThan(0);
  });
});
