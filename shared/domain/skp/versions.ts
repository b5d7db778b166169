/**
 * Version chains of one SKP (perubahan SKP). Every version is kept; the newest approved one is the
 * plan in force ("berlaku"), the newest overall is the one being worked on.
 */
import type { Rhk, Skp } from './types.js';

type Versioned = Pick<Skp, 'id' | 'pegawaiId' | 'jabatanId' | 'periode' | 'status' | 'versi' | 'previousVersionId'>;

/**
 * Groups SKP into version chains keyed by the id of their versi-1 root, each sorted by versi.
 * Rows whose previous version is missing start their own chain (never dropped).
 *
 * @example
 * versionChains([v1, v2]).get(v1.id); // [v1, v2]
 */
export function versionChains<S extends Versioned>(skps: readonly S[]): Map<string, S[]> {
  const byId = new Map(skps.map((s) => [s.id, s]));
  const rootOf = (s: S): string => {
    let cur = s;
    const seen = new Set<string>();
    while (cur.previousVersionId !== null && !seen.has(cur.id)) {
      seen.add(cur.id);
      const prev = byId.get(cur.previousVersionId);
      if (!prev) break;
      cur = prev;
    }
    return cur.id;
  };
  const chains = new Map<string, S[]>();
  for (const s of skps) {
    const root = rootOf(s);
    const list = chains.get(root);
    if (list) list.push(s);
    else chains.set(root, [s]);
  }
  for (const list of chains.values()) list.sort((a, b) => a.versi - b.versi);
  return chains;
}

/** The newest version of a chain (the one being worked on). */
export function latestVersion<S extends Versioned>(chain: readonly S[]): S | null {
  return chain.reduce<S | null>((best, s) => (best === null || s.versi > best.versi ? s : best), null);
}

/** The newest approved version of a chain: the plan in force; null before the first approval. */
export function versionInForce<S extends Versioned>(chain: readonly S[]): S | null {
  return latestVersion(chain.filter((s) => s.status === 'disetujui'));
}

/**
 * After a perubahan of an atasan SKP is approved, subordinate RHK that intervene a row of the old
 * version move to its copy in the new version (matched through `asalRhkId`). Rows whose target was
 * dropped in the new version keep pointing at the old, still-kept version (never dangling); they
 * are returned in `stale` so the UI can ask for a new link.
 *
 * @example
 * relinkAfterPerubahan(subordinateRhk, newVersionRhk); // { updates: [{ rhkId, intervensiRhkId }], stale: [] }
 */
export function relinkAfterPerubahan(
  subordinates: readonly Pick<Rhk, 'id' | 'intervensiRhkId'>[],
  newVersionRhk: readonly Pick<Rhk, 'id' | 'asalRhkId'>[],
  oldVersionRhkIds: ReadonlySet<string>,
): { updates: { rhkId: string; intervensiRhkId: string }[]; stale: string[] } {
  const copyOf = new Map<string, string>();
  for (const r of newVersionRhk) if (r.asalRhkId !== null) copyOf.set(r.asalRhkId, r.id);
  const updates: { rhkId: string; intervensiRhkId: string }[] = [];
  const stale: string[] = [];
  for (const s of subordinates) {
    if (s.intervensiRhkId === null || !oldVersionRhkIds.has(s.intervensiRhkId)) continue;
    const to = copyOf.get(s.intervensiRhkId);
    if (to === undefined) stale.push(s.id);
    else updates.push({ rhkId: s.id, intervensiRhkId: to });
  }
  return { updates, stale };
}
