/**
 * The job worker thread: runs jobs from the registry one at a time, each on its own connection to
 * the desk's database file (WAL lets it read while the main thread reads and writes), posts
 * progress, and stops at the next checkpoint when asked to cancel. The thread stays for the next
 * job (starting one costs seconds of module loading) until the runner retires it.
 */
import { parentPort } from 'node:worker_threads';
import { openDatabase } from '../db/connection.js';
import { cancelledFailure, toWire, transferablesOf, type FromWorker, type JobContext, type ToWorker } from './job-types.js';
import { JOBS, isJobName } from './registry.js';

const port = parentPort;
if (!port) throw new Error('worker-main runs only as a worker thread');

let current: string | null = null;
const cancelled = new Set<string>();
const post = (m: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);

async function run(m: Extract<ToWorker, { type: 'start' }>): Promise<void> {
  const jobId = m.jobId;
  current = jobId;
  if (!isJobName(m.name)) return post({ jobId, type: 'failed', error: { app: false, message: `Pekerjaan tidak dikenal: ${m.name}` } });
  try {
    // Migrations already ran on the main thread's connection before any job could start.
    const { db, close } = await openDatabase({ file: m.file, migrate: false });
    try {
      const ctx: JobContext = {
        db,
        progress: async (phase, done, total) => {
          post({ jobId, type: 'progress', phase, done, total });
          // Lets a cancel message in between chunks.
          await new Promise<void>((resolve) => setImmediate(resolve));
        },
        checkCancelled: () => {
          if (cancelled.has(jobId)) throw cancelledFailure();
        },
      };
      const job = JOBS[m.name] as (c: JobContext, i: unknown) => Promise<unknown>;
      const output = await job(ctx, m.input);
      post({ jobId, type: 'done', output }, transferablesOf(output));
    } finally {
      await close();
    }
  } catch (e) {
    post({ jobId, type: 'failed', error: toWire(e) });
  } finally {
    cancelled.delete(jobId);
    current = null;
  }
}

port.on('message', (m: ToWorker) => {
  if (m.type === 'cancel') {
    if (m.jobId === current) cancelled.add(m.jobId);
  }
  else void run(m);
});
