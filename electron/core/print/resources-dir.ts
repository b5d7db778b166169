/**
 * Where `resources/` (fonts for printed forms) is: from source (electron/core/print → repo root),
 * from the bundle (dist/electron/*.cjs → app root) and packaged (the same two levels inside
 * app.asar, which Electron's fs reads transparently; electron-builder.yml ships resources/**).
 * MEJA_RESOURCES_DIR overrides, for an installation that keeps them elsewhere.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MARKER = path.join('fonts', 'DejaVuSans.ttf');

let found: string | null = null;

/**
 * @example
 * path.join(resourcesDir(), 'fonts', 'DejaVuSans.ttf');
 */
export function resourcesDir(): string {
  if (found) return found;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    process.env.MEJA_RESOURCES_DIR,
    path.resolve(here, '..', '..', '..', 'resources'), // source: electron/core/print
    path.resolve(here, '..', '..', 'resources'), // bundle: dist/electron (also inside app.asar)
  ].filter((c): c is string => typeof c === 'string' && c !== '');
  const hit = candidates.find((c) => existsSync(path.join(c, MARKER)));
  if (!hit) throw new Error(`resources/fonts not found (looked in ${candidates.join(', ')})`);
  found = hit;
  return hit;
}
