/**
 * Automatic updates from the generic feed in electron-builder.yml (served by the central server).
 * Offices are often offline: every failure is logged and swallowed, never shown as a crash.
 */
import { app } from 'electron';
import { autoUpdater } from 'electron-updater';

function logError(error: unknown): void {
  console.warn('[pembaruan] pemeriksaan pembaruan gagal / update check failed:', error instanceof Error ? error.message : error);
}

/** Checks once for an update; downloads it in the background and installs it on quit. */
export function startUpdater(): void {
  // An unpackaged (development) build has no app-update.yml and nothing to update.
  if (!app.isPackaged) return;
  // Lets an office point at its own server without repackaging.
  const feed = process.env.MEJA_UPDATE_URL;
  if (feed) autoUpdater.setFeedURL({ provider: 'generic', url: feed });
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.on('error', logError);
  autoUpdater.checkForUpdates().catch(logError);
}
