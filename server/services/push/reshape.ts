import { touchDocsOfUnits } from '../../db/repos/evaluasi-repo.js';
import { recordExits } from '../../db/repos/scope-exit-repo.js';
import { skpAndRhkOfJabatan } from '../../db/repos/skp-repo.js';
import { holderIds, idsInUnits, maxSeq, touchRows } from '../../db/repos/touch-repo.js';
import type { JabatanGraph, UnitTree } from '../org-trees.js';
import type { CommandContext } from './command-context.js';

/**
 * Scope follows the trees: a device sees its unit subtree plus, read-only, the atasan chain above
 * its jabatan. When a write changes the trees, rows that are now in some device's scope may be
 * older than that device's cursor; these helpers re-send them (touch: new seq, same version), and
 * record exits so devices that lost rows drop them. All return the highest seq they used.
 */

/** Re-sends the SKP held on these jabatan with their RHK (the atasan-RHK picker's rows). */
async function touchSkp(c: CommandContext, jabatanIds: readonly string[]): Promise<string | null> {
  const { skp, rhk } = await skpAndRhkOfJabatan(c.db, c.instansiId, jabatanIds);
  return maxSeq([await touchRows(c.db, c.instansiId, 'skp', skp), await touchRows(c.db, c.instansiId, 'rhk', rhk)]);
}

/** Re-sends the chain starting at `atasanId`, the holders of its jabatan and their SKP. */
export async function touchChain(c: CommandContext, graph: JabatanGraph, atasanId: string | null): Promise<string | null> {
  const chain = graph.chainFrom(atasanId);
  if (chain.length === 0) return null;
  return maxSeq([
    await touchRows(c.db, c.instansiId, 'jabatan', chain),
    await touchRows(c.db, c.instansiId, 'pegawai', await holderIds(c.db, c.instansiId, chain)),
    await touchSkp(c, chain),
  ]);
}

/**
 * A unit moved from `oldParentId` to `newParentId` (trees as they were before the move): the whole
 * subtree is re-sent (new ancestors' devices gain it), together with its new ancestors and the
 * chains above its jabatan (its own devices gain those); exits tell the old ancestors' devices
 * that the subtree left them, and the subtree's devices that the old ancestors did.
 */
export async function reshapeMovedUnit(
  c: CommandContext,
  units: UnitTree,
  graph: JabatanGraph,
  move: { unitId: string; oldParentId: string; newParentId: string },
): Promise<string | null> {
  const subtree = [...units.subtree(move.unitId)];
  const jabatan = await idsInUnits(c.db, c.instansiId, 'jabatan', subtree);
  const pegawai = await idsInUnits(c.db, c.instansiId, 'pegawai', subtree);
  const users = await idsInUnits(c.db, c.instansiId, 'user', subtree);
  const chainAbove = new Set(jabatan.flatMap((j) => graph.chainFrom(graph.byId.get(j.id)?.atasanJabatanId ?? null)));
  const newAncestors = [move.newParentId, ...units.ancestors(move.newParentId)];
  const oldAncestors = [move.oldParentId, ...units.ancestors(move.oldParentId)];

  const touched = [
    await touchRows(c.db, c.instansiId, 'unitKerja', [...subtree.filter((id) => id !== move.unitId), ...newAncestors]),
    await touchRows(c.db, c.instansiId, 'jabatan', [...new Set([...jabatan.map((j) => j.id), ...chainAbove])]),
    await touchRows(c.db, c.instansiId, 'pegawai', [...new Set([...pegawai.map((p) => p.id), ...(await holderIds(c.db, c.instansiId, [...chainAbove]))])]),
    await touchRows(c.db, c.instansiId, 'user', users.map((u) => u.id)),
    // SKP follow their jabatan: the subtree's and the chain's. (No exits for them: see README.)
    await touchSkp(c, [...new Set([...jabatan.map((j) => j.id), ...chainAbove])]),
    // Evaluation rows follow the subtree's SKP and units (writable scope only: not the chain's).
    maxSeq(await touchDocsOfUnits(c.db, c.instansiId, subtree)),
  ];
  const from = { fromUnitId: move.oldParentId, fromJabatanId: null };
  const exited = await recordExits(c.db, c.instansiId, [
    ...subtree.map((id) => ({ entity: 'unit_kerja' as const, entityId: id, ...from })),
    ...jabatan.map((j) => ({ entity: 'jabatan' as const, entityId: j.id, ...from })),
    ...pegawai.map((p) => ({ entity: 'pegawai' as const, entityId: p.id, ...from })),
    ...users.map((u) => ({ entity: 'user' as const, entityId: u.id, ...from })),
    ...oldAncestors.map((id) => ({ entity: 'unit_kerja' as const, entityId: id, fromUnitId: move.unitId, fromJabatanId: null })),
  ]);
  return maxSeq([...touched, exited]);
}
