import { atasanChain, type JabatanNode } from '../../shared/domain/jabatan.js';

/** The unit tree of one instansi, read-only; subtrees are computed once and remembered. */
export class UnitTree {
  private readonly parent = new Map<string, string | null>();
  private readonly children = new Map<string, string[]>();
  private readonly subtrees = new Map<string, ReadonlySet<string>>();

  constructor(links: readonly { id: string; parentId: string | null }[]) {
    for (const u of links) {
      this.parent.set(u.id, u.parentId);
      if (u.parentId) this.children.set(u.parentId, [...(this.children.get(u.parentId) ?? []), u.id]);
    }
  }

  has(id: string): boolean {
    return this.parent.has(id);
  }

  parentOf(id: string): string | null {
    return this.parent.get(id) ?? null;
  }

  /** `rootId` and every unit below it (empty when the unit does not exist). */
  subtree(rootId: string): ReadonlySet<string> {
    const known = this.subtrees.get(rootId);
    if (known) return known;
    const out = new Set<string>();
    const stack = this.has(rootId) ? [rootId] : [];
    while (stack.length > 0) {
      const id = stack.pop();
      if (id === undefined || out.has(id)) continue;
      out.add(id);
      stack.push(...(this.children.get(id) ?? []));
    }
    this.subtrees.set(rootId, out);
    return out;
  }

  /** The units above `id`, nearest first; stops on a (corrupt) loop. */
  ancestors(id: string): string[] {
    const out: string[] = [];
    const seen = new Set([id]);
    let next = this.parentOf(id);
    while (next !== null && !seen.has(next)) {
      out.push(next);
      seen.add(next);
      next = this.parentOf(next);
    }
    return out;
  }
}

export type JabatanLink = JabatanNode & { unitId: string };

/** The jabatan graph of one instansi (who is whose atasan), read-only. */
export class JabatanGraph {
  readonly byId: ReadonlyMap<string, JabatanLink>;

  constructor(links: readonly JabatanLink[]) {
    this.byId = new Map(links.map((j) => [j.id, j]));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** `atasanId` and the chain above it: the read-only context a jabatan under it needs. */
  chainFrom(atasanId: string | null): string[] {
    if (atasanId === null || !this.byId.has(atasanId)) return [];
    return [atasanId, ...atasanChain(atasanId, this.byId).ids];
  }
}
