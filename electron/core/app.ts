import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreEvent } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import { openDatabase, type Db } from './db/connection.js';
import { SessionStore } from './auth/sessions.js';
import { systemClock, type Clock } from './clock.js';
import type { CoreContext, EventAudience } from './context.js';
import { dispatch } from './dispatch.js';
import { APP_VERSION } from './version.js';
import { SyncEngine, type EngineOptions } from './sync/engine.js';
import { fetchTransport, type SyncTransport } from './sync/transport.js';
import { readSyncConfig } from './sync/sync-settings.js';
import { JobRunner, prewarmJobWorker } from './jobs/job-runner.js';

/** Receives every pushed event; `audience` set means only that session's holder may see it. */
export type EventListener = (event: CoreEvent, audience: EventAudience | undefined) => void;

export type CoreOptions = {
  /** Folder holding the database file; created when missing. */
  dataDir: string;
  /** Overrides the database file (':memory:' in tests). */
  dbFile?: string;
  clock?: Clock;
  /** Minutes without a call before a session ends (default 30, or MEJA_IDLE_MINUTES). */
  idleMinutes?: number;
  mode?: 'electron' | 'browser';
  sync?: {
    /** How requests reach the server; tests inject a faulty network. Default: fetch. */
    transportFor?: (serverUrl: string) => SyncTransport;
    /** Run sync in the background on a timer when connected (default true); false: only on request. */
    autoStart?: boolean;
    engine?: Omit<EngineOptions, 'transportFor'>;
  };
};

export type Core = {
  /** Runs one contract call for the holder of `token` (null before sign-in). */
  invoke(channel: string, payload: unknown, token: string | null): Promise<Result<unknown>>;
  /** Subscribes to pushed events; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  /** For tests and benchmarks that look under the hood. */
  readonly context: CoreContext;
  close(): Promise<void>;
};

/**
 * The application without any window: database, sessions and the contract's handlers. Electron's
 * main process, the browser-mode host, the tests and the benchmarks all run this same core.
 *
 * @example
 * const core = await createCore({ dataDir: '/tmp/meja', dbFile: ':memory:' });
 * const info = await core.invoke('app/info', {}, null);
 */
export async function createCore(opts: CoreOptions): Promise<Core> {
  mkdirSync(opts.dataDir, { recursive: true });
  const file = opts.dbFile ?? join(opts.dataDir, 'meja-kinerja.sqlite');
  const { db, close } = await openDatabase({ file });
  const listeners = new Set<EventListener>();
  const clock = opts.clock ?? systemClock;
  const idle = opts.idleMinutes ?? Number(process.env.MEJA_IDLE_MINUTES ?? 30);
  const transportFor = opts.sync?.transportFor ?? ((url: string) => fetchTransport(url));
  const base = {
    db: db satisfies Db,
    clock,
    sessions: new SessionStore(clock, idle),
    emit: (e: CoreEvent, audience?: EventAudience) => listeners.forEach((l) => l(e, audience)),
    mode: opts.mode ?? 'browser',
    version: APP_VERSION,
    // A second connection cannot see a `:memory:` database: such cores run jobs inline.
    jobs: new JobRunner(file === ':memory:' ? { inline: db } : { file }),
  };
  const background = opts.sync?.autoStart !== false;
  const context: CoreContext = { ...base, sync: { transportFor, engine: new SyncEngine(base, { ...opts.sync?.engine, background, transportFor }) } };
  listeners.add((e) => {
    // A local edit: push it soon. Changes that came from the server do not echo back.
    if (e.name === 'data/changed' && !e.payload.fromSync) context.sync.engine.poke();
  });
  if (file !== ':memory:') prewarmJobWorker();
  if (await readSyncConfig(db)) context.sync.engine.start();
  return {
    invoke: (channel, payload, token) => dispatch(context, channel, payload, token),
    onEvent: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    context,
    close: async () => {
      await context.sync.engine.stop();
      await context.jobs.close();
      await close();
    },
  };
}
