import type { Db } from './db/connection.js';
import type { Clock } from './clock.js';
import type { SecretStore } from './secret-store.js';
import type { SessionStore } from './auth/sessions.js';
import type { CoreEvent } from '../../shared/contract.js';
import type { Actor } from './auth/actor.js';
import type { WriteContext } from './db/repositories/changes.js';
import type { SyncEngine } from './sync/engine.js';
import type { SyncTransport } from './sync/transport.js';
import type { JobRunner } from './jobs/job-runner.js';

/** What every service gets: the database, the clock, sessions and the event sink. */
export type CoreContext = {
  db: Db;
  clock: Clock;
  sessions: SessionStore;
  /**
   * Pushes an event to the renderer(s). With an audience, only the window or browser holding that
   * session token gets it (a session's own expiry must not sign other windows out).
   */
  emit: (event: CoreEvent, audience?: EventAudience) => void;
  mode: 'electron' | 'browser';
  version: string;
  /** The data folder (database, pre-migration copies in backups/). */
  dataDir: string;
  /** Seals the device secret before it is stored (see secret-store.ts). */
  secrets: SecretStore;
  /** Long jobs (imports, the initial-sync apply) off the thread that answers calls. */
  jobs: JobRunner;
  /** Background sync with the central server (standalone until the desk is connected). */
  sync: { engine: SyncEngine; transportFor: (serverUrl: string) => SyncTransport };
};

export type EventAudience = { token: string };

/** Per-call context handed to handlers. */
export type CallContext = {
  core: CoreContext;
  actor: Actor | null;
  token: string | null;
};

export function writeContext(core: CoreContext, actor: Actor | null): WriteContext {
  return { actorUserId: actor?.user.id ?? null, now: core.clock().toISOString(), signer: actor?.signer ?? null };
}

/** Today's date (YYYY-MM-DD) in the office's local time, for "active" checks. */
export function today(core: Pick<CoreContext, 'clock'>): string {
  const d = core.clock();
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The actor of a handler that is not public; the dispatcher guarantees it is set. */
export function actorOf(call: CallContext): Actor {
  if (!call.actor) throw new Error('handler needs a signed-in actor');
  return call.actor;
}
