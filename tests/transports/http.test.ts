import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_EVENTS_PATH, HTTP_INVOKE_PATH } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import { startHttpHost } from '../../electron/transports/http.js';
import { ADMIN_NIP, ADMIN_PASSWORD, makeCore, setUp, type TestCore } from '../core/helpers.js';

const INDEX = '<!doctype html><title>Meja Kinerja uji</title>';
const SECRET = 'RAHASIA-DI-LUAR-FOLDER';

let t: TestCore;
let host: Awaited<ReturnType<typeof startHttpHost>>;
let root: string;

type Reply = { status: number; headers: IncomingHttpHeaders; body: string };

/**
 * A raw request: node's client sends the path and Host exactly as given (fetch would normalise
 * them). No agent: a fresh connection each time, so no test inherits a kept-alive socket.
 */
function send(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent: false, host: '127.0.0.1', port: host.port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${host.port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

function invoke(channel: string, payload: unknown, cookie?: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send({
    method: 'POST',
    path: HTTP_INVOKE_PATH,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify({ channel, payload }),
  });
}

function result(r: Reply): Result<Record<string, unknown>> {
  return JSON.parse(r.body) as Result<Record<string, unknown>>;
}

function errorCode(r: Reply): string {
  const parsed = result(r);
  return parsed.ok ? 'ok' : parsed.error.code;
}

function sessionCookie(r: Reply): string {
  const set = r.headers['set-cookie']?.[0] ?? '';
  return set.split(';')[0] ?? '';
}

// One core and host for the file: every test signs in on its own, and hashing a password per test
// would make the file slow for nothing.
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'meja-http-'));
  mkdirSync(join(root, 'static', 'assets'), { recursive: true });
  writeFileSync(join(root, 'static', 'index.html'), INDEX);
  writeFileSync(join(root, 'static', 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  writeFileSync(join(root, 'static-evil.txt'), SECRET);
  t = await makeCore();
  await setUp(t);
  host = await startHttpHost(t.core, { port: 0, staticDir: join(root, 'static') });
});
afterAll(async () => {
  await host.close();
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static files', () => {
  it('GET / serves index.html with a Content-Security-Policy', async () => {
    const r = await send({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toBe(INDEX);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    const csp = r.headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves an asset with its type', async () => {
    const r = await send({ path: '/assets/app.js' });
    expect(r.status).toBe(200);
    expect(r.body).toBe('console.log("app");');
    expect(r.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it.each(['/pegawai', '/pegawai/123/edit', '/tidak-ada.js', '/assets/', '/?q=1'])('unknown path %s falls back to index.html', async (path) => {
    const r = await send({ path });
    expect(r.status).toBe(200);
    expect(r.body).toBe(INDEX);
  });

  it.each([
    '/../secret.txt',
    '/../../secret.txt',
    '/../../../../../../etc/passwd',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5c%2e%2e%5csecret.txt',
    '/../static-evil.txt',
    '//secret.txt',
    '/%2fetc%2fpasswd',
  ])('traversal %s does not escape the static folder', async (path) => {
    const r = await send({ path });
    expect(r.body).not.toContain(SECRET);
    expect(r.body).not.toMatch(/root:.*:0:0/);
    if (r.status === 200) expect(r.body).toBe(INDEX);
  });

  it.each(['/%E0%A4%A', '/%', '/assets/%zz.js'])('a malformed percent-encoding %s gets the app shell, not a server error', async (path) => {
    const r = await send({ path });
    expect(r.status).toBe(200);
    expect(r.body).toBe(INDEX);
    expect((await send({ path: '/' })).status).toBe(200);
  });
});

describe('request origin checks', () => {
  it.each([
    ['a foreign Host (DNS rebinding)', (port: number) => ({ host: `evil.example:${port}` })],
    ['the right host name on another port', (port: number) => ({ host: `127.0.0.1:${port + 1}` })],
    ['a foreign Origin', () => ({ origin: 'http://evil.example' })],
    ['an Origin on another local port', (port: number) => ({ origin: `http://127.0.0.1:${port + 1}` })],
    ['the opaque null Origin', () => ({ origin: 'null' })],
    ['an https Origin of this host', (port: number) => ({ origin: `https://127.0.0.1:${port}` })],
  ])('POST %s → 403, nothing runs', async (_what, headers) => {
    const r = await invoke('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }, undefined, headers(host.port));
    expect(r.status).toBe(403);
    expect(errorCode(r)).toBe('FORBIDDEN');
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it('a foreign Host cannot read the page either', async () => {
    const r = await send({ path: '/', headers: { host: 'evil.example' } });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain(INDEX);
  });

  it.each([
    ['127.0.0.1', undefined],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('Host %s with Origin %s is accepted', async (name, originHost) => {
    const headers: Record<string, string> = { host: `${name}:${host.port}` };
    if (originHost) headers.origin = `http://${originHost}:${host.port}`;
    const r = await invoke('app/info', {}, undefined, headers);
    expect(r.status).toBe(200);
    expect(result(r).ok).toBe(true);
  });
});

describe('POST /api/invoke', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', ''])('content-type %j → 415', async (type) => {
    const r = await send({ method: 'POST', path: HTTP_INVOKE_PATH, headers: type ? { 'content-type': type } : {}, body: JSON.stringify({ channel: 'app/info', payload: {} }) });
    expect(r.status).toBe(415);
    expect(errorCode(r)).toBe('VALIDATION');
  });

  it.each(['{', 'not json', '{"channel": "app/info",}', ''])('malformed JSON %j → 400 with a Result', async (body) => {
    const r = await send({ method: 'POST', path: HTTP_INVOKE_PATH, headers: { 'content-type': 'application/json' }, body });
    expect(r.status).toBe(400);
    const parsed = result(r);
    expect(parsed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(parsed.ok ? '' : parsed.error.message).toMatch(/JSON/);
  });

  it.each(['null', '[]', '"app/info"', '{}', '{"channel": 5}', '{"payload": {}}'])('a body %s without a channel → 400', async (body) => {
    const r = await send({ method: 'POST', path: HTTP_INVOKE_PATH, headers: { 'content-type': 'application/json' }, body });
    expect(r.status).toBe(400);
    expect(errorCode(r)).toBe('VALIDATION');
  });

  it('validation failures travel as 200 with a Result, like every other answer', async () => {
    const r = await invoke('app/info', { x: 1 });
    expect(r.status).toBe(200);
    expect(errorCode(r)).toBe('VALIDATION');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('a refused form reaches the browser with each field named, in the forms\' Indonesian words', async () => {
    const cookie = sessionCookie(await invoke('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }));
    const units = result(await invoke('org/units', {}, cookie));
    const unitId = units.ok ? (units.value as unknown as { id: string }[])[0]?.id : undefined;
    const r = await invoke(
      'pegawai/save',
      { nip: '', gelarDepan: '', nama: 'A'.repeat(121), gelarBelakang: '', jenisAsn: 'PNS', golongan: '', jabatanId: null, unitId, tmtMulai: null, tmtSelesai: null },
      cookie,
    );
    const body = result(r);
    expect(body.ok).toBe(false);
    if (body.ok) return;
    expect(body.error.issues).toEqual([
      { path: 'nip', message: 'Wajib diisi' },
      { path: 'nama', message: 'Paling banyak 120 karakter' },
      { path: 'golongan', message: 'Wajib diisi' },
    ]);
  });

  it('other methods → 405', async () => {
    const r = await send({ method: 'PUT', path: HTTP_INVOKE_PATH, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(r.status).toBe(405);
  });

  it('a body over the limit → 413, and the server keeps serving', async () => {
    const big = Buffer.alloc(70 * 1024 * 1024, 0x61);
    const started = Date.now();
    const r = await new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
      const req = request(
        { agent: false, host: '127.0.0.1', port: host.port, method: 'POST', path: HTTP_INVOKE_PATH, headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', (e) => resolve({ error: e.message }));
      req.end(big);
    });
    expect(r).toMatchObject({ status: 413 });
    if ('body' in r) expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result(await invoke('app/info', {})).ok).toBe(true);
  });
});

describe('session cookie', () => {
  it('sign-in sets an HttpOnly SameSite=Strict cookie and never returns the token', async () => {
    const r = await invoke('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD });
    expect(r.status).toBe(200);
    const set = r.headers['set-cookie'] ?? [];
    expect(set).toHaveLength(1);
    const attrs = (set[0] ?? '').split(';').map((s) => s.trim().toLowerCase());
    expect(attrs[0]).toMatch(/^meja_session=[\w%-]{40,}$/);
    expect(attrs).toContain('httponly');
    expect(attrs).toContain('samesite=strict');
    expect(attrs).toContain('path=/');
    const parsed = result(r);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.token).toBe('');
    const rawToken = decodeURIComponent(sessionCookie(r).split('=')[1] ?? '');
    expect(r.body).not.toContain(rawToken);
  });

  it('the cookie authenticates later calls; without it they are refused', async () => {
    const cookie = sessionCookie(await invoke('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }));
    const me = await invoke('auth/me', {}, cookie);
    const parsed = result(me);
    expect(parsed.ok && (parsed.value.user as { nip: string }).nip).toBe(ADMIN_NIP);
    expect(parsed.ok && parsed.value.token).toBe('');
    expect(errorCode(await invoke('auth/me', {}))).toBe('UNAUTHENTICATED');
    expect(errorCode(await invoke('auth/me', {}, 'meja_session=forged'))).toBe('UNAUTHENTICATED');
    // Another cookie name does not count.
    expect(errorCode(await invoke('auth/me', {}, `other_${cookie}`))).toBe('UNAUTHENTICATED');
  });

  it('sign-out clears the cookie and ends the session on the core', async () => {
    const cookie = sessionCookie(await invoke('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }));
    const out = await invoke('auth/signOut', {}, cookie);
    expect(result(out).ok).toBe(true);
    const cleared = out.headers['set-cookie']?.[0] ?? '';
    expect(cleared).toMatch(/^meja_session=;/);
    expect(cleared.toLowerCase()).toContain('max-age=0');
    // The old cookie, replayed, no longer works.
    expect(errorCode(await invoke('auth/me', {}, cookie))).toBe('UNAUTHENTICATED');
  });

  it('a failed sign-in sets no cookie', async () => {
    const r = await invoke('auth/signIn', { nip: ADMIN_NIP, password: 'bukan-sandinya' });
    expect(errorCode(r)).toBe('BAD_CREDENTIALS');
    expect(r.headers['set-cookie']).toBeUndefined();
  });
});

describe('binding', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.port).toBeGreaterThan(0);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal)
      .map((a) => a?.address ?? '');
    for (const address of ['::1', ...others]) {
      const outcome = await new Promise<string>((resolve) => {
        const s = connect({ host: address, port: host.port });
        s.setTimeout(2000);
        s.on('connect', () => {
          s.destroy();
          resolve('connected');
        });
        s.on('timeout', () => {
          s.destroy();
          resolve('timeout');
        });
        s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });
});

describe('server-sent events', () => {
  function openEvents(cookie?: string): { received: () => string; close: () => void; ready: Promise<void> } {
    let text = '';
    let close = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      const req = request(
        { agent: false, host: '127.0.0.1', port: host.port, method: 'GET', path: HTTP_EVENTS_PATH, headers: { host: `127.0.0.1:${host.port}`, ...(cookie ? { cookie } : {}) } },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toBe('text/event-stream');
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
            if (text.includes(': meja')) resolve();
          });
        },
      );
      req.on('error', (e) => (text.length > 0 ? undefined : reject(e)));
      req.end();
      close = () => req.destroy();
    });
    return { received: () => text, close: () => close(), ready };
  }

  async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
    const until = Date.now() + ms;
    while (!check()) {
      if (Date.now() > until) throw new Error('timed out waiting for an event');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  it('delivers data/changed after a save to a signed-in browser, and nothing to one without a session', async () => {
    const cookie = sessionCookie(await invoke('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }));
    const signedIn = openEvents(cookie);
    const anonymous = openEvents();
    await Promise.all([signedIn.ready, anonymous.ready]);
    try {
      const units = result(await invoke('org/units', {}, cookie));
      const rootId = units.ok && Array.isArray(units.value) ? String((units.value[0] as { id: string }).id) : '';
      const saved = await invoke('org/unitSave', { parentId: rootId, kode: '01.01', nama: 'Sub Bagian Uji' }, cookie);
      expect(result(saved).ok).toBe(true);
      await waitFor(() => signedIn.received().includes('data/changed'));
      const line = signedIn.received().split('\n').find((l) => l.startsWith('data: ')) ?? '';
      expect(JSON.parse(line.slice('data: '.length))).toEqual({ name: 'data/changed', payload: { entities: ['unit_kerja'] } });
      await new Promise((r) => setTimeout(r, 50));
      expect(anonymous.received()).not.toContain('data:');
    } finally {
      signedIn.close();
      anonymous.close();
    }
  });

  it('lets a page without a session hear only the join progress, with nothing but state and count', async () => {
    const anonymous = openEvents();
    await anonymous.ready;
    try {
      const status = { state: 'syncing', serverUrl: 'https://kinerja.example.go.id', lastSyncAt: '2026-11-01T00:00:00.000Z', pending: 7, conflicts: 2, lastError: 'rahasia', received: 1234 } as const;
      t.core.context.emit({ name: 'data/changed', payload: { entities: ['pegawai'] } });
      t.core.context.emit({ name: 'sync/status', payload: status });
      await waitFor(() => anonymous.received().includes('sync/status'));
      const lines = anonymous.received().split('\n').filter((l) => l.startsWith('data: '));
      expect(lines.map((l) => JSON.parse(l.slice('data: '.length)))).toEqual([
        { name: 'sync/status', payload: { state: 'syncing', received: 1234, serverUrl: null, lastSyncAt: null, pending: 0, conflicts: 0, lastError: null } },
      ]);
    } finally {
      anonymous.close();
    }
  });
});
