/**
 * The pieces of the sync story in one process: a central server on 127.0.0.1 (real Fastify over
 * in-memory PGlite) and browser-mode desks (real cores on their own temp SQLite files), all
 * reached over real HTTP.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildServer } from '../../../server/app.js';
import { connectDatabase, type ServerDb } from '../../../server/db/connect.js';
import { createCore } from '../../../electron/core/app.js';
import { startHttpHost } from '../../../electron/transports/http.js';

export const BOOTSTRAP_SECRET = 'rahasia-bootstrap-uji';

export type Running = { url: string; close: () => Promise<void> };

/** The running server plus its database, so a test can check what the server holds. */
export type SyncServer = Running & { db: ServerDb };

/** The central sync server on a random loopback port. */
export async function startSyncServer(): Promise<SyncServer> {
  const { db, close } = await connectDatabase({ dataDir: 'memory://' });
  const app = buildServer({ db, secret: 'kunci-uji-yang-cukup-panjang-untuk-hmac', bootstrapSecret: BOOTSTRAP_SECRET });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    db,
    close: async () => {
      await app.close();
      await close();
    },
  };
}

/** A network link a desk reaches the server through, which a test can cut and restore. */
export type Link = Running & { cut: () => Promise<void>; restore: () => Promise<void> };

/**
 * A plain TCP relay on its own loopback port in front of `targetUrl`. A desk connected through
 * `link.url` loses the server exactly as an office PC loses the network: `cut()` drops every open
 * connection (the desk's keep-alive sockets included) and closes the port, so each request fails
 * with ECONNREFUSED (the engine's NetworkError, shown as "Luring"); `restore()` listens on the same
 * port again. The server itself keeps running, so nothing about it changes while the desk is away.
 */
export async function startLink(targetUrl: string): Promise<Link> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };
  const relay = net.createServer((inbound) => {
    track(inbound);
    const outbound = net.connect({ host: target.hostname, port: Number(target.port) });
    track(outbound);
    inbound.pipe(outbound).pipe(inbound);
    inbound.on('error', () => outbound.destroy());
    outbound.on('error', () => inbound.destroy());
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      relay.once('error', reject);
      relay.listen({ host: '127.0.0.1', port }, () => {
        relay.off('error', reject);
        resolve((relay.address() as net.AddressInfo).port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (!relay.listening) return resolve();
      relay.close(() => resolve());
    });
  const port = await listen(0);
  return {
    url: `http://127.0.0.1:${port}`,
    cut: stop,
    restore: async () => {
      await listen(port);
    },
    close: stop,
  };
}

/**
 * A browser-mode desk. Its background sync only runs on its own long timer: a test that stages
 * a conflict decides itself, with "Sinkron sekarang", which desk's edit reaches the server first
 * (the default pushes about a second after every edit, which would race the test's clicks).
 */
export async function startDesk(staticDir: string): Promise<Running> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'meja-e2e-sync-'));
  const core = await createCore({ dataDir, sync: { engine: { debounceMs: 10 * 60_000, intervalMs: 10 * 60_000 } } });
  let http: Awaited<ReturnType<typeof startHttpHost>>;
  try {
    http = await startHttpHost(core, { port: 0, staticDir });
  } catch (e) {
    await core.close();
    await rm(dataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: http.url,
    close: async () => {
      // Host first so no request reaches a closed core; core close checkpoints SQLite.
      await http.close();
      await core.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
