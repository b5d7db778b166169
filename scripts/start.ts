/**
 * `npm start`: build, then run the desktop app in Electron when its binary is available,
 * otherwise fall back to browser mode (the same core behind a 127.0.0.1 HTTP host).
 *
 * Env: MEJA_NO_ELECTRON=1 skips Electron (and its download attempt); MEJA_PORT (default 5180);
 * MEJA_DATA_DIR overrides the per-user data folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../electron/core/data-dir.js';
import { buildElectron, buildRenderer } from './build.js';
import { electronSqliteBinding } from './electron-native.js';

const root = path.resolve(import.meta.dirname, '..');
const electronPkgDir = path.join(root, 'node_modules', 'electron');
/** Long enough for a real download on a slow line; offline it fails within seconds. */
const INSTALL_TIMEOUT_MS = 120_000;

/** The Electron executable if `node_modules/electron` has fetched it, else undefined. */
function electronBinary(): string | undefined {
  const pathFile = path.join(electronPkgDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(electronPkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** Electron >= 45 fetches its binary on first use, not at `npm install`; try that once. */
function tryInstallElectron(): void {
  console.log('Mengunduh Electron... / Downloading Electron...');
  const result = spawnSync(process.execPath, [path.join(electronPkgDir, 'install.js')], {
    // stderr is captured: offline it is a long network stack trace; its first line says enough.
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT_MS,
  });
  if (result.status !== 0) {
    const reason = result.error?.message ?? result.stderr.trim().split('\n')[0] ?? '';
    console.log(`Unduhan Electron gagal / Electron download failed: ${reason}`);
  }
}

/** The SQLite binding for Electron's ABI, or undefined (with a message) when it can't be built. */
function sqliteBindingForElectron(): string | undefined {
  const pkg = JSON.parse(readFileSync(path.join(electronPkgDir, 'package.json'), 'utf8')) as { version: string };
  try {
    return electronSqliteBinding(root, pkg.version);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return undefined;
  }
}

function launchElectron(binary: string, binding: string): void {
  // `.` makes app.getAppPath() the repo root, the same layout the packaged asar has.
  const child = spawn(binary, ['.'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MEJA_SQLITE_BINDING: binding },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code) => process.exit(code ?? 1));
}

async function startBrowserMode(): Promise<void> {
  // Loaded lazily so the Electron path never opens the database with Node's binding.
  const { createCore } = await import('../electron/core/app.js');
  const { startHttpHost } = await import('../electron/transports/http.js');
  const dataDir = defaultDataDir();
  const core = await createCore({ dataDir });
  const host = await startHttpHost(core, {
    port: Number(process.env.MEJA_PORT ?? 5180),
    staticDir: path.join(root, 'dist', 'renderer'),
  });
  console.log(`Meja Kinerja (mode peramban) berjalan di ${host.url}`);
  console.log(`Meja Kinerja (browser mode) is running at ${host.url}`);
  console.log(`Data: ${dataDir}`);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    // Host first so no request reaches a closed core; closing the core checkpoints SQLite.
    await host.close();
    await core.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop().catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
    });
  }
}

async function main(): Promise<void> {
  await buildRenderer();
  await buildElectron();

  let binary = electronBinary();
  if (!binary && !process.env.MEJA_NO_ELECTRON) {
    tryInstallElectron();
    binary = electronBinary();
  }
  // Without a matching SQLite build Electron would crash on start; browser mode still works.
  const binding = binary ? sqliteBindingForElectron() : undefined;
  if (binary && binding) {
    launchElectron(binary, binding);
    return;
  }
  console.log('Program Electron tidak tersedia; memulai mode peramban.');
  console.log('The Electron binary is not available; starting browser mode.');
  await startBrowserMode();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
