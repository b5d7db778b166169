/**
 * Staging for imports: a private in-memory database ATTACHed to the job's connection, holding a
 * snapshot of the org tables. The import is written there by the ordinary repositories (through
 * `db.withSchema(stage)`), in as many short transactions as it likes, without holding the desk
 * file's write lock. One swap transaction then copies the new and changed rows (and their audit
 * entries and outbox commands) into the real tables, after checking that the org tables are still
 * exactly the snapshot the import was validated against — so an import is whole or absent.
 */
import { sql, type RawBuilder } from 'kysely';
import { AppFailure } from '../../../../shared/result.js';
import type { Db } from '../connection.js';

/** Org rows the import writes; compared with the snapshot at swap time. */
const ORG_TABLES = ['unit_kerja', 'jabatan', 'pegawai'] as const;
/** Everything the repositories read or write while applying org data. */
const STAGED_TABLES = ['instansi', ...ORG_TABLES, 'audit_log', 'outbox', 'server_row'] as const;
const ORG_ENTITIES = ['unit_kerja', 'jabatan', 'pegawai'];

export type Stage = {
  /** The same database API, with every table read and written in the stage. */
  db: Db;
  /** Copies the staged changes into the real tables in one transaction (see the file comment). */
  swap: () => Promise<void>;
  /** Detaches the stage; everything not swapped in is gone. */
  close: () => Promise<void>;
};

let counter = 0;

/** `create table "x"` / `create index "i" on "x"` as written by the migrations, moved into `schema`. */
function inSchema(ddl: string, schema: string): string {
  const moved = ddl
    .replace(/^create\s+table\s+("?)(\w+)\1/i, `create table "${schema}"."$2"`)
    .replace(/^create\s+(unique\s+)?index\s+("?)(\w+)\2/i, (_m, unique: string | undefined, _q, name: string) => `create ${unique ?? ''}index "${schema}"."${name}"`);
  if (moved === ddl) throw new Error(`DDL tak dikenal untuk tahap impor: ${ddl.slice(0, 60)}`);
  return moved;
}

function table(schema: string, name: string): RawBuilder<unknown> {
  return sql`${sql.id(schema)}.${sql.id(name)}`;
}

async function columnsOf(db: Db, name: string): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from pragma_table_info(${name}, 'main') order by cid`.execute(db);
  return r.rows.map((c) => c.name);
}

/**
 * Attaches a fresh stage to `db`'s connection and fills it with a consistent snapshot (one read
 * transaction) of what applying org data reads.
 *
 * @example
 * const stage = await openStage(db);
 * try { await stage.db.transaction().execute((trx) => applyOrgData(trx, ctx, id, data)); await stage.swap(); }
 * finally { await stage.close(); }
 */
export async function openStage(db: Db): Promise<Stage> {
  counter += 1;
  const schema = `import_stage_${process.pid}_${counter}`;
  await sql`attach database ':memory:' as ${sql.id(schema)}`.execute(db);
  try {
    const ddl = await sql<{ sql: string }>`select sql from main.sqlite_master
      where type in ('table', 'index') and sql is not null and tbl_name in (${sql.join([...STAGED_TABLES])})
      order by type desc`.execute(db);
    // Tables first (type 'table' sorts after 'index' descending), then their indexes.
    for (const d of ddl.rows) await sql.raw(inSchema(d.sql, schema)).execute(db);
    let outboxMark = 0;
    await db.transaction().execute(async (trx) => {
      for (const t of ['instansi', ...ORG_TABLES] as const) {
        await sql`insert into ${table(schema, t)} select * from ${table('main', t)}`.execute(trx);
        await sql`create table ${table(schema, `snap_${t}`)} as select * from ${table('main', t)}`.execute(trx);
      }
      // The repositories chain an edit to the row's pending command or last server version.
      await sql`insert into ${table(schema, 'outbox')} select * from main.outbox where status = 'pending'`.execute(trx);
      await sql`insert into ${table(schema, 'server_row')} select * from main.server_row where entity in (${sql.join(ORG_ENTITIES)})`.execute(trx);
      const mark = await sql<{ n: number | null }>`select max(seq) as n from ${table(schema, 'outbox')}`.execute(trx);
      outboxMark = mark.rows[0]?.n ?? 0;
    });
    return {
      db: db.withSchema(schema),
      swap: () => swap(db, schema, outboxMark),
      close: async () => {
        await sql`detach database ${sql.id(schema)}`.execute(db);
      },
    };
  } catch (e) {
    await sql`detach database ${sql.id(schema)}`.execute(db);
    throw e;
  }
}

async function swap(db: Db, schema: string, outboxMark: number): Promise<void> {
  const columns = new Map<string, string[]>();
  for (const t of [...ORG_TABLES, 'outbox']) columns.set(t, await columnsOf(db, t));
  // What the import adds or changes, worked out before taking the write lock: the swap itself
  // only checks and copies.
  for (const t of ORG_TABLES) {
    await sql`drop table if exists ${table(schema, `delta_${t}`)}`.execute(db);
    await sql`create table ${table(schema, `delta_${t}`)} as select * from ${table(schema, t)} except select * from ${table(schema, `snap_${t}`)}`.execute(db);
  }
  await db.connection().execute(async (c) => {
    // IMMEDIATE: take the write lock before the first read, so no other writer can slip in
    // between the check and the copy (and a stale read snapshot cannot make the copy fail).
    await sql`begin immediate`.execute(c);
    try {
      for (const t of ORG_TABLES) {
        const live = table('main', t);
        const snap = table(schema, `snap_${t}`);
        const diff = await sql`select 1 as x from (select * from ${live} except select * from ${snap})
          union all select 1 as x from (select * from ${snap} except select * from ${live}) limit 1`.execute(c);
        if (diff.rows.length > 0) {
          throw new AppFailure('CONFLICT', 'Data unit, jabatan atau pegawai berubah selama impor berjalan; tidak ada data yang diubah. Unggah ulang berkasnya untuk memeriksa lagi.');
        }
      }
      for (const t of ORG_TABLES) {
        const cols = columns.get(t) ?? [];
        const list = sql.join(cols.map((n) => sql.id(n)));
        const set = sql.join(cols.filter((n) => n !== 'id').map((n) => sql`${sql.id(n)} = excluded.${sql.id(n)}`));
        // `where true` lets SQLite parse the upsert after a select.
        await sql`insert into ${table('main', t)} (${list})
          select ${list} from ${table(schema, `delta_${t}`)} where true
          on conflict (id) do update set ${set}`.execute(c);
      }
      await sql`insert into main.audit_log select * from ${table(schema, 'audit_log')}`.execute(c);
      // Fresh outbox sequence numbers, in the order the stage made the commands.
      const outboxCols = sql.join((columns.get('outbox') ?? []).filter((n) => n !== 'seq').map((n) => sql.id(n)));
      await sql`insert into main.outbox (${outboxCols})
        select ${outboxCols} from ${table(schema, 'outbox')} where seq > ${outboxMark} order by seq`.execute(c);
      await sql`commit`.execute(c);
    } catch (e) {
      await sql`rollback`.execute(c);
      throw e;
    }
  });
}
