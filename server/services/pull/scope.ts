import type { JabatanGraph, UnitTree } from '../org-trees.js';

/**
 * What one device sees. Writable: its unit subtree and everything in it. Read-only: the units
 * above it, and the atasan chain above its jabatan (with their holders), so the atasan-RHK picker
 * and "who rates whom" work offline.
 */
export type PullScope = {
  writableUnits: ReadonlySet<string>;
  ancestorUnits: ReadonlySet<string>;
  /** Jabatan above the subtree's jabatan that lie outside the subtree. */
  chainJabatan: ReadonlySet<string>;
  /** Jabatan in the subtree plus the chain: where a removed pegawai may have been seen. */
  visibleJabatan: ReadonlySet<string>;
  /** The device sits at the top unit, so the instansi row is its to edit too. */
  atTop: boolean;
};

export function pullScope(units: UnitTree, graph: JabatanGraph, deviceUnitId: string): PullScope {
  const writableUnits = units.subtree(deviceUnitId);
  const chainJabatan = new Set<string>();
  const visibleJabatan = new Set<string>();
  for (const j of graph.byId.values()) {
    if (!writableUnits.has(j.unitId)) continue;
    visibleJabatan.add(j.id);
    for (const id of graph.chainFrom(j.atasanJabatanId)) {
      const above = graph.byId.get(id);
      if (above && !writableUnits.has(above.unitId)) {
        chainJabatan.add(id);
        visibleJabatan.add(id);
      }
    }
  }
  return { writableUnits, ancestorUnits: new Set(units.ancestors(deviceUnitId)), chainJabatan, visibleJabatan, atTop: units.parentOf(deviceUnitId) === null };
}
