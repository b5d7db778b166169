import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { HTTP_EVENTS_PATH, HTTP_INVOKE_PATH, MAX_SHEET_BYTES } from '../../shared/contract.js';
import { fail, type Result } from '../../shared/result.js';
import type { Core } from '../core/app.js';
import { sessionEffect, withoutToken } from './session-token.js';
import { anonymousView } from './anonymous-events.js';
import { serveStatic } from './static-files.js';

const COOKIE = 'meja_session';
/** The largest call is a 50 MB spreadsheet as base64 inside JSON. */
const MAX_BODY_BYTES = Math.ceil((MAX_SHEET_BYTES * 4) / 3) + 64 * 1024;

function cookieToken(req: IncomingMessage): string | null {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === COOKIE && v) return decodeURIComponent(v);
  }
  return null;
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>, extraHeaders: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extraHeaders });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk instanceof Buffer ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Requests must name this host (blocks DNS-rebinding pages) and, when a browser sends an Origin,
 * come from this very origin (blocks other local pages posting to us).
 */
function sameOrigin(req: IncomingMessage, port: number): boolean {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowed.some((h) => origin === `http://${h}`);
}

async function handleInvoke(core: Core, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendJson(res, 415, fail('VALIDATION', 'Permintaan harus berformat JSON.'));
  const text = await readBody(req);
  if (text === null) return sendJson(res, 413, fail('PAYLOAD_TOO_LARGE'));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return sendJson(res, 400, fail('VALIDATION', 'Permintaan bukan JSON yang sah.'));
  }
  if (typeof body !== 'object' || body === null || !('channel' in body) || typeof body.channel !== 'string') {
    return sendJson(res, 400, fail('VALIDATION', 'Permintaan tidak menyebut perintah.'));
  }
  const payload = 'payload' in body ? body.payload : undefined;
  const result = await core.invoke(body.channel, payload, cookieToken(req));
  const effect = sessionEffect(body.channel, result);
  const headers: Record<string, string> = {};
  if (effect && 'set' in effect) headers['set-cookie'] = `${COOKIE}=${encodeURIComponent(effect.set)}; HttpOnly; SameSite=Strict; Path=/`;
  if (effect && 'clear' in effect) headers['set-cookie'] = `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
  sendJson(res, 200, withoutToken(result), headers);
}

/** Server-sent events: the browser-mode counterpart of webContents.send. */
function handleEvents(core: Core, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': meja\n\n');
  const token = cookieToken(req);
  const off = core.onEvent((e, audience) => {
    // Only browsers with a live session get events, and a targeted event only its own session;
    // a page without one hears the join progress, redacted (see anonymousView).
    const live = token !== null && core.sessions.isLive(token);
    const shown = audience ? (audience.token === token ? e : null) : live ? e : anonymousView(e);
    if (shown) res.write(`data: ${JSON.stringify(shown)}\n\n`);
  });
  req.on('close', off);
}

/**
 * Browser mode: serves the renderer and the same contract over HTTP on 127.0.0.1 only.
 *
 * @example
 * const host = await startHttpHost(core, { port: 0, staticDir: 'dist/renderer' });
 * console.log(host.url);
 */
export async function startHttpHost(core: Core, opts: { port: number; staticDir: string }): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const root = resolve(opts.staticDir);
  let port = opts.port;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!sameOrigin(req, port)) return sendJson(res, 403, fail('FORBIDDEN', 'Permintaan dari asal yang tidak dikenal ditolak.'));
    const work =
      url.pathname === HTTP_INVOKE_PATH && req.method === 'POST'
        ? handleInvoke(core, req, res)
        : url.pathname === HTTP_EVENTS_PATH && req.method === 'GET'
          ? Promise.resolve(handleEvents(core, req, res))
          : req.method === 'GET'
            ? serveStatic(root, url.pathname, res)
            : Promise.resolve(sendJson(res, 405, fail('VALIDATION', 'Metode tidak didukung.')));
    work.catch((e: unknown) => {
      console.error('[meja] http:', e);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL'));
      else res.end();
    });
  });
  server.requestTimeout = 10 * 60_000;
  await new Promise<void>((ok, ko) => {
    server.once('error', ko);
    server.listen(opts.port, '127.0.0.1', () => ok());
  });
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
