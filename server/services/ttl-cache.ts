/**
 * A small in-process cache whose entries expire after `ttlMs` (monotonic clock, so a test's fake
 * wall clock does not matter). Used where a slightly old answer is harmless and the writer in this
 * process invalidates its own entries at once.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until < performance.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: V): void {
    // Bounded: when full, forget everything rather than track recency (entries live under a second or a few).
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, until: performance.now() + this.ttlMs });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** The cached value, or the loaded one (then cached). */
  async getOr(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = await load();
    this.set(key, value);
    return value;
  }
}
