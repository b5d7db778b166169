// Entry of a job worker when the app runs from source (tsx, vitest, Playwright): Node 20 applies
// no `--import tsx` loader to a worker's entry, so load the TypeScript entry through tsx's API.
// The bundled app starts dist/electron/job-worker.cjs instead (scripts/build.ts).
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
