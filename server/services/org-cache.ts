import { jabatanLinks } from '../db/repos/jabatan-repo.js';
import { unitLinks } from '../db/repos/unit-repo.js';
import type { Db } from '../db/repos/types.js';
import { JabatanGraph, UnitTree } from './org-trees.js';

type Entry<T> = { key: string; value: T };

/**
 * The unit tree and jabatan graph per instansi, kept in memory and keyed by the feed position of
 * their last change (`sync_head.org_seq` / `jabatan_seq`), so every lookup is checked against
 * the database and several server processes stay correct without any invalidation messages.
 */
export class OrgCache {
  private readonly units = new Map<string, Entry<UnitTree>>();
  private readonly jabatan = new Map<string, Entry<JabatanGraph>>();

  async unitTree(db: Db, instansiId: string, orgSeq: string): Promise<UnitTree> {
    const hit = this.units.get(instansiId);
    if (hit && hit.key === orgSeq) return hit.value;
    const value = new UnitTree(await unitLinks(db, instansiId));
    this.units.set(instansiId, { key: orgSeq, value });
    return value;
  }

  async jabatanGraph(db: Db, instansiId: string, jabatanSeq: string): Promise<JabatanGraph> {
    const hit = this.jabatan.get(instansiId);
    if (hit && hit.key === jabatanSeq) return hit.value;
    const value = new JabatanGraph(await jabatanLinks(db, instansiId));
    this.jabatan.set(instansiId, { key: jabatanSeq, value });
    return value;
  }
}
