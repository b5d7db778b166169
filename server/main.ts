/**
 * `npm run server`: the central sync API with no setup. PostgreSQL when DATABASE_URL is set,
 * embedded PGlite otherwise (MEJA_SERVER_DATA, default .data/server-pglite; memory:// allowed).
 * MEJA_SERVER_HOST / MEJA_SERVER_PORT (127.0.0.1:8787), MEJA_SERVER_SECRET (token key; default:
 * generated and stored in the database), MEJA_BOOTSTRAP_SECRET (enables desk bootstrap).
 */
import { buildServer } from './app.js';
import { databaseFromEnv, listenFromEnv } from './config.js';
import { connectDatabase } from './db/connect.js';

const database = databaseFromEnv(process.env);
const { host, port } = listenFromEnv(process.env);
const conn = await connectDatabase(database);
const app = buildServer({
  db: conn.db,
  logger: { level: process.env.MEJA_SERVER_LOG_LEVEL || 'info' },
  ...(process.env.MEJA_SERVER_SECRET ? { secret: process.env.MEJA_SERVER_SECRET } : {}),
  bootstrapSecret: process.env.MEJA_BOOTSTRAP_SECRET || null,
});

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  await app.close();
  await conn.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

const address = await app.listen({ host, port });
console.log(`Server Meja Kinerja berjalan di ${address} — basis data: ${database.label}; dokumentasi API: ${address}/docs`);
