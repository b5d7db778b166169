import os from 'node:os';
import path from 'node:path';

/** Folder name on Windows/macOS, where the OS convention is a display name. */
const PRODUCT_NAME = 'Meja Kinerja';
/** Folder name on Linux, where the XDG convention is lower-case without spaces. */
const LINUX_DIR_NAME = 'meja-kinerja';

/**
 * The per-user folder that holds the SQLite database and other local data.
 *
 * Pure Node on purpose: `scripts/start.ts` (browser mode) and `electron/main.ts` both call it,
 * so the desktop app and browser mode open the same database. `MEJA_DATA_DIR` overrides it
 * (tests, demos, portable installs).
 *
 * @example
 * const core = await createCore({ dataDir: defaultDataDir() });
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const override = env.MEJA_DATA_DIR;
  if (override) return path.resolve(override);

  if (platform === 'win32') {
    const appData = env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  const configHome = env.XDG_CONFIG_HOME || path.posix.join(home, '.config');
  return path.posix.join(configHome, LINUX_DIR_NAME);
}
