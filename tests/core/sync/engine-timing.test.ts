import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app.js';
import { SyncEngine } from '../../../electron/core/sync/engine.js';
import { saveSyncConfig } from '../../../electron/core/sync/sync-settings.js';
import { NetworkError } from '../../../electron/core/sync/transport.js';

const config = { serverUrl: 'http://127.0.0.1:9', deviceId: '0190a000-0000-7000-8000-000000000001', deviceSecret: 'rahasia' };

let core: Core | null = null;
let dir = '';

afterEach(async () => {
  await core?.close();
  core = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A core whose server is unreachable; `attempts` counts every request the engine makes. */
async function offlineCore(engine: { baseBackoffMs: number; random?: () => number }): Promise<{ core: Core; attempts: () => number }> {
  dir = mkdtempSync(join(tmpdir(), 'meja-engine-'));
  let attempts = 0;
  core = await createCore({
    dataDir: dir,
    sync: {
      engine: { ...engine, intervalMs: 3_600_000 },
      transportFor: () => () => {
        attempts += 1;
        return Promise.reject(new NetworkError('jaringan terputus'));
      },
    },
  });
  const context = core.context;
  await context.db.transaction().execute((trx) => saveSyncConfig(trx, config, context.secrets));
  return { core, attempts: () => attempts };
}

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('sync engine timing', () => {
  it('backs off exponentially with equal jitter, capped', () => {
    const fake = { db: null, clock: () => new Date(), emit: () => undefined } as unknown as ConstructorParameters<typeof SyncEngine>[0];
    const delays = (r: number) => {
      const e = new SyncEngine(fake, { transportFor: () => () => Promise.reject(new Error()), baseBackoffMs: 1000, maxBackoffMs: 8000, intervalMs: 60_000, random: () => r });
      const out = [e.nextDelay()];
      for (let i = 1; i <= 6; i += 1) {
        (e as unknown as { failures: number }).failures = i;
        out.push(e.nextDelay());
      }
      return out;
    };
    expect(delays(0)).toEqual([60_000, 500, 1000, 2000, 4000, 4000, 4000]);
    expect(delays(1)).toEqual([60_000, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('reports offline, waits out the backoff, and retries at once when the network returns', async () => {
    const { core, attempts } = await offlineCore({ baseBackoffMs: 3_600_000, random: () => 1 });
    core.context.sync.engine.start();
    await waitFor(() => attempts() === 1, 5_000);
    await waitFor(() => core.context.sync.engine['last'].state === 'offline', 5_000);
    // The next retry is an hour away: nothing happens on its own.
    await new Promise((r) => setTimeout(r, 300));
    expect(attempts()).toBe(1);
    const r = await core.invoke('sync/networkReturned', {}, null);
    // The channel needs a session: an anonymous call is refused and changes nothing.
    expect(r.ok).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(attempts()).toBe(1);
    core.context.sync.engine.networkReturned();
    await waitFor(() => attempts() === 2, 5_000);
    expect((await core.context.sync.engine.status()).state).toBe('offline');
  });
});
