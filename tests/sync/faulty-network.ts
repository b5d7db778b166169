/**
 * A network that misbehaves on purpose, around the real HTTP transport: requests lost on the way
 * out, answers lost on the way back (the server committed, the desk never heard), duplicates,
 * and copies held back and delivered later out of order. Partitions cut a desk off entirely.
 * Randomness comes from a seeded generator, so a failing property run replays exactly.
 */
import { fetchTransport, NetworkError, type SyncReply, type SyncRequest, type SyncTransport } from '../../electron/core/sync/transport.js';
import { pushRequestSchema, type PushCommand } from '../../shared/sync-protocol.js';

export type FaultRates = { dropRequest: number; dropReply: number; duplicate: number; holdCopy: number };
export const NO_FAULTS: FaultRates = { dropRequest: 0, dropReply: 0, duplicate: 0, holdCopy: 0 };

export class FaultyNetwork {
  rates: FaultRates = NO_FAULTS;
  partitioned = false;
  private readonly held: { url: string; req: SyncRequest }[] = [];
  readonly stats = { sent: 0, droppedRequests: 0, droppedReplies: 0, duplicates: 0, replayed: 0 };
  /** The last commands seen leaving the desk: what an eavesdropper could copy and replay. */
  readonly overheard: PushCommand[] = [];

  constructor(private readonly random: () => number) {}

  transportFor(url: string): SyncTransport {
    const real = fetchTransport(url, 10_000);
    return async (req): Promise<SyncReply> => {
      if (this.partitioned) throw new NetworkError('partisi jaringan (uji)');
      this.overhear(req);
      if (this.random() < this.rates.dropRequest) {
        this.stats.droppedRequests += 1;
        throw new NetworkError('permintaan hilang (uji)');
      }
      if (this.random() < this.rates.holdCopy) this.held.push({ url, req });
      this.stats.sent += 1;
      const reply = await real(req);
      if (this.random() < this.rates.duplicate) {
        this.stats.duplicates += 1;
        await real(req);
      }
      if (this.random() < this.rates.dropReply) {
        this.stats.droppedReplies += 1;
        throw new NetworkError('jawaban hilang (uji)');
      }
      return reply;
    };
  }

  private overhear(req: SyncRequest): void {
    if (req.path !== '/v1/sync/push') return;
    const parsed = pushRequestSchema.safeParse(req.body);
    if (parsed.success) this.overheard.push(...parsed.data.commands);
    this.overheard.splice(0, Math.max(0, this.overheard.length - 50));
  }

  /** Delivers the held-back copies now, in shuffled order; their answers go nowhere. */
  async deliverHeld(): Promise<void> {
    const batch = this.held.splice(0).sort(() => this.random() - 0.5);
    for (const h of batch) {
      this.stats.replayed += 1;
      await fetchTransport(h.url, 10_000)(h.req).catch(() => undefined);
    }
  }
}
