import { describe, expect, it } from 'vitest';
import { affected, distribusi, emptyCounts, type DistribusiRow } from '../../../../shared/domain/evaluasi/distribusi.js';
import { checkKurva, describeKurvaRule, formatPersen, KURVA_DISTRIBUSI, type PredikatCounts } from '../../../../shared/domain/evaluasi/kurva.js';
import { PREDIKATS_ORGANISASI, type Predikat, type PredikatOrganisasi } from '../../../../shared/domain/evaluasi/types.js';

/** Counts in the order SB, B, BP, K, SK. */
const c = (sb: number, b: number, bp: number, k: number, sk: number): PredikatCounts => ({
  sangat_baik: sb,
  baik: b,
  butuh_perbaikan: bp,
  kurang: k,
  sangat_kurang: sk,
});

/** The rules each case breaks, by their Indonesian description. */
const broken = (org: PredikatOrganisasi, counts: PredikatCounts): string[] => checkKurva(org, counts).warnings.map((w) => w.aturan);

const SB70 = 'Sangat Baik paling banyak 70 %';
const B70 = 'Baik paling banyak 70 %';
const SOME_LOW = 'Butuh Perbaikan + Kurang/Misconduct + Sangat Kurang paling sedikit 1 pegawai (bila 5 pegawai atau lebih dinilai)';
const BP60 = 'Butuh Perbaikan paling sedikit 60 %';
const SB10 = 'Sangat Baik paling banyak 10 %';
const K60 = 'Kurang/Misconduct paling sedikit 60 %';
const BP10 = 'Butuh Perbaikan paling sedikit 10 %';
const SK60 = 'Sangat Kurang paling sedikit 60 %';
const KBP10 = 'Kurang/Misconduct + Butuh Perbaikan paling sedikit 10 %';
const SB0 = 'tidak ada Sangat Baik';

describe('checkKurva', () => {
  it.each<[PredikatOrganisasi, PredikatCounts, string[]]>([
    // Istimewa: Sangat Baik at most 70 %.
    ['istimewa', c(7, 3, 0, 0, 0), []],
    ['istimewa', c(701, 299, 0, 0, 0), [SB70]], // 70.1 %
    ['istimewa', c(700, 300, 0, 0, 0), []], // exactly 70 %
    ['istimewa', c(10, 0, 0, 0, 0), [SB70]],
    ['istimewa', c(0, 0, 0, 0, 10), []],
    // Baik: Baik at most 70 %, some of the lower three once 5+ are rated.
    ['baik', c(2, 7, 1, 0, 0), []],
    ['baik', c(1, 701, 298, 0, 0), [B70]],
    ['baik', c(3, 7, 0, 0, 0), [SOME_LOW]],
    ['baik', c(0, 8, 0, 0, 2), [B70]],
    ['baik', c(0, 5, 0, 0, 0), [B70, SOME_LOW]],
    ['baik', c(1, 3, 0, 0, 0), [B70]], // 4 rated: the head-count rule does not apply yet
    ['baik', c(2, 2, 0, 0, 0), []],
    ['baik', c(3, 1, 0, 1, 0), []],
    // Butuh Perbaikan: BP at least 60 %, SB at most 10 %.
    ['butuh_perbaikan', c(1, 3, 6, 0, 0), []],
    ['butuh_perbaikan', c(1, 4, 5, 0, 0), [BP60]],
    ['butuh_perbaikan', c(100, 299, 601, 0, 0), []], // exactly 10 % SB
    ['butuh_perbaikan', c(101, 299, 600, 0, 0), [SB10]],
    ['butuh_perbaikan', c(2, 4, 4, 0, 0), [BP60, SB10]],
    // Kurang: K at least 60 %, BP at least 10 %, SB at most 10 %.
    ['kurang', c(1, 2, 1, 6, 0), []],
    ['kurang', c(0, 0, 1, 9, 0), []],
    ['kurang', c(0, 1, 0, 9, 0), [BP10]],
    ['kurang', c(2, 1, 2, 5, 0), [K60, SB10]],
    ['kurang', c(0, 0, 0, 0, 10), [K60, BP10]],
    // Sangat Kurang: SK at least 60 %, K + BP at least 10 %, no SB.
    ['sangat_kurang', c(0, 3, 1, 0, 6), []],
    ['sangat_kurang', c(0, 3, 0, 1, 6), []],
    ['sangat_kurang', c(0, 4, 0, 0, 6), [KBP10]],
    ['sangat_kurang', c(1, 2, 1, 0, 6), [SB0]],
    ['sangat_kurang', c(5, 5, 0, 0, 0), [SK60, KBP10, SB0]],
  ])('%s %j → %j', (org, counts, expected) => {
    expect(broken(org, counts)).toEqual(expected);
  });

  it.each(PREDIKATS_ORGANISASI)('an empty unit (%s) has no warnings and zero shares', (org) => {
    const r = checkKurva(org, emptyCounts());
    expect(r.total).toBe(0);
    expect(r.warnings).toEqual([]);
    expect(Object.values(r.spread).every((s) => s.count === 0 && s.percent === 0)).toBe(true);
  });

  it('reports the spread, the actual share and the limit', () => {
    const r = checkKurva('istimewa', c(8, 2, 0, 0, 0));
    expect(r.total).toBe(10);
    expect(r.spread.sangat_baik).toEqual({ count: 8, percent: 80 });
    expect(r.spread.baik).toEqual({ count: 2, percent: 20 });
    expect(r.warnings).toEqual([
      {
        aturan: SB70,
        pesan: 'Sangat Baik 80 % (8 dari 10 pegawai), melebihi batas Sangat Baik paling banyak 70 % untuk predikat kinerja organisasi Istimewa.',
        kind: 'maks',
        predikats: ['sangat_baik'],
        jumlah: 8,
        persen: 80,
        batasPersen: 70,
        batasJumlah: null,
      },
    ]);
  });

  it('words minimum, head-count and "none" warnings', () => {
    expect(checkKurva('butuh_perbaikan', c(0, 2, 1, 0, 0)).warnings[0]?.pesan).toBe(
      'Butuh Perbaikan 33,3 % (1 dari 3 pegawai), di bawah batas Butuh Perbaikan paling sedikit 60 % untuk predikat kinerja organisasi Butuh Perbaikan.',
    );
    const head = checkKurva('baik', c(3, 3, 0, 0, 0)).warnings[0];
    expect(head).toMatchObject({ kind: 'minJumlah', jumlah: 0, batasJumlah: 1, batasPersen: null });
    expect(head?.pesan).toContain('0 dari 6 pegawai');
    expect(checkKurva('sangat_kurang', c(1, 0, 1, 0, 8)).warnings[0]?.pesan).toBe(
      'Sangat Baik 10 % (1 dari 10 pegawai); untuk predikat kinerja organisasi Sangat Kurang seharusnya tidak ada Sangat Baik.',
    );
  });

  it('keeps the figures as data, one entry per predikat organisasi', () => {
    expect(Object.keys(KURVA_DISTRIBUSI).sort()).toEqual([...PREDIKATS_ORGANISASI].sort());
    expect(KURVA_DISTRIBUSI.sangat_kurang.map(describeKurvaRule)).toEqual([SK60, KBP10, SB0]);
  });
});

describe('formatPersen', () => {
  it.each([
    [70, '70 %'],
    [70.1, '70,1 %'],
    [100 / 3, '33,3 %'],
    [0, '0 %'],
    [99.96, '100 %'],
  ])('%d → %s', (n, s) => expect(formatPersen(n)).toBe(s));
});

describe('distribusi', () => {
  it('counts per predikat and the unrated', () => {
    const rows: DistribusiRow[] = [
      { pegawaiId: 'a', predikat: 'baik' },
      { pegawaiId: 'b', predikat: null },
      { pegawaiId: 'c', predikat: 'baik' },
      { pegawaiId: 'd', predikat: 'sangat_kurang' },
    ];
    expect(distribusi(rows)).toEqual({ counts: c(0, 2, 0, 0, 1), belumDinilai: 1 });
    expect(distribusi([])).toEqual({ counts: c(0, 0, 0, 0, 0), belumDinilai: 0 });
  });

  it('counts 10,000 rows quickly, in one pass', () => {
    const order: (Predikat | null)[] = ['sangat_baik', 'baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang', null, 'baik'];
    const rows: DistribusiRow[] = Array.from({ length: 10_000 }, (_, i) => ({ pegawaiId: `p${i}`, predikat: order[i % order.length] ?? null }));
    const t0 = performance.now();
    const d = distribusi(rows);
    const ms = performance.now() - t0;
    expect(d).toEqual({ counts: c(1250, 3750, 1250, 1250, 1250), belumDinilai: 1250 });
    expect(ms).toBeLessThan(50);
  });
});

describe('affected', () => {
  const rows: DistribusiRow[] = [
    { pegawaiId: 'a', predikat: 'sangat_baik' },
    { pegawaiId: 'b', predikat: 'baik' },
    { pegawaiId: 'c', predikat: null },
    { pegawaiId: 'd', predikat: 'kurang' },
    { pegawaiId: 'e', predikat: 'butuh_perbaikan' },
    { pegawaiId: 'f', predikat: 'sangat_baik' },
  ];

  it('lists the pegawai in the groups a warning is about, in row order', () => {
    const w = checkKurva('sangat_kurang', distribusi(rows).counts).warnings.find((x) => x.aturan === SB0);
    expect(w).toBeDefined();
    if (w) expect(affected(w, rows).map((r) => r.pegawaiId)).toEqual(['a', 'f']);
    expect(affected({ predikats: ['kurang', 'butuh_perbaikan'] }, rows).map((r) => r.pegawaiId)).toEqual(['d', 'e']);
    expect(affected({ predikats: [] }, rows)).toEqual([]);
  });
});
