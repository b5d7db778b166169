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

/** Each open gets a fresh, randomly named schema (search_path set per connection), dropped on close. */
function postgres(url: string): Backend {
  return {
    name: 'postgres',
    open: async (opts) => {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      await adminQuery(url, `create schema ${schema}`);
      const conn = await connectDatabase({ url, searchPath: schema, poolSize: 4, migrate: opts?.migrate ?? true });
      return {
        db: conn.db,
        close: async () => {
          await conn.close();
          await adminQuery(url, `drop schema ${schema} cascade`);
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
