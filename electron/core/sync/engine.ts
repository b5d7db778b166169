import type { CoreContext } from '../context.js';
import type { SyncStatus } from '../../../shared/entities.js';
import { pendingCount } from '../db/repositories/outbox-repo.js';
import { SyncApiClient, ServerRefusal } from './api-client.js';
import { NetworkError, type SyncTransport } from './transport.js';
import { downloadMissingBukti, uploadPendingBukti } from './bukti-sync.js';
import { uploadIssuedPrints } from './print-sync.js';
import { applyOutcomes, nextBatch } from './push.js';
import { currentCursor, stagePage } from './pull.js';
import { hasSyncConfig, readLastSyncAt, readSyncConfig, saveLastSyncAt, type SyncConfig } from './sync-settings.js';
import { openConflictCount } from './conflicts.js';

export type EngineOptions = {
  /** Makes the transport for a server URL (tests inject a faulty network here). */
  transportFor: (serverUrl: string) => SyncTransport;
  /** Regular sync interval when all is well. */
  intervalMs?: number;
  /** First retry delay after a failure; doubles per failure up to maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** Delay after a local edit before pushing, so a burst of edits goes in one push. */
  debounceMs?: number;
  random?: () => number;
  pullPageSize?: number;
  /** False: never run on a timer, only when asked (tests drive sync step by step). */
  background?: boolean;
};

/**
 * The background sync engine: push the outbox in order, then pull the server's changes, on start,
 * every interval, shortly after a local change and when asked ("Sinkron sekarang"). Failures back
 * off exponentially with jitter; nothing here ever blocks a local edit.
 */
export class SyncEngine {
  private running: Promise<SyncStatus> | null = null;
  private again = false;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private client: { url: string; api: SyncApiClient } | null = null;
  private last: SyncStatus = { state: 'standalone', serverUrl: null, lastSyncAt: null, pending: 0, conflicts: 0, lastError: null, received: 0 };

  constructor(
    private readonly core: Pick<CoreContext, 'db' | 'clock' | 'emit' | 'secrets' | 'jobs' | 'dataDir'>,
    private readonly opts: EngineOptions,
  ) {}

  /** The last published state with counts read now (local edits and resolutions change them). */
  async status(): Promise<SyncStatus> {
    const standalone = !(await hasSyncConfig(this.core.db));
    const base = standalone ? { ...this.last, state: 'standalone' as const, serverUrl: null } : this.last;
    return { ...base, pending: await pendingCount(this.core.db), conflicts: await openConflictCount(this.core.db) };
  }

  /** Runs one full sync now; concurrent callers share the run in progress (plus one re-run). */
  syncNow(): Promise<SyncStatus> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runOnce().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.syncNow();
      }
    });
    return this.running;
  }

  start(): void {
    if (this.opts.background === false) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops the timer and waits for a sync in progress, so the database can be closed after. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.again = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** A local edit happened: sync soon. */
  poke(): void {
    if (!this.stopped) this.schedule(this.opts.debounceMs ?? 1000);
  }

  /** The operating system says the network is back: retry at once instead of waiting out the backoff. */
  networkReturned(): void {
    this.failures = 0;
    if (!this.stopped) this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow().then(() => {
        if (!this.stopped && !this.timer) this.schedule(this.nextDelay());
      });
    }, delayMs);
    this.timer.unref?.();
  }

  /** Exponential backoff with "equal jitter": between half and all of the capped delay. */
  nextDelay(): number {
    if (this.failures === 0) return this.opts.intervalMs ?? 60_000;
    const base = this.opts.baseBackoffMs ?? 2_000;
    const capped = Math.min(this.opts.maxBackoffMs ?? 5 * 60_000, base * 2 ** (this.failures - 1));
    const r = (this.opts.random ?? Math.random)();
    return Math.round(capped / 2 + (capped / 2) * r);
  }

  private apiFor(config: SyncConfig): SyncApiClient {
    if (this.client?.url !== config.serverUrl) {
      const creds = { deviceId: config.deviceId, deviceSecret: config.deviceSecret };
      this.client = { url: config.serverUrl, api: new SyncApiClient(this.opts.transportFor(config.serverUrl), () => creds, () => this.core.clock().getTime()) };
    }
    return this.client.api;
  }

  private async publish(patch: Partial<SyncStatus>): Promise<SyncStatus> {
    const db = this.core.db;
    this.last = { ...this.last, ...patch, pending: await pendingCount(db), conflicts: await openConflictCount(db) };
    this.core.emit({ name: 'sync/status', payload: this.last });
    return this.last;
  }

  private async runOnce(): Promise<SyncStatus> {
    let config: SyncConfig | null;
    try {
      config = await readSyncConfig(this.core.db, this.core.secrets);
    } catch (e) {
      // A secret this store cannot open: shown as a sync error with its Indonesian message.
      return this.publish({ state: 'error', lastError: e instanceof Error ? e.message : String(e) });
    }
    if (!config) return this.publish({ state: 'standalone', serverUrl: null });
    await this.publish({ state: 'syncing', serverUrl: config.serverUrl, received: 0 });
    try {
      const api = this.apiFor(config);
      await uploadPendingBukti(this.core, api);
      await this.pushAll(api);
      // Issued codes are for central verification only: a print the server refuses is set aside
      // with its reason (print-sync.ts); any other refusal (the device's sign-in) leaves the codes
      // unsent for the next round and must never hold back the pull.
      await uploadIssuedPrints(this.core, api).catch((e: unknown) => {
        if (!(e instanceof ServerRefusal)) throw e;
        console.error('[meja] kode cetak ditolak server:', e.message);
      });
      await this.pullAll(api);
      await downloadMissingBukti(this.core, api);
      const at = this.core.clock().toISOString();
      await saveLastSyncAt(this.core.db, at);
      this.failures = 0;
      return await this.publish({ state: 'idle', lastSyncAt: at, lastError: null });
    } catch (e) {
      this.failures += 1;
      const offline = e instanceof NetworkError;
      if (!offline && !(e instanceof ServerRefusal)) console.error('[meja] sync:', e);
      return this.publish({
        state: offline ? 'offline' : 'error',
        lastSyncAt: await readLastSyncAt(this.core.db),
        lastError: e instanceof Error ? e.message : String(e),
      });
    }
  }

  private async pushAll(api: SyncApiClient): Promise<void> {
    for (;;) {
      const batch = await nextBatch(this.core.db);
      if (batch.commands.length === 0) return;
      const res = await api.push(batch.commands);
      const { accepted, rejected } = await applyOutcomes(this.core.db, batch.rows, res.outcomes, this.core.clock().toISOString());
      if (accepted + rejected === 0) return; // the server answered nothing usable; retry next round
      if (rejected > 0) this.core.emit({ name: 'data/changed', payload: { entities: ['sync'], fromSync: true } });
    }
  }

  private async pullAll(api: SyncApiClient): Promise<void> {
    let cursor = await currentCursor(this.core.db);
    let received = 0;
    for (;;) {
      const page = await api.pull(cursor, this.opts.pullPageSize ?? 2000);
      await stagePage(this.core.db, page);
      received += page.changes.length;
      cursor = page.cursor;
      if (page.changes.length > 0) await this.publish({ received });
      if (!page.hasMore) break;
    }
    // In a worker: the first pull of a joining desk applies the whole unit at once.
    const { applied } = await this.core.jobs.start('sync/applyInbox', { now: this.core.clock().toISOString() }, { ownerUserId: null }).done;
    if (applied.length > 0) this.core.emit({ name: 'data/changed', payload: { entities: applied, fromSync: true } });
  }
}
