/**
 * A desk for the property test: a real core on an on-disk SQLite file, so it can crash (close)
 * and come back with exactly what it had committed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/app.js';
import type { ArgsOf, Channel, ResultOf } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import type { FaultyNetwork } from './faulty-network.js';

export class Desk {
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

  async signIn(nip: string, password: string): Promise<void> {
    const r = await this.call('auth/signIn', { nip, password });
    if (!r.ok) throw new Error(`${this.name}: sign-in failed: ${r.error.message}`);
    this.token = r.value.token;
  }

  /** The process dies (between any two steps) and starts again from what is on disk. */
  async crash(nip: string, password: string): Promise<void> {
    await this.core.close();
    this.core = await Desk.boot(this.dir, this.net);
    this.token = null;
    await this.signIn(nip, password);
  }

  async dispose(): Promise<void> {
    await this.core.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
