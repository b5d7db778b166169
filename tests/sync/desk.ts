/**
 * A desk for the property test: a real core on an on-disk SQLite file, so it can crash (close, or
 * be killed by another process while writing) and come back with exactly what it had committed.
 * Several people use one desk: each account signs in once and keeps its own session.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/app.js';
import type { ArgsOf, Channel, ResultOf } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import type { FaultyNetwork } from './faulty-network.js';

export class Desk {
  /** Session token per NIP signed in on this desk (gone after a crash). */
  private readonly sessions = new Map<string, string>();

  private constructor(
    readonly name: string,
    readonly dir: string,
    readonly net: FaultyNetwork,
    public core: Core,
    public token: string | null,
  ) {}

  static async open(name: string, net: FaultyNetwork): Promise<Desk> {
    const dir = mkdtempSync(join(tmpdir(), `meja-desk-${name}-`));
    return new Desk(name, dir, net, await Desk.boot(dir, net), null);
  }

  private static boot(dir: string, net: FaultyNetwork): Promise<Core> {
    return createCore({ dataDir: dir, sync: { autoStart: false, transportFor: (url) => net.transportFor(url) } });
  }

  async call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<Result<ResultOf<C>>> {
    // The core answers Result<unknown>; the contract fixes each channel's value type.
    return (await this.core.invoke(channel, args, this.token)) as Result<ResultOf<C>>;
  }

  /** A call made by the account `nip` (signed in on first use); null when it cannot sign in here. */
  async callAs<C extends Channel>(nip: string, password: string, channel: C, args: ArgsOf<C>): Promise<Result<ResultOf<C>> | null> {
    let token = this.sessions.get(nip);
    if (!token) {
      const r = await this.core.invoke('auth/signIn', { nip, password }, null);
      if (!r.ok) return null;
      token = (r.value as ResultOf<'auth/signIn'>).token;
      this.sessions.set(nip, token);
    }
    const r = (await this.core.invoke(channel, args, token)) as Result<ResultOf<C>>;
    // A deactivated or changed account loses its session: sign in again next time.
    if (!r.ok && (r.error.code === 'UNAUTHENTICATED' || r.error.code === 'SESSION_EXPIRED')) this.sessions.delete(nip);
    return r;
  }

  async signIn(nip: string, password: string): Promise<void> {
    const r = await this.call('auth/signIn', { nip, password });
    if (!r.ok) throw new Error(`${this.name}: sign-in failed: ${r.error.message}`);
    this.token = r.value.token;
  }

  /** The process stops (between any two steps); nothing runs on the file until `reopen`. */
  async close(): Promise<void> {
    await this.core.close();
    this.sessions.clear();
    this.token = null;
  }

  /** Starts again from what is on disk. */
  async reopen(nip: string, password: string): Promise<void> {
    this.core = await Desk.boot(this.dir, this.net);
    await this.signIn(nip, password);
  }

  async crash(nip: string, password: string): Promise<void> {
    await this.close();
    await this.reopen(nip, password);
  }

  /** The desk's SQLite file (what a killed process was writing to). */
  get file(): string {
    return join(this.dir, 'meja-kinerja.sqlite');
  }

  async dispose(): Promise<void> {
    await this.core.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
