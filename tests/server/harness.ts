import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { vi } from 'vitest';
import { connectDatabase, type ServerDb } from '../../server/db/connect.js';

// Starting PGlite (WASM) takes seconds, and much longer on a busy 2-core box: opening a database
// in a hook gets more than the default 30 s. Every server test file imports this module.
vi.setConfig({ hookTimeout: 120_000 });

/** A database to run a suite on: in-memory PGlite always, PostgreSQL when DATABASE_URL_TEST is set. */
export type Backend = { name: 'pglite' | 'postgres'; open: (opts?: { migrate?: boolean }) => Promise<{ db: ServerDb; close: () => Promise<void> }> };

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * The pool's sockets may still be closing when `end()` resolves, and `drop database` refuses a database
 * with sessions; forcing would kill them mid-goodbye (an unhandled FATAL in the test). So wait for them.
 */
async function dropDatabase(url: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await adminQuery(url, `drop database ${name}`);
      return;
    } catch (error) {
      if (attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Each open gets a fresh, randomly named database, dropped on close. A database, not a schema: Kysely's
 * migrator reads the catalog of every schema in the database, and a schema another test file drops
 * meanwhile fails that read ("schema t_… does not exist"), which once failed CI.
 */
function postgres(url: string): Backend {
  return {
    name: 'postgres',
    open: async (opts) => {
      const name = `t_${randomBytes(6).toString('hex')}`;
      await adminQuery(url, `create database ${name}`);
      const own = new URL(url);
      own.pathname = `/${name}`;
      const conn = await connectDatabase({ url: own.toString(), poolSize: 4, migrate: opts?.migrate ?? true });
      return {
        db: conn.db,
        close: async () => {
          await conn.close();
          await dropDatabase(url, name);
        },
      };
    },
  };
}

const pglite: Backend = {
  name: 'pglite',
  open: async (opts) => {
    const conn = await connectDatabase({ dataDir: 'memory://', migrate: opts?.migrate ?? true });
    return { db: conn.db, close: conn.close };
  },
};

export function backends(): Backend[] {
  const url = process.env.DATABASE_URL_TEST;
  return url ? [pglite, postgres(url)] : [pglite];
}
