import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/**
 * The renderer build. `base: './'` makes every asset URL relative, so the same output works
 * from the browser-mode HTTP host and from `file://` inside the packaged asar.
 */
export default defineConfig({
  root: path.join(here, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist', 'renderer'),
    emptyOutDir: true,
    // Electron 45 ships a recent Chromium; no need to down-level for old browsers.
    target: 'chrome130',
    sourcemap: true,
    // Loaded from local disk, never over a network, so one larger chunk costs nothing noticeable.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // Dev server is only for the renderer author; never expose it beyond this machine.
    host: '127.0.0.1',
    strictPort: false,
  },
});
