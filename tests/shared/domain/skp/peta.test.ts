import { describe, expect, it } from 'vitest';
import { buildPeta, petaTotals, type PetaNode, type PetaRhkTally } from '../../../../shared/domain/skp/peta.js';
import type { ReadinessSkp } from '../../../../shared/domain/skp/readiness.js';
import type { Rhk } from '../../../../shared/domain/skp/types.js';

const JABATAN = [
  { id: 'kadis', atasanJabatanId: 'sekda' }, // atasan outside the unit: head of the unit
  { id: 'kabid', atasanJabatanId: 'kadis' },
  { id: 'staf', atasanJabatanId: 'kabid' },
  { id: 'kosong', atasanJabatanId: 'kadis' },
];
const PEGAWAI = [
  { id: 'p-kadis', jabatanId: 'kadis' },
  { id: 'p-kabid', jabatanId: 'kabid' },
  { id: 'p-staf1', jabatanId: 'staf' },
  { id: 'p-staf2', jabatanId: 'staf' },
];
const P = { tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31' };
const s = (id: string, pegawaiId: string, jabatanId: string, versi = 1, previousVersionId: string | null = null): ReadinessSkp => ({
  id, pegawaiId, jabatanId, periode: P, status: 'draft', versi, previousVersionId,
});
type R = Pick<Rhk, 'id' | 'skpId' | 'jenis' | 'urutan' | 'teks' | 'intervensiRhkId'>;
const r = (id: string, skpId: string, intervensiRhkId: string | null, jenis: 'utama' | 'tambahan' = 'utama', urutan = 1): R => ({ id, skpId, jenis, urutan, teks: id, intervensiRhkId });

const SKP = [s('s-kadis', 'p-kadis', 'kadis'), s('s-kabid-1', 'p-kabid', 'kabid'), s('s-kabid-2', 'p-kabid', 'kabid', 2, 's-kabid-1'), s('s-staf1', 'p-staf1', 'staf')];
const RHK = [
  r('k1', 's-kadis', null),
  r('k2', 's-kadis', null, 'utama', 2),
  r('kt', 's-kadis', null, 'tambahan'),
  r('b-old', 's-kabid-1', 'k1'),
  r('b1', 's-kabid-2', 'k1'),
  r('b2', 's-kabid-2', null, 'utama', 2),
  r('st1', 's-staf1', 'b1'),
];

function find(nodes: PetaNode[], id: string): PetaNode | undefined {
  for (const n of nodes) {
    if (n.jabatanId === id) return n;
    const hit = find(n.children, id);
    if (hit) return hit;
  }
  return undefined;
}

describe('buildPeta', () => {
  const peta = buildPeta({ jabatan: JABATAN, pegawai: PEGAWAI, skp: SKP, rhk: RHK });

  it('starts at the head of the unit and follows the jabatan tree', () => {
    expect(peta.roots.map((n) => n.jabatanId)).toEqual(['kadis']);
    expect(peta.roots[0]?.children.map((n) => n.jabatanId)).toEqual(['kabid', 'kosong']);
    expect(find(peta.roots, 'kabid')?.children.map((n) => n.jabatanId)).toEqual(['staf']);
  });

  it('shows the newest version of each holder’s SKP, utama first', () => {
    const kabid = find(peta.roots, 'kabid')?.holders[0];
    expect(kabid?.skpId).toBe('s-kabid-2');
    expect(kabid?.rhk.map((x) => x.rhkId)).toEqual(['b1', 'b2']);
    expect(find(peta.roots, 'kadis')?.holders[0]?.rhk.map((x) => x.rhkId)).toEqual(['k1', 'k2', 'kt']);
  });

  it('holders without an SKP appear empty', () => {
    expect(find(peta.roots, 'staf')?.holders).toContainEqual({ pegawaiId: 'p-staf2', skpId: null, status: null, rhk: [] });
  });

  it('flags atasan RHK that nobody below intervenes, and waiting RHK', () => {
    const kadis = find(peta.roots, 'kadis')?.holders[0]?.rhk ?? [];
    expect(kadis.map((x) => [x.rhkId, x.diintervensiOleh, x.tanpaIntervensiBawahan, x.menungguRhkAtasan])).toEqual([
      ['k1', 2, false, false], // b-old (old version) and b1
      ['k2', 0, true, false],
      ['kt', 0, false, false], // tambahan is never flagged
    ]);
    const kabid = find(peta.roots, 'kabid')?.holders[0]?.rhk ?? [];
    expect(kabid.map((x) => [x.rhkId, x.tanpaIntervensiBawahan, x.menungguRhkAtasan])).toEqual([
      ['b1', false, false],
      ['b2', true, true],
    ]);
    // staff have no subordinates: their RHK are never "tanpa intervensi"
    expect(find(peta.roots, 'staf')?.holders[0]?.rhk[0]?.tanpaIntervensiBawahan).toBe(false);
  });

  it('can start at a sub-tree without treating its top as the head of the unit', () => {
    const sub = buildPeta({ jabatan: JABATAN, pegawai: PEGAWAI, skp: SKP, rhk: RHK, rootJabatanId: 'kabid' });
    expect(sub.roots.map((n) => n.jabatanId)).toEqual(['kabid']);
    expect(sub.roots[0]?.holders[0]?.rhk.find((x) => x.rhkId === 'b2')?.menungguRhkAtasan).toBe(true);
    expect(buildPeta({ jabatan: JABATAN, pegawai: PEGAWAI, skp: SKP, rhk: RHK, rootJabatanId: 'nope' }).roots).toEqual([]);
  });

  it('stops at the requested depth, still counting children and flagging the last level', () => {
    const top = buildPeta({ jabatan: JABATAN, pegawai: PEGAWAI, skp: SKP, rhk: RHK, depth: 1 });
    const kabid = find(top.roots, 'kabid');
    expect([kabid?.childCount, kabid?.children]).toEqual([1, []]);
    expect(top.roots[0]?.childCount).toBe(2);
    // kabid's staff are not shown, yet they decide the flags of kabid's RHK
    expect(kabid?.holders[0]?.rhk.map((x) => [x.rhkId, x.tanpaIntervensiBawahan])).toEqual([['b1', false], ['b2', true]]);
    expect(buildPeta({ jabatan: JABATAN, pegawai: PEGAWAI, skp: SKP, rhk: RHK, depth: 0 }).roots[0]?.children).toEqual([]);
  });

  it('takes intervention counts from the store when given (RHK below the shown levels)', () => {
    const shown = RHK.filter((x) => x.skpId === 's-kabid-2');
    const sub = buildPeta({ jabatan: JABATAN, pegawai: PEGAWAI, skp: SKP, rhk: shown, rootJabatanId: 'kabid', depth: 0, diintervensiOleh: new Map([['b1', 1]]) });
    expect(sub.roots[0]?.holders[0]?.rhk.map((x) => [x.rhkId, x.diintervensiOleh, x.tanpaIntervensiBawahan])).toEqual([['b1', 1, false], ['b2', 0, true]]);
  });

  it('counts the summary from tallies with the same flags as the map', () => {
    const tallies: PetaRhkTally[] = RHK.map((x) => ({
      skpId: x.skpId, jenis: x.jenis, linked: x.intervensiRhkId !== null, intervened: RHK.some((d) => d.intervensiRhkId === x.id), n: 1,
    }));
    const flags = (nodes: PetaNode[]): boolean[][] => nodes.flatMap((n) => [...n.holders.flatMap((h) => h.rhk.map((x) => [x.tanpaIntervensiBawahan, x.menungguRhkAtasan])), ...flags(n.children)]);
    const all = flags(peta.roots);
    expect(petaTotals({ jabatan: JABATAN, pegawai: PEGAWAI, skp: SKP, tallies })).toEqual({
      tanpaIntervensi: all.filter(([t]) => t).length,
      menunggu: all.filter(([, m]) => m).length,
    });
    expect(petaTotals({ jabatan: JABATAN, pegawai: PEGAWAI, skp: SKP, tallies })).toEqual({ tanpaIntervensi: 2, menunggu: 1 });
  });

  it('survives cycles: each jabatan appears once', () => {
    const cyc = buildPeta({
      jabatan: [{ id: 'top', atasanJabatanId: null }, { id: 'a', atasanJabatanId: 'top' }, { id: 'b', atasanJabatanId: 'a' }, { id: 'c', atasanJabatanId: 'b' }],
      pegawai: [],
      skp: [],
      rhk: [],
      rootJabatanId: 'a',
    });
    expect(cyc.roots[0]?.children[0]?.jabatanId).toBe('b');
  });
});
