/**
 * Electron main process: thin glue. The application itself is the core (plain Node); this file
 * only wires it to IPC and a window, and makes sure the core is closed (SQLite checkpointed)
 * before the process exits.
 */
import { BrowserWindow, app, dialog, ipcMain } from 'electron';
import { createCore } from './core/app.js';
import type { Core } from './core/app.js';
import { defaultDataDir } from './core/data-dir.js';
import { bindIpc } from './transports/ipc.js';
import { installMenu } from './menu.js';
import { safeStorageSecretStore } from './safe-storage.js';
import { startUpdater } from './updater.js';
import { createMainWindow, hardenSession } from './window.js';

let mainWindow: BrowserWindow | undefined;
let core: Core | undefined;
let unbindIpc: (() => void) | undefined;

function openWindow(): void {
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession();
  installMenu();
  core = await createCore({ dataDir: defaultDataDir(), mode: 'electron', secretStore: safeStorageSecretStore() });
  unbindIpc = bindIpc(core, ipcMain);
  openWindow();
  startUpdater();
}

/** Closes IPC, then the core; `before-quit` waits for it so no write is cut off. */
async function shutdown(): Promise<void> {
  unbindIpc?.();
  unbindIpc = undefined;
  const closing = core;
  core = undefined;
  await closing?.close();
}

// Two instances would open the same SQLite file; the second one hands over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    // macOS apps stay alive without windows; elsewhere closing the window ends the app.
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    shutdown()
      .catch((error: unknown) => console.error('Gagal menutup data / failed to close data:', error))
      .finally(() => app.quit());
  });

  start().catch((error: unknown) => {
    // Without the core the app is useless; say why instead of showing an empty window.
    const detail = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Meja Kinerja tidak dapat dimulai', detail);
    app.exit(1);
  });
}
