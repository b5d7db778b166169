import { describe, expect, it } from 'vitest';
import { computeReadiness, type ReadinessSkp } from '../../../../shared/domain/skp/readiness.js';
import type { SkpStatus } from '../../../../shared/domain/skp/types.js';

/**
 * kadis
 * ├── kabid1 ── kasi1 ── staf1 (3 holders)
 * ├── kabid2 (vacant) ── kasi2 ── staf2 (2 holders)
 * └── sekretaris
 */
const JABATAN = [
  { id: 'kadis', atasanJabatanId: null },
  { id: 'kabid1', atasanJabatanId: 'kadis' },
  { id: 'kasi1', atasanJabatanId: 'kabid1' },
  { id: 'staf1', atasanJabatanId: 'kasi1' },
  { id: 'kabid2', atasanJabatanId: 'kadis' },
  { id: 'kasi2', atasanJabatanId: 'kabid2' },
  { id: 'staf2', atasanJabatanId: 'kasi2' },
  { id: 'sekretaris', atasanJabatanId: 'kadis' },
];
const PEGAWAI = [
  { id: 'p-kadis', jabatanId: 'kadis' },
  { id: 'p-kabid1', jabatanId: 'kabid1' },
  { id: 'p-kasi1', jabatanId: 'kasi1' },
  { id: 'p-s1a', jabatanId: 'staf1' },
  { id: 'p-s1b', jabatanId: 'staf1' },
  { id: 'p-s1c', jabatanId: 'staf1' },
  { id: 'p-kasi2', jabatanId: 'kasi2' },
  { id: 'p-s2a', jabatanId: 'staf2' },
  { id: 'p-s2b', jabatanId: 'staf2' },
  { id: 'p-sek', jabatanId: 'sekretaris' },
  { id: 'p-none', jabatanId: null },
];
const P = { tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31' };
const skp = (pegawaiId: string, jabatanId: string, status: SkpStatus, versi = 1, previousVersionId: string | null = null, id = `s-${pegawaiId}-${versi}`): ReadinessSkp => ({
  id,
  pegawaiId,
  jabatanId,
  periode: P,
  status,
  versi,
  previousVersionId,
});

describe('computeReadiness', () => {
  const r = computeReadiness({
    jabatan: JABATAN,
    pegawai: PEGAWAI,
    skp: [
      skp('p-kadis', 'kadis', 'disetujui'),
      skp('p-kabid1', 'kabid1', 'diajukan'),
      skp('p-kasi1', 'kasi1', 'draft'),
      skp('p-s1a', 'staf1', 'dikembalikan'),
      skp('p-s1b', 'staf1', 'disetujui'),
      skp('p-sek', 'sekretaris', 'disetujui'),
      skp('p-sek', 'sekretaris', 'draft', 2, 's-p-sek-1'),
      skp('p-kasi2', 'kabid2', 'draft'), // an SKP on another jabatan does not count for kasi2
    ],
  });
  const row = (id: string) => r.jabatan.find((j) => j.jabatanId === id);
  const peg = (id: string) => r.pegawai.find((p) => p.pegawaiId === id);

  it('gives each holder a status; a perubahan under way keeps the approved plan in force', () => {
    expect(peg('p-s1c')?.status).toBe('belum_ada');
    expect(peg('p-s1a')?.status).toBe('dikembalikan');
    expect(peg('p-sek')).toEqual({ pegawaiId: 'p-sek', jabatanId: 'sekretaris', status: 'disetujui', skpId: 's-p-sek-1', perubahan: 'draft' });
    expect(peg('p-kasi2')?.status).toBe('belum_ada');
    expect(peg('p-none')).toBeUndefined();
  });

  it('per jabatan: counts, worst status, vacancy', () => {
    expect(row('staf1')).toMatchObject({ holderCount: 3, status: 'belum_ada', counts: { belum_ada: 1, dikembalikan: 1, draft: 0, diajukan: 0, disetujui: 1 } });
    expect(row('kabid2')).toMatchObject({ holderCount: 0, vacant: true, status: 'belum_ada' });
    expect(row('kadis')).toMatchObject({ status: 'disetujui', blocksDirect: 0, blocksTotal: 0 });
  });

  it('counts blocked subordinates directly and down the subtree', () => {
    // kabid1 not approved: blocks kasi1 (1) directly, staf1's 2 unapproved below.
    expect(row('kabid1')).toMatchObject({ blocksDirect: 1, blocksTotal: 3 });
    expect(row('kasi1')).toMatchObject({ blocksDirect: 2, blocksTotal: 2 });
    // vacant kabid2 blocks kasi2 and both staf2.
    expect(row('kabid2')).toMatchObject({ blocksDirect: 1, blocksTotal: 3 });
    expect(row('kasi2')).toMatchObject({ blocksDirect: 2, blocksTotal: 2 });
  });

  it('lists bottlenecks worst first, vacant ones marked', () => {
    expect(r.bottlenecks).toEqual([
      { jabatanId: 'kabid1', reason: 'belum_disetujui', blocksDirect: 1, blocksTotal: 3 },
      { jabatanId: 'kabid2', reason: 'kosong', blocksDirect: 1, blocksTotal: 3 },
      { jabatanId: 'kasi1', reason: 'belum_disetujui', blocksDirect: 2, blocksTotal: 2 },
      { jabatanId: 'kasi2', reason: 'belum_disetujui', blocksDirect: 2, blocksTotal: 2 },
    ]);
  });

  it('sorts rows by status (worst first), then by how many they block', () => {
    expect(r.jabatan.map((j) => j.jabatanId)).toEqual(['kabid2', 'kasi2', 'staf1', 'staf2', 'kasi1', 'kabid1', 'kadis', 'sekretaris']);
  });

  it('totals per status over pegawai', () => {
    expect(r.totals).toEqual({ belum_ada: 4, dikembalikan: 1, draft: 1, diajukan: 1, disetujui: 3 });
  });

  it('an approved unit has no bottleneck; cyclic data does not hang', () => {
    const all = computeReadiness({ jabatan: JABATAN, pegawai: PEGAWAI, skp: PEGAWAI.filter((p) => p.jabatanId).map((p) => skp(p.id, p.jabatanId ?? '', 'disetujui')) });
    expect(all.bottlenecks).toEqual([]);
    const cyc = computeReadiness({ jabatan: [{ id: 'a', atasanJabatanId: 'b' }, { id: 'b', atasanJabatanId: 'a' }], pegawai: [{ id: 'x', jabatanId: 'a' }], skp: [] });
    expect(cyc.bottlenecks.map((b) => b.jabatanId)).toEqual(['b']);
  });

  it('stops at an approved atasan in between: nobody above holds up the levels below it', () => {
    const chain = [
      { id: 'kadis', atasanJabatanId: null },
      { id: 'kabid', atasanJabatanId: 'kadis' },
      { id: 'kasi', atasanJabatanId: 'kabid' },
      { id: 'staf', atasanJabatanId: 'kasi' },
    ];
    const people = [
      { id: 'a', jabatanId: 'kadis' },
      { id: 'b', jabatanId: 'kabid' },
      { id: 'c', jabatanId: 'kasi' },
      { id: 'd1', jabatanId: 'staf' },
      { id: 'd2', jabatanId: 'staf' },
    ];
    const board = computeReadiness({ jabatan: chain, pegawai: people, skp: [skp('a', 'kadis', 'draft'), skp('b', 'kabid', 'disetujui'), skp('c', 'kasi', 'draft')] });
    expect(board.bottlenecks).toEqual([{ jabatanId: 'kasi', reason: 'belum_disetujui', blocksDirect: 2, blocksTotal: 2 }]);
    expect(board.jabatan.find((j) => j.jabatanId === 'kadis')).toMatchObject({ blocksDirect: 0, blocksTotal: 0 });
  });

  it('handles a 10,000-pegawai unit quickly', () => {
    const jab: { id: string; atasanJabatanId: string | null }[] = [{ id: 'root', atasanJabatanId: null }];
    const peg: { id: string; jabatanId: string }[] = [];
    for (let i = 0; i < 100; i++) jab.push({ id: `j${i}`, atasanJabatanId: i < 10 ? 'root' : `j${i % 10}` });
    for (let i = 0; i < 10_000; i++) peg.push({ id: `p${i}`, jabatanId: `j${i % 100}` });
    const t0 = performance.now();
    const big = computeReadiness({ jabatan: jab, pegawai: peg, skp: peg.filter((_, i) => i % 3 === 0).map((p) => skp(p.id, p.jabatanId, 'disetujui')) });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(big.pegawai).toHaveLength(10_000);
  });
});
