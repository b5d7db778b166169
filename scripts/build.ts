/**
 * Builds the app.
 *   tsx scripts/build.ts             renderer (vite) + Electron main/preload/job-worker bundles (esbuild)
 *   tsx scripts/build.ts --renderer  renderer only (enough for browser mode and e2e tests)
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Left out of the bundle and loaded from node_modules at run time: Electron itself, native
 * addons (their `.node` files must sit next to their JS, unpacked from the asar) and
 * electron-updater / exceljs, which load files lazily in ways a bundler can miss.
 */
const EXTERNAL = [
  'electron',
  'electron-updater',
  'better-sqlite3',
  '@node-rs/argon2',
  '@node-rs/*',
  'bindings',
  'exceljs',
];

/** Builds `renderer/` into `dist/renderer` with the settings in `vite.config.ts`. */
export async function buildRenderer(): Promise<void> {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

/** Bundles the Electron main process and preload into `dist/electron/*.cjs`. */
export async function buildElectron(): Promise<void> {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    external: EXTERNAL,
    logLevel: 'warning',
    absWorkingDir: root,
  } as const;

  await esbuild({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    // The core is ESM source; in a CJS bundle `import.meta` is empty, so map the two fields
    // code may read onto their CommonJS equivalents instead of crashing at run time.
    banner: { js: 'const __meja_import_meta_url = require("url").pathToFileURL(__filename).href;' },
    define: {
      'import.meta.url': '__meja_import_meta_url',
      'import.meta.dirname': '__dirname',
      'import.meta.filename': '__filename',
    },
  });

  // The job worker (electron/core/jobs): its own bundle next to main.cjs, where the runner looks
  // for it when it finds itself bundled. Same `import.meta` mapping as the main bundle.
  await esbuild({
    ...common,
    entryPoints: ['electron/core/jobs/worker-main.ts'],
    outfile: 'dist/electron/job-worker.cjs',
    banner: { js: 'const __meja_import_meta_url = require("url").pathToFileURL(__filename).href;' },
    define: {
      'import.meta.url': '__meja_import_meta_url',
      'import.meta.dirname': '__dirname',
      'import.meta.filename': '__filename',
    },
  });

  // A sandboxed preload may only `require('electron')`; everything else must be bundled in.
  // Minified because it runs on every page load and drags in zod through shared/contract.
  await esbuild({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
    minify: true,
  });
}

async function main(): Promise<void> {
  const rendererOnly = process.argv.includes('--renderer');
  await buildRenderer();
  if (!rendererOnly) await buildElectron();
  console.log(rendererOnly ? 'Renderer built: dist/renderer' : 'Built: dist/renderer, dist/electron');
}

// Run only when invoked as a script, so `scripts/start.ts` can import the functions.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
