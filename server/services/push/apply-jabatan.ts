import type { SyncRow } from '../../../shared/sync-protocol.js';
import { wouldCreateCycle } from '../../../shared/domain/jabatan.js';
import { findJabatanForWrite } from '../../db/repos/jabatan-repo.js';
import { recordExits } from '../../db/repos/scope-exit-repo.js';
import { maxSeq } from '../../db/repos/touch-repo.js';
import { requireBaseVersion, requireRole, requireWritable, type CommandContext, type Plan } from './command-context.js';
import { requireFreeKode } from './kode-taken.js';
import { Rejection } from './rejection.js';
import { touchChain } from './reshape.js';
import { holderIds } from '../../db/repos/touch-repo.js';
import { pegawaiPlaces } from '../../db/repos/pegawai-repo.js';
import { usersOfPegawai } from '../../db/repos/user-repo.js';
import type { JabatanGraph } from '../org-trees.js';

/** The desk's jabatan rules (jabatan-service): atasan anywhere in the instansi, never a cycle. */
export async function checkJabatan(c: CommandContext, row: SyncRow<'jabatan'>): Promise<Plan> {
  requireRole(c, 'operator', 'admin');
  const { byId: prev, byKey: sameKode } = await findJabatanForWrite(c.db, c.instansiId, row.id, row.kode);
  if (prev) requireWritable(c, prev.row.unitId);
  requireWritable(c, row.unitId);
  requireBaseVersion(c, prev, true);

  const graph = await c.jabatan();
  if (row.atasanJabatanId !== null) {
    if (!graph.has(row.atasanJabatanId)) throw new Rejection('NOT_FOUND', 'Jabatan atasan tidak ditemukan.');
    if (wouldCreateCycle(row.id, row.atasanJabatanId, graph.byId)) {
      throw new Rejection('VALIDATION', 'Jabatan atasan ini membuat rantai atasan berputar (jabatan menjadi atasan dirinya sendiri).');
    }
  }
  requireFreeKode(c, row, sameKode, (r) => r.unitId, { what: 'jabatan', elsewhere: 'jabatan di unit kerja lain' });

  const write = { entity: 'jabatan' as const, row, prevVersion: prev?.version ?? null };
  if (prev && prev.row.atasanJabatanId === row.atasanJabatanId && prev.row.unitId === row.unitId) return { write, changed: {} };
  const exit = prev && prev.row.unitId !== row.unitId ? { entity: 'jabatan' as const, entityId: row.id, fromUnitId: prev.row.unitId, fromJabatanId: null } : null;
  const oldChain = prev && prev.row.atasanJabatanId !== row.atasanJabatanId ? graph.chainFrom(prev.row.atasanJabatanId) : [];
  return {
    write,
    changed: { jabatan: true },
    // Devices that see this jabatan now need its atasan chain, which may be older than their cursor.
    after: async () => maxSeq([await touchChain(c, graph, row.atasanJabatanId), exit ? await recordExits(c.db, c.instansiId, [exit]) : null, await oldChainExits(c, graph, row.id, oldChain)]),
  };
}

/**
 * The atasan changed: devices that saw the old chain above this jabatan (read-only, with its
 * holders and their accounts) may no longer. Exits named after this jabatan reach every device
 * that sees it; each device drops those it still sees (see pull/exits.ts).
 */
async function oldChainExits(c: CommandContext, graph: JabatanGraph, jabatanId: string, chain: readonly string[]): Promise<string | null> {
  if (chain.length === 0) return null;
  const holders = await pegawaiPlaces(c.db, c.instansiId, await holderIds(c.db, c.instansiId, chain));
  const accounts = await usersOfPegawai(c.db, c.instansiId, holders.map((p) => p.id));
  const from = (fromUnitId: string | null) => ({ fromUnitId, fromJabatanId: jabatanId });
  return recordExits(c.db, c.instansiId, [
    ...chain.map((id) => ({ entity: 'jabatan' as const, entityId: id, ...from(graph.byId.get(id)?.unitId ?? null) })),
    ...holders.map((p) => ({ entity: 'pegawai' as const, entityId: p.id, ...from(p.unitId) })),
    ...accounts.map((u) => ({ entity: 'user' as const, entityId: u.row.id, ...from(u.row.unitId) })),
  ]);
}
