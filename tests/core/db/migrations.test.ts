import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection.js';
import { migrate } from '../../../electron/core/db/migrate.js';
import { migrateAcross, migrationNames, openUnmigrated, schemaSnapshot, userTables, type MigrationDb } from './migration-harness.js';

const TABLES_0001 = ['audit_log', 'instansi', 'jabatan', 'outbox', 'pegawai', 'setting', 'unit_kerja', 'user'];
const TABLES_0002 = [...TABLES_0001, 'server_row', 'sync_conflict', 'sync_inbox'].sort();
const TABLES_0003 = [...TABLES_0002, 'rhk', 'skp', 'skp_template'].sort();
const EVALUASI_TABLES = ['evaluasi', 'laporan_harian', 'pengaturan_kinerja', 'penilai_override', 'predikat_organisasi', 'realisasi', 'umpan_balik'];
const TABLES_0005 = [...TABLES_0003, ...EVALUASI_TABLES].sort();
const TABLES_0006 = [...TABLES_0005, 'print_registry'].sort();
const ALL_TABLES = [...TABLES_0006, 'izin_pegawai', 'kehadiran'].sort();

const open: MigrationDb[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function track(h: MigrationDb): MigrationDb {
  open.push(h);
  return h;
}

function insertAudit(h: MigrationDb, id: string): void {
  h.sqlite
    .prepare("insert into audit_log (id, at, actor_user_id, action, entity, entity_id, before, after) values (?, '2025-01-01T00:00:00.000Z', null, 'create', 'pegawai', 'x', null, '{}')")
    .run(id);
}

describe('migration 0001-initial', () => {
  it('turns an empty database into every table of the schema', async () => {
    let tablesBefore: string[] = ['not seeded'];
    const h = track(
      await migrateAcross({
        target: '0001-initial',
        seed: (_db, sqlite) => {
          tablesBefore = userTables(sqlite);
        },
      }),
    );
    expect(tablesBefore).toEqual([]);
    expect(userTables(h.sqlite)).toEqual(TABLES_0001);
    expect(h.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('is first in the static registry, which is sorted the way the migrator applies it', () => {
    const names = migrationNames();
    expect(names[0]).toBe('0001-initial');
    for (const n of names) expect(n).toMatch(/^\d{4}-[a-z0-9-]+$/);
  });

  it('enforces foreign keys (a unit of a missing instansi is refused)', async () => {
    const h = track(await migrateAcross({ target: '0001-initial' }));
    expect(() =>
      h.sqlite
        .prepare("insert into unit_kerja (id, instansi_id, parent_id, kode, nama, created_at, updated_at) values ('u1', 'no-such-instansi', null, '01', 'X', 't', 't')")
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(h.sqlite.prepare('select count(*) as n from unit_kerja').get()).toEqual({ n: 0 });
  });

  it('enforces the jenis_asn check constraint', async () => {
    const h = track(await migrateAcross({ target: '0001-initial' }));
    h.sqlite.prepare("insert into instansi (id, kode, nama, is_demo, created_at, updated_at) values ('i1', 'I', 'Instansi', 0, 't', 't')").run();
    h.sqlite.prepare("insert into unit_kerja (id, instansi_id, parent_id, kode, nama, created_at, updated_at) values ('u1', 'i1', null, '01', 'X', 't', 't')").run();
    const insert = (jenis: string) =>
      h.sqlite
        .prepare("insert into pegawai (id, nip, nama, jenis_asn, golongan, unit_id, search_text, created_at, updated_at) values (?, ?, 'A', ?, 'III/a', 'u1', 'a', 't', 't')")
        .run(`p-${jenis}`, `nip-${jenis}`, jenis);
    expect(() => insert('PNS')).not.toThrow();
    expect(() => insert('PPPK')).not.toThrow();
    expect(() => insert('HONORER')).toThrow(/CHECK/);
  });

  it('running migrate again is a no-op (schema and migration log unchanged)', async () => {
    const h = track(openUnmigrated());
    await migrate(h.db);
    insertAudit(h, 'a1');
    const schema = schemaSnapshot(h.sqlite);
    const log = h.sqlite.prepare('select name from kysely_migration order by name').all();
    await migrate(h.db);
    await migrate(h.db, '0001-initial');
    expect(schemaSnapshot(h.sqlite)).toEqual(schema);
    expect(h.sqlite.prepare('select name from kysely_migration order by name').all()).toEqual(log);
    expect(log).toEqual(migrationNames().map((name) => ({ name })));
    expect(h.sqlite.prepare('select count(*) as n from audit_log').get()).toEqual({ n: 1 });
  });

  it.each([
    ['update', "update audit_log set action = 'forged' where id = 'a1'"],
    ['delete', "delete from audit_log where id = 'a1'"],
    ['delete all', 'delete from audit_log'],
  ])('audit_log refuses %s (append-only trigger)', async (_what, statement) => {
    const h = track(await migrateAcross({ target: '0001-initial' }));
    insertAudit(h, 'a1');
    expect(() => h.sqlite.prepare(statement).run()).toThrow(/append-only/);
    expect(h.sqlite.prepare('select id, action from audit_log').all()).toEqual([{ id: 'a1', action: 'create' }]);
  });
});

describe('migration 0002-sync', () => {
  it('keeps queued outbox commands and adds the sync tables and base-version columns', async () => {
    const h = track(
      await migrateAcross({
        target: '0002-sync',
        seed: (_db, sqlite) => {
          sqlite
            .prepare("insert into outbox (id, command, entity, entity_id, payload, actor_user_id, created_at, status) values ('c1', 'pegawai/upsert', 'pegawai', 'p1', '{}', null, 't', 'pending')")
            .run();
        },
      }),
    );
    expect(userTables(h.sqlite)).toEqual(TABLES_0002);
    expect(h.sqlite.prepare('select id, status, base_version, base_command_id from outbox').all()).toEqual([{ id: 'c1', status: 'pending', base_version: null, base_command_id: null }]);
  });
});

describe('migration 0003-skp', () => {
  it('keeps existing rows and adds the SKP tables with their indexes', async () => {
    const h = track(
      await migrateAcross({
        target: '0003-skp',
        seed: (_db, sqlite) => {
          sqlite
            .prepare("insert into outbox (id, command, entity, entity_id, payload, actor_user_id, created_at, status) values ('c1', 'pegawai/upsert', 'pegawai', 'p1', '{}', null, 't', 'pending')")
            .run();
        },
      }),
    );
    expect(userTables(h.sqlite)).toEqual(TABLES_0003);
    expect(h.sqlite.prepare('select id from outbox').all()).toEqual([{ id: 'c1' }]);
    const indexes = (h.sqlite.prepare("select name from sqlite_master where type = 'index' and tbl_name in ('skp', 'rhk') and name not like 'sqlite_%' order by name").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(['rhk_intervensi', 'rhk_skp', 'skp_board', 'skp_jabatan_tahun', 'skp_pegawai_tahun', 'skp_previous', 'skp_status', 'skp_unit_tahun']);
    h.sqlite
      .prepare("insert into skp (id, pegawai_id, jabatan_id, unit_id, tahun, periode_mulai, periode_selesai, pendekatan, status, versi, perilaku, lampiran, riwayat, created_at, updated_at) values ('s1', 'p1', 'j1', 'u1', 2025, '2025-01-01', '2025-12-31', 'kuantitatif', 'draft', 1, '[]', '{}', '[]', 't', 't')")
      .run();
    expect(h.sqlite.prepare('select row_version from skp').get()).toEqual({ row_version: 1 });
  });
});

describe('migration 0005-evaluasi', () => {
  it('keeps the SKP rows and adds the evaluation tables, one row per SKP and period', async () => {
    const h = track(
      await migrateAcross({
        target: '0005-evaluasi',
        seed: (_db, sqlite) => {
          sqlite
            .prepare("insert into skp (id, pegawai_id, jabatan_id, unit_id, tahun, periode_mulai, periode_selesai, pendekatan, status, versi, perilaku, lampiran, riwayat, created_at, updated_at) values ('s1', 'p1', 'j1', 'u1', 2025, '2025-01-01', '2025-12-31', 'kuantitatif', 'disetujui', 1, '[]', '{}', '[]', 't', 't')")
            .run();
        },
      }),
    );
    expect(userTables(h.sqlite)).toEqual(TABLES_0005);
    expect(h.sqlite.prepare('select id, status from skp').all()).toEqual([{ id: 's1', status: 'disetujui' }]);
    const insert = h.sqlite.prepare("insert into evaluasi (id, skp_id, periode, data, created_at, updated_at) values (?, 's1', 'TW1', '{}', 't', 't')");
    insert.run('e1');
    expect(h.sqlite.prepare('select row_version from evaluasi').get()).toEqual({ row_version: 1 });
    // One evaluation per SKP and period: a second row for the same pair is refused.
    expect(() => insert.run('e2')).toThrow(/UNIQUE/);
  });
});

describe('migration 0006-print-registry', () => {
  it('keeps the evaluation rows and adds the print registry, one row per code', async () => {
    const h = track(
      await migrateAcross({
        target: '0006-print-registry',
        seed: (_db, sqlite) => {
          sqlite.prepare("insert into evaluasi (id, skp_id, periode, data, created_at, updated_at) values ('e1', 's1', 'TW1', '{}', 't', 't')").run();
        },
      }),
    );
    expect(userTables(h.sqlite)).toEqual(TABLES_0006);
    expect(h.sqlite.prepare('select id from evaluasi').all()).toEqual([{ id: 'e1' }]);
    const insert = h.sqlite.prepare(
      "insert into print_registry (code, kind, doc_id, versi, hash, data, settings, first_printed_at, last_printed_at) values ('ABCDEFGHJK', 'skp', 's1', 1, 'h', '{}', '{}', 't', 't')",
    );
    insert.run();
    expect(h.sqlite.prepare('select print_count from print_registry').get()).toEqual({ print_count: 1 });
    expect(() => insert.run()).toThrow(/UNIQUE/);
  });
});

describe('migration 0007-kehadiran', () => {
  it('keeps the evaluation rows and adds attendance and excused absences, one record per pegawai and day', async () => {
    const h = track(
      await migrateAcross({
        target: '0007-kehadiran',
        seed: (_db, sqlite) => {
          sqlite.prepare("insert into evaluasi (id, skp_id, periode, data, created_at, updated_at) values ('e1', 's1', 'B01', '{}', 't', 't')").run();
        },
      }),
    );
    expect(userTables(h.sqlite)).toEqual(ALL_TABLES);
    expect(h.sqlite.prepare('select id from evaluasi').all()).toEqual([{ id: 'e1' }]);
    const insert = h.sqlite.prepare("insert into kehadiran (id, pegawai_id, tanggal, masuk, pulang, sumber, imported_at) values (?, 'p1', '2026-01-05', 450, null, 'absen.csv', 't')");
    insert.run('k1');
    expect(() => insert.run('k2')).toThrow(/UNIQUE/);
    const izin = h.sqlite.prepare("insert into izin_pegawai (id, pegawai_id, jenis, mulai, selesai, keterangan, created_at, updated_at) values (?, 'p1', ?, '2026-01-05', '2026-01-06', '', 't', 't')");
    expect(() => izin.run('i1', 'cuti')).not.toThrow();
    expect(() => izin.run('i2', 'bolos')).toThrow(/CHECK/);
  });
});


describe('migration 0009-print-upload-refused', () => {
  it('keeps the issued prints, still waiting to be sent, with no refusal', async () => {
    const h = track(
      await migrateAcross({
        target: '0009-print-upload-refused',
        seed: (_db, sqlite) => {
          sqlite
            .prepare("insert into print_registry (code, kind, doc_id, versi, hash, data, settings, first_printed_at, last_printed_at) values ('ABCDEFGHJK', 'peta', 'u1', 1, 'h', '{}', '[]', 't', 't')")
            .run();
        },
      }),
    );
    expect(h.sqlite.prepare('select code, uploaded_at, upload_refused from print_registry').all()).toEqual([{ code: 'ABCDEFGHJK', uploaded_at: null, upload_refused: null }]);
    h.sqlite.prepare("update print_registry set upload_refused = 'terlalu besar'").run();
    expect(h.sqlite.prepare('select upload_refused from print_registry').get()).toEqual({ upload_refused: 'terlalu besar' });
  });
});

describe('openDatabase', () => {
  it('opens a file database in WAL mode with synchronous FULL and foreign keys on, migrated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meja-mig-'));
    dirs.push(dir);
    const { sqlite, close } = await openDatabase({ file: join(dir, 'test.sqlite') });
    try {
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      // 2 = FULL: a commit that returned survives a power cut.
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(userTables(sqlite)).toEqual(ALL_TABLES);
    } finally {
      await close();
    }
  });

  it('re-opening a migrated file keeps its data and schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meja-mig-'));
    dirs.push(dir);
    const file = join(dir, 'test.sqlite');
    const first = await openDatabase({ file });
    first.sqlite.prepare("insert into setting (key, value) values ('k', 'v')").run();
    const schema = schemaSnapshot(first.sqlite);
    await first.close();
    const second = await openDatabase({ file });
    try {
      expect(schemaSnapshot(second.sqlite)).toEqual(schema);
      expect(second.sqlite.prepare('select value from setting where key = ?').get('k')).toEqual({ value: 'v' });
    } finally {
      await second.close();
    }
  });

  it('refuses to run with a migration target that does not exist', async () => {
    const h = track(openUnmigrated());
    await expect(migrate(h.db, '9999-nope')).rejects.toThrow(/Migrasi basis data gagal/);
  });
});
