import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreEvent } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import type { RecoveryInfo } from '../../shared/entities.js';
import type { Migration } from 'kysely/migration';
import { openDatabase, type Db } from './db/connection.js';
import { SessionStore } from './auth/sessions.js';
import { systemClock, type Clock } from './clock.js';
import type { CoreContext, EventAudience } from './context.js';
import { dispatch } from './dispatch.js';
import { APP_VERSION } from './version.js';
import { SyncEngine, type EngineOptions } from './sync/engine.js';
import { fetchTransport, type SyncTransport } from './sync/transport.js';
import { hasSyncConfig } from './sync/sync-settings.js';
import { plainSecretStore, type SecretStore } from './secret-store.js';
import { MigrationFailure } from './db/migrate.js';
import { restoreCopy } from './db/backups.js';
import { backupDirOf, dispatchWhileFailed, failureReason, recoveryInfo } from './recovery.js';

/** The database file's name inside the data folder. */
export const DB_FILE = 'meja-kinerja.sqlite';
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
  /**
   * Protects the device secret in the database: Electron's safeStorage in the app; the default
   * (browser mode) stores it as it is.
   */
  secretStore?: SecretStore;
  /** Test-only: a migration registry to run instead of the app's (a test never registers its migrations). */
  migrations?: Record<string, Migration>;
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
  /** The sign-in sessions (the transports check and revoke them); kept across a restore. */
  readonly sessions: SessionStore;
  /** For tests and benchmarks that look under the hood; throws while the database failed to migrate. */
  readonly context: CoreContext;
  close(): Promise<void>;
};

type Running = { kind: 'running'; context: CoreContext; close: () => Promise<void> };
type Failed = { kind: 'failed'; reason: string };

/**
 * The application without any window: database, sessions and the contract's handlers. Electron's
 * main process, the browser-mode host, the tests and the benchmarks all run this same core.
 *
 * When a migration fails at start the core does not throw: it answers only the recovery screen's
 * calls (see recovery.ts) until a pre-migration copy is restored and the database opens.
 *
 * @example
 * const core = await createCore({ dataDir: '/tmp/meja', dbFile: ':memory:' });
 * const info = await core.invoke('app/info', {}, null);
 */
export async function createCore(opts: CoreOptions): Promise<Core> {
  mkdirSync(opts.dataDir, { recursive: true });
  const file = opts.dbFile ?? join(opts.dataDir, DB_FILE);
  const listeners = new Set<EventListener>();
  const clock = opts.clock ?? systemClock;
  const idle = opts.idleMinutes ?? Number(process.env.MEJA_IDLE_MINUTES ?? 30);
  const sessions = new SessionStore(clock, idle);
  const transportFor = opts.sync?.transportFor ?? ((url: string) => fetchTransport(url));

  async function start(): Promise<Running | Failed> {
    let opened: Awaited<ReturnType<typeof openDatabase>>;
    try {
      opened = await openDatabase({
        file,
        migrations: opts.migrations,
        backupDir: file === ':memory:' ? undefined : backupDirOf(opts.dataDir),
        now: clock,
      });
    } catch (e) {
      if (!(e instanceof MigrationFailure)) throw e;
      console.error('[meja] migrasi gagal:', e.message);
      return { kind: 'failed', reason: failureReason(e.migrationName) };
    }
    const base = {
      db: opened.db satisfies Db,
      clock,
      sessions,
      emit: (e: CoreEvent, audience?: EventAudience) => listeners.forEach((l) => l(e, audience)),
      mode: opts.mode ?? 'browser',
      version: APP_VERSION,
      dataDir: opts.dataDir,
      secrets: opts.secretStore ?? plainSecretStore,
      // A second connection cannot see a `:memory:` database: such cores run jobs inline.
      jobs: new JobRunner(file === ':memory:' ? { inline: opened.db } : { file }),
    };
    const background = opts.sync?.autoStart !== false;
    const context: CoreContext = { ...base, sync: { transportFor, engine: new SyncEngine(base, { ...opts.sync?.engine, background, transportFor }) } };
    if (file !== ':memory:') prewarmJobWorker();
    if (await hasSyncConfig(opened.db)) context.sync.engine.start();
    return {
      kind: 'running',
      context,
      close: async () => {
        await context.sync.engine.stop();
        await context.jobs.close();
        await opened.close();
      },
    };
  }

  let state = await start();
  listeners.add((e) => {
    // A local edit: push it soon. Changes that came from the server do not echo back.
    if (state.kind === 'running' && e.name === 'data/changed' && !e.payload.fromSync) state.context.sync.engine.poke();
  });

  /** Puts the copy in place of the database (closed: a failed start holds no connection) and opens it again. */
  let restoring = false;
  async function restore(id: string): Promise<RecoveryInfo> {
    // Two windows (or a double click) must not swap files under each other.
    if (restoring || state.kind === 'running') return recoveryInfo(opts.dataDir, state.kind === 'failed' ? state.reason : null);
    restoring = true;
    try {
      restoreCopy(file, backupDirOf(opts.dataDir), id, clock());
      state = await start();
    } finally {
      restoring = false;
    }
    return recoveryInfo(opts.dataDir, state.kind === 'failed' ? state.reason : null);
  }

  return {
    invoke: (channel, payload, token) =>
      state.kind === 'running'
        ? dispatch(state.context, channel, payload, token)
        : dispatchWhileFailed(channel, payload, { dataDir: opts.dataDir, reason: state.reason, restore }),
    onEvent: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    sessions,
    get context(): CoreContext {
      if (state.kind !== 'running') throw new Error('the database failed to migrate; the core only answers recovery calls');
      return state.context;
    },
    close: async () => {
      if (state.kind === 'running') await state.close();
    },
  };
}
