/** Turns the flat unit list from `org/units` into a tree and into select options. Pure. */
import type { UnitKerja } from '../../shared/entities.js';

export type UnitNode = { unit: UnitKerja; depth: number; children: UnitNode[] };

function byKode(a: UnitKerja, b: UnitKerja): number {
  return a.kode.localeCompare(b.kode, 'id', { numeric: true });
}

/**
 * Builds the forest. Units whose parent is not in the list (outside the caller's scope) become
 * roots, so a user scoped to a sub-unit still sees their subtree. Cycles cannot hang it: every
 * unit is placed at most once.
 *
 * @example
 * buildUnitTree([root, child]); // [{ unit: root, depth: 0, children: [{ unit: child, depth: 1, children: [] }] }]
 */
export function buildUnitTree(units: readonly UnitKerja[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string, UnitKerja[]>();
  const roots: UnitKerja[] = [];
  for (const u of units) {
    if (u.parentId !== null && ids.has(u.parentId)) {
      const list = children.get(u.parentId) ?? [];
      list.push(u);
      children.set(u.parentId, list);
    } else {
      roots.push(u);
    }
  }
  const placed = new Set<string>();
  const build = (u: UnitKerja, depth: number): UnitNode => {
    placed.add(u.id);
    const kids = (children.get(u.id) ?? []).filter((c) => !placed.has(c.id)).sort(byKode);
    return { unit: u, depth, children: kids.map((c) => build(c, depth + 1)) };
  };
  return roots.sort(byKode).map((r) => build(r, 0));
}

/** Depth-first list of the tree (parents before children). */
export function flattenUnitTree(nodes: readonly UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const walk = (n: UnitNode): void => {
    out.push(n);
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

export type UnitOption = { value: string; label: string; depth: number };

/**
 * Options for a unit Select, parents first, with their depth for indenting.
 *
 * @example
 * unitOptions([root, child]); // [{ value: root.id, label: 'Dinas', depth: 0 }, { value: child.id, label: 'Bidang', depth: 1 }]
 */
export function unitOptions(units: readonly UnitKerja[]): UnitOption[] {
  return flattenUnitTree(buildUnitTree(units)).map((n) => ({ value: n.unit.id, label: n.unit.nama, depth: n.depth }));
}
