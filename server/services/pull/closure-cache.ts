import type { Db } from '../../db/repos/types.js';
import type { Closure } from './closure.js';

/**
 * The closure of a device's scope depends only on the feed's head: every page of one snapshot
 * pull (and every device of the same unit) shares it until the next write. Keyed per database,
 * so servers in one process (tests) never see each other's entries.
 */
const byDb = new WeakMap<Db, Map<string, Promise<Closure>>>();
const MAX_ENTRIES = 64;

export function closureOf(db: Db, instansiId: string, unitId: string, horizon: string, compute: () => Promise<Closure>): Promise<Closure> {
  let cache = byDb.get(db);
  if (!cache) {
    cache = new Map();
    byDb.set(db, cache);
  }
  const k = `${instansiId}:${unitId}:${horizon}`;
  const hit = cache.get(k);
  if (hit) return hit;
  const p = compute();
  p.catch(() => cache.delete(k));
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(k, p);
  return p;
}
