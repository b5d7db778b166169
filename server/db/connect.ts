import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateServer } from './migrate.js';
import { pgliteDialect } from './pglite-dialect.js';
import type { ServerDatabase } from './schema.js';

export type ServerDb = Kysely<ServerDatabase>;

export type ConnectOptions = {
  /** A PostgreSQL URL; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory, or 'memory://'. */
  dataDir?: string;
  /** PostgreSQL only: schema to work in (tests isolate each file in its own). */
  searchPath?: string;
  /** PostgreSQL only: pool size. */
  poolSize?: number;
  /** Run the migrations after connecting (default true). */
  migrate?: boolean;
};

export type Connection = { db: ServerDb; kind: 'postgres' | 'pglite'; close: () => Promise<void> };

/** int8 comes back as a decimal string, like node-postgres does, so both backends agree. */
const PG_INT8 = 20;

/**
 * Opens the central database: PostgreSQL when `url` is given, embedded PGlite otherwise, then
 * migrates it.
 *
 * @example
 * const { db, close } = await connectDatabase({ dataDir: 'memory://' });
 */
export async function connectDatabase(opts: ConnectOptions): Promise<Connection> {
  let db: ServerDb;
  let kind: Connection['kind'];
  if (opts.url) {
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      ...(opts.searchPath ? { options: `-c search_path=${opts.searchPath}` } : {}),
    });
    db = new Kysely<ServerDatabase>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
    kind = 'postgres';
  } else {
    const pglite = await PGlite.create(opts.dataDir ?? 'memory://', { parsers: { [PG_INT8]: (v: string) => v } });
    db = new Kysely<ServerDatabase>({ dialect: pgliteDialect(pglite), plugins: [new CamelCasePlugin()] });
    kind = 'pglite';
  }
  if (opts.migrate !== false) await migrateServer(db);
  return { db, kind, close: () => db.destroy() };
}
