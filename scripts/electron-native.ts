/**
 * better-sqlite3 in node_modules is compiled for Node's ABI (tests and browser mode need that
 * build). Electron has its own ABI, so for `npm start` in Electron we compile a second copy into
 * `.cache/electron-native/<electron version>/better_sqlite3.node` and hand its path to the main
 * process (env MEJA_SQLITE_BINDING -> better-sqlite3's `nativeBinding` option).
 *
 * We rebuild a COPY of the package so the Node build is never overwritten. This needs internet
 * once (Electron headers or a prebuilt binary); packaged apps don't use it at all, because
 * electron-builder's `npmRebuild` compiles for Electron at packaging time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Returns the path of a better-sqlite3 binary built for this Electron version, building it once. */
export function electronSqliteBinding(root: string, electronVersion: string): string {
  const cacheDir = path.join(root, '.cache', 'electron-native', electronVersion);
  const binding = path.join(cacheDir, 'better_sqlite3.node');
  if (existsSync(binding)) return binding;

  // A throwaway "app" whose only dependency is the copied package: @electron/rebuild walks an
  // app's package.json, and nothing here can touch the real node_modules.
  const appDir = path.join(cacheDir, 'app');
  rmSync(appDir, { recursive: true, force: true });
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const copy = path.join(appDir, 'node_modules', 'better-sqlite3');
  const pkg = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as { version: string };
  mkdirSync(path.dirname(copy), { recursive: true });
  const oldBuild = path.join(source, 'build');
  const isOldBuild = (src: string): boolean => src === oldBuild || src.startsWith(oldBuild + path.sep);
  cpSync(source, copy, { recursive: true, filter: (src) => !isOldBuild(src) });
  writeFileSync(
    path.join(appDir, 'package.json'),
    JSON.stringify({ name: 'meja-native', version: '0.0.0', dependencies: { 'better-sqlite3': pkg.version } }),
  );

  console.log(`Membangun better-sqlite3 untuk Electron ${electronVersion} (sekali saja)...`);
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once)...`);
  const cli = path.join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js');
  const result = spawnSync(
    process.execPath,
    [cli, '--version', electronVersion, '--module-dir', appDir, '--only', 'better-sqlite3', '--force'],
    { stdio: 'inherit' },
  );
  const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (result.status !== 0 || !existsSync(built)) {
    throw new Error('Gagal membangun better-sqlite3 untuk Electron / failed to build better-sqlite3 for Electron');
  }
  cpSync(built, binding);
  rmSync(appDir, { recursive: true, force: true });
  return binding;
}
