import { describe, expect, it } from 'vitest';
import type { UnitKerja } from '../../shared/entities.js';
import { buildUnitTree, flattenUnitTree, unitOptions } from '../../renderer/lib/unit-tree.js';

const unit = (id: string, parentId: string | null, kode: string): UnitKerja => ({ id, instansiId: 'i', parentId, kode, nama: `Unit ${kode}` });

describe('buildUnitTree', () => {
  it('nests children under parents, ordered by kode (numerically)', () => {
    const tree = buildUnitTree([unit('c10', 'r', '01.10'), unit('c2', 'r', '01.2'), unit('r', null, '01'), unit('g', 'c2', '01.2.1')]);
    expect(tree).toHaveLength(1);
    expect(tree[0]?.children.map((c) => c.unit.id)).toEqual(['c2', 'c10']);
    expect(tree[0]?.children[0]?.children[0]?.depth).toBe(2);
  });

  it('treats units whose parent is out of scope as roots', () => {
    const tree = buildUnitTree([unit('b', 'hidden', '02'), unit('c', 'b', '02.1')]);
    expect(tree.map((n) => n.unit.id)).toEqual(['b']);
    expect(tree[0]?.children.map((n) => n.unit.id)).toEqual(['c']);
  });

  it('does not hang or duplicate on a cycle', () => {
    const tree = buildUnitTree([unit('r', null, '01'), unit('a', 'b', '01.1'), unit('b', 'a', '01.2')]);
    expect(flattenUnitTree(tree).length).toBeLessThanOrEqual(3);
  });
});

describe('unitOptions', () => {
  it('lists parents before children with their depth', () => {
    expect(unitOptions([unit('c', 'r', '01.1'), unit('r', null, '01')])).toEqual([
      { value: 'r', label: 'Unit 01', depth: 0 },
      { value: 'c', label: 'Unit 01.1', depth: 1 },
    ]);
  });
});
