import { describe, expect, it } from 'vitest';
import { generateDemoUnit, type DemoUnit } from '../../../electron/core/demo/generate.js';
import { createRng, mulberry32 } from '../../../electron/core/demo/prng.js';
import { atasanChain, findCycle, JENIS_JABATAN } from '../../../shared/domain/jabatan.js';
import { splitNamaLengkap, formatNamaLengkap } from '../../../shared/domain/nama.js';
import { parseNip } from '../../../shared/domain/nip.js';
import { isValidGolongan, golonganRank } from '../../../shared/domain/pangkat.js';

const BIG = generateDemoUnit({ pegawaiCount: 10_000, seed: 2022 });
const SIZES = [1, 2, 3, 5, 12, 30, 100, 250, 1_000];

function depthOf(demo: DemoUnit): number {
  const byId = new Map(demo.jabatan.map((j) => [j.kode, { id: j.kode, atasanJabatanId: j.atasanKode }]));
  return Math.max(...demo.jabatan.map((j) => atasanChain(j.kode, byId).ids.length + 1));
}

/** Every invariant that must hold for any size and seed. */
function checkIntegrity(demo: DemoUnit, count: number): void {
  expect(demo.pegawai).toHaveLength(count);
  expect(demo.instansi.nama).toMatch(/^DEMO — /);

  const unitKode = new Set(demo.units.map((u) => u.kode));
  const jabatanKode = new Set(demo.jabatan.map((j) => j.kode));
  expect(unitKode.size).toBe(demo.units.length);
  expect(jabatanKode.size).toBe(demo.jabatan.length);
  expect(demo.units.filter((u) => u.parentKode === null)).toHaveLength(1);
  for (const u of demo.units) if (u.parentKode !== null) expect(unitKode.has(u.parentKode)).toBe(true);

  const roots = demo.jabatan.filter((j) => j.atasanKode === null);
  expect(roots).toHaveLength(1);
  expect(roots[0]).toMatchObject({ nama: 'Kepala Dinas', jenis: 'jpt_pratama' });
  for (const j of demo.jabatan) {
    expect(JENIS_JABATAN).toContain(j.jenis);
    expect(unitKode.has(j.unitKode)).toBe(true);
    if (j.atasanKode !== null) expect(jabatanKode.has(j.atasanKode)).toBe(true);
  }
  const byId = new Map(demo.jabatan.map((j) => [j.kode, { id: j.kode, atasanJabatanId: j.atasanKode }]));
  expect(findCycle(byId)).toBeNull();

  const jabatanByKode = new Map(demo.jabatan.map((j) => [j.kode, j]));
  const holders = new Map<string, number>();
  for (const p of demo.pegawai) {
    const j = jabatanByKode.get(p.jabatanKode);
    expect(j).toBeDefined();
    expect(p.unitKode).toBe(j?.unitKode);
    holders.set(p.jabatanKode, (holders.get(p.jabatanKode) ?? 0) + 1);
    expect(parseNip(p.nip, p.jenisAsn).ok).toBe(true);
    expect(isValidGolongan(p.jenisAsn, p.golongan)).toBe(true);
    expect(p.nama.trim()).toBe(p.nama);
    expect(p.nama.length).toBeGreaterThan(2);
  }
  // Every jabatan is held; positions that others report to have exactly one holder.
  const isAtasan = new Set(demo.jabatan.map((j) => j.atasanKode));
  for (const j of demo.jabatan) {
    expect(holders.get(j.kode) ?? 0).toBeGreaterThanOrEqual(1);
    if (isAtasan.has(j.kode)) expect(holders.get(j.kode)).toBe(1);
  }
  expect(new Set(demo.pegawai.map((p) => p.nip)).size).toBe(count);
}

describe('prng', () => {
  it('mulberry32 is repeatable and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i += 1) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('int stays within bounds and hits both ends', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i += 1) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('shuffle is a permutation and pick refuses an empty array', () => {
    const rng = createRng(5);
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});

describe('generateDemoUnit', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateDemoUnit({ pegawaiCount: 300, seed: 7 });
    expect(generateDemoUnit({ pegawaiCount: 300, seed: 7 })).toEqual(a);
    const b = generateDemoUnit({ pegawaiCount: 300, seed: 8 });
    expect(b.pegawai.map((p) => p.nip)).not.toEqual(a.pegawai.map((p) => p.nip));
    expect(b.pegawai.map((p) => p.nama)).not.toEqual(a.pegawai.map((p) => p.nama));
    expect(generateDemoUnit({ pegawaiCount: 50 })).toEqual(generateDemoUnit({ pegawaiCount: 50, seed: 1 }));
  });

  it.each(SIZES)('keeps every invariant for %i pegawai', (n) => {
    checkIntegrity(generateDemoUnit({ pegawaiCount: n, seed: n }), n);
  });

  it('keeps every invariant for 10,000 pegawai', () => {
    checkIntegrity(BIG, 10_000);
  });

  it('gives one pegawai the head alone', () => {
    const d = generateDemoUnit({ pegawaiCount: 1 });
    expect(d.jabatan).toHaveLength(1);
    expect(d.units).toHaveLength(1);
    expect(d.pegawai[0]?.jabatanKode).toBe(d.jabatan[0]?.kode);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects pegawaiCount %s', (n) => {
    expect(() => generateDemoUnit({ pegawaiCount: n })).toThrow(RangeError);
  });

  it('builds a 4-level tree for 10,000 pegawai with the expected kinds per level (staff under the heads of sub-units)', () => {
    expect(depthOf(BIG)).toBe(4);
    const byId = new Map(BIG.jabatan.map((j) => [j.kode, { id: j.kode, atasanJabatanId: j.atasanKode }]));
    const levelOf = (kode: string): number => atasanChain(kode, byId).ids.length + 1;
    for (const j of BIG.jabatan) {
      const level = levelOf(j.kode);
      if (level === 1) expect(j.jenis).toBe('jpt_pratama');
      if (level === 2) expect(j.jenis).toBe('administrator');
      if (level === 3) expect(j.jenis).toBe('pengawas');
      if (level === 4) expect(['fungsional', 'pelaksana']).toContain(j.jenis);
    }
    expect(BIG.jabatan.filter((j) => j.nama === 'Sekretaris')).toHaveLength(1);
    expect(BIG.jabatan.filter((j) => j.nama.startsWith('Kepala Bidang')).length).toBeGreaterThanOrEqual(2);
    expect(BIG.jabatan.filter((j) => /^Kepala (Sub Bagian|Seksi) /.test(j.nama)).length).toBeGreaterThanOrEqual(6);
    // Many staff share one jabatan.
    expect(BIG.jabatan.length).toBeLessThan(BIG.pegawai.length / 3);
    // Administrator and pengawas posts each have their own unit.
    const structural = BIG.jabatan.filter((j) => j.jenis === 'administrator' || j.jenis === 'pengawas');
    expect(new Set(structural.map((j) => j.unitKode)).size).toBe(structural.length);
  });

  it('uses depth 4 for a small unit', () => {
    expect(depthOf(generateDemoUnit({ pegawaiCount: 30 }))).toBe(4);
  });

  it('has about 15 % PPPK, all on staff jabatan with golongan V–XI', () => {
    const pppk = BIG.pegawai.filter((p) => p.jenisAsn === 'PPPK');
    expect(pppk).toHaveLength(1_500);
    const jenisOf = new Map(BIG.jabatan.map((j) => [j.kode, j.jenis]));
    for (const p of pppk) {
      expect(['fungsional', 'pelaksana']).toContain(jenisOf.get(p.jabatanKode));
      expect(golonganRank(p.golongan)).toBeGreaterThanOrEqual(5);
      expect(golonganRank(p.golongan)).toBeLessThanOrEqual(11);
    }
  });

  it('matches golongan to the jabatan level', () => {
    const jabatanByKode = new Map(BIG.jabatan.map((j) => [j.kode, j]));
    const range: Record<string, [string, string]> = {
      jpt_pratama: ['IV/c', 'IV/d'],
      administrator: ['IV/a', 'IV/b'],
      pengawas: ['III/c', 'III/d'],
      fungsional: ['II/a', 'III/d'],
      pelaksana: ['II/a', 'III/d'],
    };
    for (const p of BIG.pegawai.filter((x) => x.jenisAsn === 'PNS')) {
      const jenis = jabatanByKode.get(p.jabatanKode)?.jenis ?? 'none';
      const [lo, hi] = range[jenis] ?? ['none', 'none'];
      const rank = golonganRank(p.golongan) ?? 0;
      expect(rank).toBeGreaterThanOrEqual(golonganRank(lo) ?? 99);
      expect(rank).toBeLessThanOrEqual(golonganRank(hi) ?? -1);
    }
  });

  it('produces varied names, some with gelar, that round-trip through the name helpers', () => {
    const names = new Set(BIG.pegawai.map((p) => p.nama));
    expect(names.size).toBeGreaterThan(300);
    expect(BIG.pegawai.some((p) => p.gelarDepan.includes('Dr.'))).toBe(true);
    expect(BIG.pegawai.some((p) => /\bHj?\./.test(p.gelarDepan))).toBe(true);
    expect(BIG.pegawai.some((p) => /Drs\.|Dra\./.test(p.gelarDepan))).toBe(true);
    for (const g of ['S.Pd.', 'M.Si.', 'A.Md.']) expect(BIG.pegawai.some((p) => p.gelarBelakang.includes(g))).toBe(true);
    for (const p of BIG.pegawai) {
      const parts = { gelarDepan: p.gelarDepan, nama: p.nama, gelarBelakang: p.gelarBelakang };
      expect(splitNamaLengkap(formatNamaLengkap(parts))).toEqual(parts);
    }
  });

  it('gives plausible birth and TMT years', () => {
    for (const p of BIG.pegawai) {
      const r = parseNip(p.nip, p.jenisAsn);
      if (!r.ok) throw new Error(p.nip);
      const birthYear = Number(r.value.birthDate.slice(0, 4));
      expect(birthYear).toBeGreaterThanOrEqual(1960);
      expect(birthYear).toBeLessThanOrEqual(2005);
      if (r.value.tmtCpns) expect(Number(r.value.tmtCpns.slice(0, 4)) - birthYear).toBeGreaterThanOrEqual(18);
    }
  });

  it('generates 10,000 pegawai well under a second', () => {
    generateDemoUnit({ pegawaiCount: 10_000, seed: 1 });
    const start = performance.now();
    generateDemoUnit({ pegawaiCount: 10_000, seed: 3 });
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
