import { describe, expect, it } from 'vitest';
import {
  JENIS_JABATAN,
  JENIS_JABATAN_LABEL,
  atasanChain,
  findCycle,
  isJpt,
  parseJenisJabatan,
  penilaiOf,
  wouldCreateCycle,
  type JabatanNode,
} from '../../../shared/domain/jabatan.js';

const tree = (edges: [string, string | null][]): Map<string, JabatanNode> =>
  new Map(edges.map(([id, atasanJabatanId]) => [id, { id, atasanJabatanId }]));

/** kadis <- kabid <- kasi <- staf, kadis <- sekretaris */
const ORG = tree([
  ['kadis', null],
  ['sekretaris', 'kadis'],
  ['kabid', 'kadis'],
  ['kasi', 'kabid'],
  ['staf', 'kasi'],
]);

describe('jenis jabatan', () => {
  it('has a label for every kind', () => {
    expect(JENIS_JABATAN.map((j) => JENIS_JABATAN_LABEL[j])).toEqual([
      'JPT Utama', 'JPT Madya', 'JPT Pratama', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional',
    ]);
  });

  it.each(JENIS_JABATAN)('parses code and label of %s', (j) => {
    expect(parseJenisJabatan(j)).toBe(j);
    expect(parseJenisJabatan(JENIS_JABATAN_LABEL[j])).toBe(j);
    expect(parseJenisJabatan(JENIS_JABATAN_LABEL[j].toUpperCase())).toBe(j);
    expect(parseJenisJabatan(`  ${JENIS_JABATAN_LABEL[j].toLowerCase()}  `)).toBe(j);
  });

  it.each([
    ['jpt   pratama', 'jpt_pratama'],
    ['JPT-Madya', 'jpt_madya'],
    ['Jpt_Utama', 'jpt_utama'],
    ['Jabatan Fungsional', 'fungsional'],
    ['jabatan  pelaksana', 'pelaksana'],
    ['Jabatan Pimpinan Tinggi Pratama', 'jpt_pratama'],
    ['Fungsional Tertentu', 'fungsional'],
    ['Fungsional Umum', 'pelaksana'],
    ['JFT', 'fungsional'],
    ['administrator\t', 'administrator'],
  ] as const)('%j -> %s', (label, expected) => {
    expect(parseJenisJabatan(label)).toBe(expected);
  });

  it.each(['', 'JPT', 'Struktural', 'Eselon III', 'pengawas sekolah', 'jabatan'])('%j -> null', (label) => {
    expect(parseJenisJabatan(label)).toBeNull();
  });

  it('knows which kinds are JPT', () => {
    expect(JENIS_JABATAN.filter(isJpt)).toEqual(['jpt_utama', 'jpt_madya', 'jpt_pratama']);
  });
});

describe('atasanChain', () => {
  it.each([
    ['staf', ['kasi', 'kabid', 'kadis']],
    ['kasi', ['kabid', 'kadis']],
    ['sekretaris', ['kadis']],
    ['kadis', []],
  ])('%s -> %j', (id, ids) => {
    expect(atasanChain(id, ORG)).toEqual({ ids, cycle: false, missingId: null });
  });

  it('reports an unknown start id', () => {
    expect(atasanChain('nope', ORG)).toEqual({ ids: [], cycle: false, missingId: 'nope' });
  });

  it('stops at a dangling atasan reference', () => {
    const t = tree([['a', 'b'], ['b', 'gone']]);
    expect(atasanChain('a', t)).toEqual({ ids: ['b'], cycle: false, missingId: 'gone' });
  });

  it('stops and reports on a cycle through the start', () => {
    const t = tree([['a', 'b'], ['b', 'c'], ['c', 'a']]);
    expect(atasanChain('a', t)).toEqual({ ids: ['b', 'c'], cycle: true, missingId: null });
  });

  it('stops and reports on a cycle above the start', () => {
    const t = tree([['staf', 'a'], ['a', 'b'], ['b', 'a']]);
    expect(atasanChain('staf', t)).toEqual({ ids: ['a', 'b'], cycle: true, missingId: null });
  });

  it('stops on a self-loop', () => {
    expect(atasanChain('a', tree([['a', 'a']]))).toEqual({ ids: [], cycle: true, missingId: null });
  });

  it('handles a deep chain without recursion limits', () => {
    const edges: [string, string | null][] = [['j0', null]];
    for (let i = 1; i < 50_000; i += 1) edges.push([`j${i}`, `j${i - 1}`]);
    expect(atasanChain('j49999', tree(edges)).ids).toHaveLength(49_999);
  });
});

describe('penilaiOf', () => {
  it.each([
    ['staf', 'kasi', 'kabid'],
    ['kasi', 'kabid', 'kadis'],
    ['kabid', 'kadis', null],
    ['kadis', null, null],
  ])('%s -> penilai %s, atasan penilai %s', (id, penilaiId, atasanPenilaiId) => {
    expect(penilaiOf(id, ORG)).toEqual({ penilaiId, atasanPenilaiId });
  });
});

describe('findCycle', () => {
  it('returns null for a tree, a forest and dangling references', () => {
    expect(findCycle(ORG)).toBeNull();
    expect(findCycle(tree([['a', null], ['b', null], ['c', 'gone']]))).toBeNull();
    expect(findCycle(new Map())).toBeNull();
  });

  it.each([
    ['self-loop', [['a', 'a']], ['a']],
    ['two', [['a', 'b'], ['b', 'a']], ['a', 'b']],
    ['three with a tail', [['tail', 'a'], ['a', 'b'], ['b', 'c'], ['c', 'a']], ['a', 'b', 'c']],
    ['behind an acyclic part', [['root', null], ['x', 'root'], ['p', 'q'], ['q', 'p']], ['p', 'q']],
  ] as const)('finds a %s cycle', (_label, edges, expected) => {
    const t = tree(edges.map(([a, b]): [string, string | null] => [a, b]));
    const cycle = findCycle(t);
    expect(cycle).toEqual(expected);
    // Each member's atasan is the next one, closing back on the first.
    if (cycle) cycle.forEach((id, i) => expect(t.get(id)?.atasanJabatanId).toBe(cycle[(i + 1) % cycle.length]));
  });
});

describe('wouldCreateCycle', () => {
  it.each([
    ['kabid', 'staf', true],
    ['kadis', 'staf', true],
    ['kasi', 'kasi', true],
    ['kadis', 'kabid', true],
    ['staf', 'kabid', false],
    ['staf', 'sekretaris', false],
    ['sekretaris', 'kasi', false],
    ['kabid', 'sekretaris', false],
    ['kadis', null, false],
    ['new', 'staf', false],
  ] as const)('%s under %s: %s', (id, newAtasan, expected) => {
    expect(wouldCreateCycle(id, newAtasan, ORG)).toBe(expected);
  });

  it('does not blame the assignment for an unrelated existing cycle', () => {
    const t = tree([['x', null], ['p', 'q'], ['q', 'p']]);
    expect(wouldCreateCycle('x', 'p', t)).toBe(false);
  });

  it('applying every refused/accepted answer keeps the tree acyclic', () => {
    const ids = [...ORG.keys()];
    for (const id of ids) {
      for (const target of ids) {
        const next = new Map(ORG);
        next.set(id, { id, atasanJabatanId: target });
        expect(findCycle(next) !== null).toBe(wouldCreateCycle(id, target, ORG));
      }
    }
  });
});
