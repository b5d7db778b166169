import { mkdirSync } from 'node:fs';
import type { ConnectOptions } from './db/connect.js';

/** Where the database is, from the environment: PostgreSQL when DATABASE_URL is set, else PGlite. */
export function databaseFromEnv(env: NodeJS.ProcessEnv): ConnectOptions & { label: string } {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, label: 'PostgreSQL' };
  const dataDir = env.MEJA_SERVER_DATA || '.data/server-pglite';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  return { dataDir, label: `PGlite (${dataDir})` };
}

export function listenFromEnv(env: NodeJS.ProcessEnv): { host: string; port: number } {
  const port = Number(env.MEJA_SERVER_PORT || 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`MEJA_SERVER_PORT tidak valid: ${env.MEJA_SERVER_PORT}`);
  return { host: env.MEJA_SERVER_HOST || '127.0.0.1', port };
}
