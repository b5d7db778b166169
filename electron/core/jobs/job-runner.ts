/**
 * Runs long jobs (import parse and commit, the initial-sync apply) off the thread that answers the
 * window. On a file database each job runs in a `worker_threads` worker with its own SQLite
 * connection, so the core keeps answering calls while it runs; on a `:memory:` core (tests) a
 * second connection cannot see the data, so the same job function runs inline on the core's
 * connection, yielding between chunks.
 */
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection.js';
import { newId } from '../ids.js';
import { AppFailure } from '../../../shared/result.js';
import { cancelledFailure, fromWire, type FromWorker, type JobContext, type JobProgress, type ToWorker } from './job-types.js';
import { JOBS, type JobInput, type JobName, type JobOutput } from './registry.js';

export type JobOptions = {
  /** Who may cancel it (null: only the core itself, e.g. a sync apply). */
  ownerUserId: string | null;
  onProgress?: (p: JobProgress, jobId: string) => void;
};

export type RunningJob<N extends JobName> = { id: string; done: Promise<JobOutput<N>> };

type Entry = { ownerUserId: string | null; cancel: () => void; settled: Promise<unknown> };

/** Idle workers kept for the next job (starting one loads the whole core: seconds on a slow PC). */
const MAX_IDLE = 2;
const IDLE_MS = 2 * 60_000;

/**
 * Where the worker's entry is. Bundled (dist/electron/main.cjs) it is the sibling bundle
 * `job-worker.cjs` built by scripts/build.ts; from source (tsx, vitest, Playwright) a small .mjs
 * boot file loads the TypeScript entry through tsx's API, because Node 20 applies no `--import`
 * loader to a worker's own entry file.
 */
function spawnWorker(): Worker {
  const here = import.meta.url;
  const worker = here.endsWith('.cjs')
    ? new Worker(new URL('./job-worker.cjs', here))
    : new Worker(new URL('./worker-boot.mjs', here), { workerData: { entry: new URL('./worker-main.ts', here).href } });
  // Always listened to: an idle worker that fails must not crash the process with an unhandled
  // 'error'; it just leaves the pool (a running job also hears it through its own listeners).
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    const at = idle.findIndex((i) => i.worker === worker);
    const [gone] = at >= 0 ? idle.splice(at, 1) : [];
    if (gone) clearTimeout(gone.timer);
  });
  return worker;
}

type Idle = { worker: Worker; timer: NodeJS.Timeout };

/**
 * Idle workers, shared by every runner of the process: a worker is not tied to a database (each
 * job names its file), and a restarted core (or a test's many cores) should not pay the start
 * again. Unref'd, so they never keep the process alive; retired after a while unused.
 */
const idle: Idle[] = [];

/**
 * Starts a worker ahead of the first job when none is idle: loading the core into a thread takes
 * seconds on a slow PC (more from TypeScript source), and the first import should not wait for it.
 */
export function prewarmJobWorker(): void {
  if (idle.length === 0) release(spawnWorker());
}

function takeWorker(): Worker {
  const entry = idle.pop();
  if (!entry) return spawnWorker();
  clearTimeout(entry.timer);
  return entry.worker;
}

function release(worker: Worker): void {
  if (idle.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const entry: Idle = {
    worker,
    timer: setTimeout(() => {
      const at = idle.indexOf(entry);
      if (at >= 0) idle.splice(at, 1);
      void worker.terminate();
    }, IDLE_MS),
  };
  entry.timer.unref();
  idle.push(entry);
}

export class JobRunner {
  private readonly jobs = new Map<string, Entry>();
  private closed = false;

  /**
   * @param target `file`: the database file a worker opens; `inline`: the core's own connection
   *   (a `:memory:` database), used directly.
   */
  constructor(private readonly target: { file: string } | { inline: Db }) {}

  /** Where this runner's jobs run. */
  get mode(): 'worker' | 'inline' {
    return 'file' in this.target ? 'worker' : 'inline';
  }

  /**
   * Starts a job and returns its id at once (for progress events and cancel) with its result.
   *
   * @example
   * const job = core.jobs.start('sync/applyInbox', { now }, { ownerUserId: null });
   * const { applied } = await job.done;
   */
  start<N extends JobName>(name: N, input: JobInput<N>, opts: JobOptions): RunningJob<N> {
    if (this.closed) throw new AppFailure('INTERNAL', 'Aplikasi sedang ditutup.');
    const id = newId();
    let cancel: () => void = () => undefined;
    const onProgress = (p: JobProgress): void => opts.onProgress?.(p, id);
    const setCancel = (c: () => void): void => {
      cancel = c;
    };
    const done = (
      'file' in this.target
        ? this.runInWorker(this.target.file, id, name, input, onProgress, setCancel)
        : this.runInline(this.target.inline, name, input, onProgress, setCancel)
    ).finally(() => this.jobs.delete(id));
    this.jobs.set(id, { ownerUserId: opts.ownerUserId, cancel: () => cancel(), settled: done.catch(() => undefined) });
    return { id, done };
  }

  /** Asks a running job of `ownerUserId` to stop; false when there is none with that id. */
  cancel(jobId: string, ownerUserId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.ownerUserId !== ownerUserId) return false;
    job.cancel();
    return true;
  }

  /** Cancels every job and waits for them to end (they roll back and close their connections). */
  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.jobs.values()];
    for (const j of all) j.cancel();
    await Promise.all(all.map((j) => j.settled));
  }

  private async runInline<N extends JobName>(db: Db, name: N, input: JobInput<N>, onProgress: (p: JobProgress) => void, onCancel: (c: () => void) => void): Promise<JobOutput<N>> {
    let cancelled = false;
    onCancel(() => (cancelled = true));
    const ctx: JobContext = {
      db,
      progress: async (phase, done, total) => {
        onProgress({ phase, done, total });
        await new Promise<void>((resolve) => setImmediate(resolve));
      },
      checkCancelled: () => {
        if (cancelled) throw cancelledFailure();
      },
    };
    // Same job code as in the worker; the clone stands in for the thread boundary, so the job
    // neither keeps nor changes the caller's objects.
    const job = JOBS[name] as (c: JobContext, i: JobInput<N>) => Promise<JobOutput<N>>;
    return job(ctx, structuredClone(input));
  }

  private runInWorker<N extends JobName>(file: string, jobId: string, name: N, input: JobInput<N>, onProgress: (p: JobProgress) => void, onCancel: (c: () => void) => void): Promise<JobOutput<N>> {
    const worker = takeWorker();
    worker.ref();
    return new Promise<JobOutput<N>>((resolve, reject) => {
      let settled = false;
      const finish = (healthy: boolean, f: () => void): void => {
        if (settled) return;
        settled = true;
        // Only this job's listeners: removeAllListeners would also drop the ones Node's Worker
        // uses to start its message port, and the next job would never hear back.
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        f();
        // The job committed or rolled back and closed its connection: the thread can serve again.
        if (healthy) release(worker);
        else void worker.terminate();
      };
      onCancel(() => worker.postMessage({ type: 'cancel', jobId } satisfies ToWorker));
      const onMessage = (m: FromWorker): void => {
        if (m.jobId !== jobId) return;
        if (m.type === 'progress') onProgress({ phase: m.phase, done: m.done, total: m.total });
        // The registry pairs each job name with its output type; the worker ran exactly that job.
        else if (m.type === 'done') finish(true, () => resolve(m.output as JobOutput<N>));
        else finish(true, () => reject(fromWire(m.error)));
      };
      const onError = (e: Error): void => finish(false, () => reject(e));
      const onExit = (code: number): void => finish(false, () => reject(new Error(`Pekerjaan latar berhenti tanpa hasil (kode ${code}).`)));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      // The input is copied, never transferred: the caller may need it again (a preview kept
      // for a second try after a cancel); a moved buffer would arrive empty next time.
      const start: ToWorker = { type: 'start', jobId, name, input, file };
      worker.postMessage(start);
    });
  }
}
