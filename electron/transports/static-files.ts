import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** Same policy as the Electron window: only our own scripts, no inline script, no remote loads. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/**
 * Serves the built renderer; unknown paths fall back to index.html (client-side routes). Paths are
 * resolved inside `root` only, so `..` cannot reach other files.
 */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  let rel = '';
  try {
    rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  } catch {
    // A malformed %-escape is a client's garbage, not a server fault: serve the app shell.
  }
  const file = join(root, rel);
  const inside = file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
  let body: Buffer;
  let type = TYPES[extname(file)] ?? 'application/octet-stream';
  try {
    if (!inside || rel === '' || rel.endsWith(sep)) throw new Error('index');
    body = await readFile(file);
  } catch {
    body = await readFile(join(root, 'index.html'));
    type = TYPES['.html'] ?? 'text/html';
  }
  res.writeHead(200, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': type.startsWith('text/html') ? 'no-store' : 'public, max-age=3600',
  });
  res.end(body);
}
