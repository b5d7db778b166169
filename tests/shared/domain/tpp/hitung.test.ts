import { describe, expect, it } from 'vitest';
import { DEFAULT_PENGATURAN_TPP as D } from '../../../../shared/domain/tpp/defaults.js';
import { hitungTpp, kinerjaDari, tppDasarDari } from '../../../../shared/domain/tpp/hitung.js';
import { masalahPengaturan } from '../../../../shared/domain/tpp/pengaturan.js';
import type { Predikat } from '../../../../shared/domain/evaluasi/types.js';

describe('kinerjaDari (default table [unconfirmed])', () => {
  it.each<[Predikat | null, number, boolean]>([
    ['sangat_baik', 100, false],
    ['baik', 100, false],
    ['butuh_perbaikan', 80, false],
    ['kurang', 60, false],
    ['sangat_kurang', 40, false],
    [null, 0, true], // belum dinilai: performance part 0 and flagged
  ])('%s → %d %%', (predikat, persen, belumDinilai) => {
    expect(kinerjaDari(predikat, D)).toEqual({ predikat, persen, belumDinilai });
  });
});

describe('tppDasarDari', () => {
  const p = { tppDasar: D.tppDasar.map((_, i) => (i === 8 ? 4_500_000 : null)) };
  it.each<[number | null, number | null]>([
    [9, 4_500_000],
    [8, null], // no amount set for kelas 8
    [null, null], // jabatan without kelas
    [0, null],
    [18, null],
  ])('kelas %j → %j', (kelas, dasar) => {
    expect(tppDasarDari(kelas, p)).toBe(dasar);
  });
});

type Row = [string, number | null, number, number, [number, number], Partial<ReturnType<typeof hitungTpp>>];

describe('hitungTpp = base × (wK × kinerja % + wD × disiplin %), rounded once', () => {
  it.each<Row>([
    // 60 × 100 % + 40 × 90.25 % = 60 + 36.1 = 96.1 %; 5,000,000 × 96.1 % = 4,805,000
    // (kinerja part 5,000,000 × 60 % = 3,000,000; disiplin part 5,000,000 × 36.1 % = 1,805,000).
    ['the mixed month', 5_000_000, 100, 90.25, [60, 40], { persenKinerjaTertimbang: 60, persenDisiplinTertimbang: 36.1, persenAkhir: 96.1, rupiahKinerja: 3_000_000, rupiahDisiplin: 1_805_000, tpp: 4_805_000 }],
    // 60 × 80 % + 40 × 97.5 % = 48 + 39 = 87 %; 3,333,333 × 87 % = 2,899,999.71 → 2,900,000
    // (parts 1,599,999.84 + 1,299,999.87 = 2,899,999.71: rounded only at the end).
    ['rounding at the end only', 3_333_333, 80, 97.5, [60, 40], { persenAkhir: 87, rupiahKinerja: 1_599_999.84, rupiahDisiplin: 1_299_999.87, tpp: 2_900_000 }],
    // 50 × 100 % + 50 × 0 % = 50 %; 1,000,001 × 50 % = 500,000.5 → half up → 500,001.
    ['half up', 1_000_001, 100, 0, [50, 50], { persenAkhir: 50, tpp: 500_001 }],
    // 60 × 0 % + 40 × 100 % = 40 %; 1,000,001 × 40 % = 400,000.4 → 400,000.
    ['below half goes down', 1_000_001, 0, 100, [60, 40], { persenAkhir: 40, tpp: 400_000 }],
    // Not rated: kinerja 0 %; 60 × 0 + 40 × 100 % = 40 %; 4,000,000 × 40 % = 1,600,000.
    ['belum dinilai', 4_000_000, 0, 100, [60, 40], { persenAkhir: 40, rupiahKinerja: 0, tpp: 1_600_000 }],
    // 60 × 100 + 40 × 96.3 = 60 + 38.52 = 98.52 %; 7,777,777 × 98.52 % = 7,662,665.9004 → 7,662,666.
    ['a percent that is no exact binary fraction', 7_777_777, 100, 96.3, [60, 40], { persenAkhir: 98.52, tpp: 7_662_666 }],
    // 70 × 60 % + 30 × 85 % = 42 + 25.5 = 67.5 %; 10,000,000 × 67.5 % = 6,750,000.
    ['other weights', 10_000_000, 60, 85, [70, 30], { persenAkhir: 67.5, tpp: 6_750_000 }],
    // 60 + 40 × 99.99 % = 99.996 %; 50,000,000 × 99.996 % = 49,998,000.
    ['a large base', 50_000_000, 100, 99.99, [60, 40], { persenAkhir: 99.996, tpp: 49_998_000 }],
    ['no base: percentages only', null, 100, 90, [60, 40], { persenAkhir: 96, rupiahKinerja: null, rupiahDisiplin: null, tpp: null }],
    ['zero discipline and not rated', 2_000_000, 0, 0, [60, 40], { persenAkhir: 0, tpp: 0 }],
  ])('%s', (_, dasar, kinerjaPersen, disiplinPersen, [bobotKinerja, bobotDisiplin], expected) => {
    const r = hitungTpp({ dasar, kinerjaPersen, disiplinPersen }, { bobotKinerja, bobotDisiplin });
    expect(r).toMatchObject({ dasar, kinerjaPersen, disiplinPersen, bobotKinerja, bobotDisiplin, ...expected });
  });
});

describe('masalahPengaturan', () => {
  it('accepts the defaults', () => {
    expect(masalahPengaturan(D)).toEqual([]);
  });

  it.each([
    [{ bobotKinerja: 70 }, 'bobotDisiplin', 'berjumlah 100 % (sekarang 110 %)'],
    [{ batasMenit: [30, 30, 90] as [number, number, number] }, 'batasMenit', 'naik berurutan'],
    [{ batasMenit: [0, 30, 90] as [number, number, number] }, 'batasMenit', 'paling sedikit 1 menit'],
    [{ jamKerja: { ...D.jamKerja, senin: { masuk: '16:00', pulang: '07:30' } } }, 'jamKerja.senin', 'Jam pulang Senin harus setelah jam masuk'],
    [{ jamKerja: { ...D.jamKerja, jumat: { masuk: '25:00', pulang: '16:30' } } }, 'jamKerja.jumat', 'Jam kerja Jumat tidak valid'],
    [
      { hariLibur: [{ tanggal: '2026-01-01', nama: 'A', jenis: 'libur_nasional' as const }, { tanggal: '2026-01-01', nama: 'B', jenis: 'cuti_bersama' as const }] },
      'hariLibur.1',
      'lebih dari sekali',
    ],
  ])('%j', (change, path, text) => {
    const issues = masalahPengaturan({ ...D, ...change });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(path);
    expect(issues[0]?.message).toContain(text);
  });
});
