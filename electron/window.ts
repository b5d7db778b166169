/**
 * The main window and the security settings around it (see Electron's security checklist):
 * isolated, sandboxed renderer without Node; a strict CSP; no popups, no foreign navigation,
 * no permissions, no <webview>.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, app, session, shell } from 'electron';

/**
 * Mantine injects <style> tags, hence 'unsafe-inline' for styles only; scripts stay 'self'.
 * connect-src 'self' suffices because all data flows over IPC, never HTTP, in the desktop app.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Session-wide rules; call once after `app` is ready, before any window loads. */
export function hardenSession(): void {
  // webRequest covers http(s) loads; file:// responses carry no headers, so the renderer's
  // index.html should also declare the same policy in a <meta http-equiv> tag.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // The app needs no camera, microphone, notifications or geolocation.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
}

/** Creates the main window and loads the built renderer from disk (works inside the asar). */
export function createMainWindow(): BrowserWindow {
  const appPath = app.getAppPath();
  const indexUrl = pathToFileURL(path.join(appPath, 'dist', 'renderer', 'index.html'));

  const win = new BrowserWindow({
    title: 'Meja Kinerja',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  // Showing only when painted avoids a white flash on slow office PCs.
  win.once('ready-to-show', () => win.show());

  // Links to the web open in the user's browser; the app window never opens another window.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (new URL(url).protocol === 'https:') void shell.openExternal(url);
    return { action: 'deny' };
  });
  // Only the app's own page may be shown in this window (a reload keeps the same path).
  win.webContents.on('will-navigate', (event, url) => {
    const target = new URL(url);
    if (target.protocol !== indexUrl.protocol || target.pathname !== indexUrl.pathname) event.preventDefault();
  });

  void win.loadURL(indexUrl.href);
  return win;
}
