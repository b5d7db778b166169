import { describe, expect, it } from 'vitest';
import { parseNilai, rhkDraftFrom, rhkInputFrom } from '../../renderer/features/skp/rhk-draft.js';
import { groupRhk, linesToList, listToLines, rhkNumber, sortInbox, sortReadiness, targetText } from '../../renderer/features/skp/skp-format.js';

describe('targetText', () => {
  it('prints a kuantitatif target with the language number format and satuan', () => {
    expect(targetText({ kind: 'kuantitatif', nilai: 1250.5, satuan: 'dokumen' }, 'id')).toBe('1.250,5 dokumen');
    expect(targetText({ kind: 'kuantitatif', nilai: 1250.5, satuan: 'dokumen' }, 'en')).toBe('1,250.5 dokumen');
  });
  it('prints a kualitatif target as written', () => {
    expect(targetText({ kind: 'kualitatif', teks: 'Tepat waktu' }, 'id')).toBe('Tepat waktu');
  });
});

describe('rhkNumber and groupRhk', () => {
  it('numbers rows A.n / B.n and groups them in order', () => {
    expect(rhkNumber({ jenis: 'utama', urutan: 3 })).toBe('A.3');
    expect(rhkNumber({ jenis: 'tambahan', urutan: 1 })).toBe('B.1');
    const g = groupRhk([
      { jenis: 'tambahan' as const, urutan: 1 },
      { jenis: 'utama' as const, urutan: 2 },
      { jenis: 'utama' as const, urutan: 1 },
    ]);
    expect(g.utama.map((r) => r.urutan)).toEqual([1, 2]);
    expect(g.tambahan).toHaveLength(1);
  });
});

describe('sortReadiness', () => {
  it('puts the biggest bottleneck first, then the worst status, then by name', () => {
    const rows = [
      { nama: 'Staf', blocksTotal: 0, blocksDirect: 0, status: 'belum_ada' as const },
      { nama: 'Kabid', blocksTotal: 4, blocksDirect: 2, status: 'draft' as const },
      { nama: 'Kadis', blocksTotal: 9, blocksDirect: 3, status: 'diajukan' as const },
      { nama: 'Analis', blocksTotal: 0, blocksDirect: 0, status: 'disetujui' as const },
      { nama: 'Bendahara', blocksTotal: 0, blocksDirect: 0, status: 'belum_ada' as const },
    ];
    expect(sortReadiness(rows).map((r) => r.nama)).toEqual(['Kadis', 'Kabid', 'Bendahara', 'Staf', 'Analis']);
  });
});

describe('sortInbox', () => {
  it('shows the longest waiting first, never-submitted last', () => {
    const rows = [
      { namaLengkap: 'B', diajukanAt: '2025-02-01T00:00:00Z' },
      { namaLengkap: 'C', diajukanAt: null },
      { namaLengkap: 'A', diajukanAt: '2025-01-01T00:00:00Z' },
    ];
    expect(sortInbox(rows).map((r) => r.namaLengkap)).toEqual(['A', 'B', 'C']);
  });
});

describe('lampiran lines', () => {
  it('round-trips a list, dropping empty lines', () => {
    expect(linesToList(' Laptop \n\nRuang rapat\n')).toEqual(['Laptop', 'Ruang rapat']);
    expect(listToLines(['a', 'b'])).toBe('a\nb');
  });
});

describe('RHK draft', () => {
  it('parses numbers typed the Indonesian or the English way', () => {
    expect(parseNilai('12')).toBe(12);
    expect(parseNilai('1.250,5')).toBe(1250.5);
    expect(parseNilai('1.250')).toBe(1250);
    expect(parseNilai('12.5')).toBe(12.5);
    expect(parseNilai('')).toBeNull();
    expect(parseNilai('dua')).toBeNull();
    expect(parseNilai('-3')).toBeNull();
  });
  it('converts the draft per pendekatan, keeping indikator ids and the PK text for the head only', () => {
    const d = rhkDraftFrom({
      jenis: 'utama',
      teks: 'Laporan',
      perspektif: null,
      intervensiPerjanjianKinerja: 'Sasaran 1',
      indikator: [{ id: 'i1', aspek: 'kuantitas', teks: 'Jumlah', target: { kind: 'kuantitatif', nilai: 12, satuan: 'dokumen' } }],
    });
    expect(rhkInputFrom(d, 'kuantitatif', { isPuncak: true, isJpt: false })).toEqual({
      jenis: 'utama',
      teks: 'Laporan',
      perspektif: null,
      intervensiPerjanjianKinerja: 'Sasaran 1',
      indikator: [{ id: 'i1', aspek: 'kuantitas', teks: 'Jumlah', target: { kind: 'kuantitatif', nilai: 12, satuan: 'dokumen' } }],
    });
    const staff = rhkInputFrom({ ...d, indikator: d.indikator.map((i) => ({ ...i, targetTeks: 'Rapi' })) }, 'kualitatif', { isPuncak: false, isJpt: false });
    expect(staff.intervensiPerjanjianKinerja).toBeNull();
    expect(staff.indikator[0]?.target).toEqual({ kind: 'kualitatif', teks: 'Rapi' });
  });
});
