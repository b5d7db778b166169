import { describe, expect, it } from 'vitest';
import { SKP_MSG } from '../../../../shared/domain/skp/messages.js';
import { checkRhk, isPuncakCascading, menungguRhkAtasan, rhkWarnings, submitProblems } from '../../../../shared/domain/skp/rhk-rules.js';
import type { Rhk } from '../../../../shared/domain/skp/types.js';
import type { JabatanNode } from '../../../../shared/domain/jabatan.js';
import { iki, rhk } from './fixtures.js';

const messages = (r: Rhk, pendekatan: 'kuantitatif' | 'kualitatif' = 'kuantitatif', isPuncak = false) => checkRhk(r, pendekatan, isPuncak).map((p) => p.message);

describe('checkRhk', () => {
  it('accepts a complete kuantitatif RHK', () => expect(messages(rhk(1))).toEqual([]));

  it('accepts a kualitatif RHK with a description target', () => {
    expect(messages(rhk(1, { indikator: [iki(1, { target: { kind: 'kualitatif', teks: 'Laporan diterima pimpinan tanpa revisi' } })] }), 'kualitatif')).toEqual([]);
  });

  it.each([
    ['blank teks', rhk(1, { teks: '  ' }), 'kuantitatif', false, SKP_MSG.teksKosong],
    ['no indikator', rhk(1, { indikator: [] }), 'kuantitatif', false, SKP_MSG.indikatorKosong],
    ['blank indikator teks', rhk(1, { indikator: [iki(1, { teks: '' })] }), 'kuantitatif', false, SKP_MSG.indikatorTeksKosong],
    ['kualitatif target in a kuantitatif SKP', rhk(1, { indikator: [iki(1, { target: { kind: 'kualitatif', teks: 'x' } })] }), 'kuantitatif', false, SKP_MSG.targetTidakSesuai('kuantitatif')],
    ['kuantitatif target in a kualitatif SKP', rhk(1), 'kualitatif', false, SKP_MSG.targetTidakSesuai('kualitatif')],
    ['negative nilai', rhk(1, { indikator: [iki(1, { target: { kind: 'kuantitatif', nilai: -1, satuan: 'dok' } })] }), 'kuantitatif', false, SKP_MSG.targetAngka],
    ['NaN nilai', rhk(1, { indikator: [iki(1, { target: { kind: 'kuantitatif', nilai: Number.NaN, satuan: 'dok' } })] }), 'kuantitatif', false, SKP_MSG.targetAngka],
    ['blank satuan', rhk(1, { indikator: [iki(1, { target: { kind: 'kuantitatif', nilai: 1, satuan: ' ' } })] }), 'kuantitatif', false, SKP_MSG.satuanKosong],
    ['blank uraian', rhk(1, { indikator: [iki(1, { target: { kind: 'kualitatif', teks: '' } })] }), 'kualitatif', false, SKP_MSG.targetUraianKosong],
    ['link without jenis', rhk(1, { jenisIntervensi: null }), 'kuantitatif', false, SKP_MSG.jenisIntervensiWajib],
    ['jenis without link', rhk(1, { intervensiRhkId: null }), 'kuantitatif', false, SKP_MSG.jenisIntervensiTanpaTautan],
    ['head of unit with an atasan link', rhk(1), 'kuantitatif', true, SKP_MSG.puncakTanpaAtasan],
    ['Perjanjian Kinerja on a non-head', rhk(1, { intervensiPerjanjianKinerja: 'PK' }), 'kuantitatif', false, SKP_MSG.perjanjianHanyaPuncak],
  ] as const)('reports %s', (_n, r, pendekatan, isPuncak, message) => {
    expect(messages(r, pendekatan, isPuncak)).toContain(message);
  });

  it('does not refuse two IKI of one aspek (a warning, see rhkWarnings)', () => {
    expect(messages(rhk(1, { indikator: [iki(1), iki(2)] }))).toEqual([]);
    expect(submitProblems('kuantitatif', [rhk(1, { indikator: [iki(1), iki(2)] })], false)).toEqual([]);
  });

  it('allows one IKI for each of the four aspek', () => {
    const all = (['kuantitas', 'kualitas', 'waktu', 'biaya'] as const).map((aspek, i) => iki(i, { aspek }));
    expect(messages(rhk(1, { indikator: all }))).toEqual([]);
  });
});

describe('rhkWarnings', () => {
  it.each([
    ['one IKI', [iki(1)], []],
    ['one per aspek', [iki(1), iki(2, { aspek: 'kualitas' }), iki(3, { aspek: 'waktu' }), iki(4, { aspek: 'biaya' })], []],
    ['two of kuantitas', [iki(1), iki(2)], [SKP_MSG.aspekGanda('Kuantitas')]],
    ['three of kuantitas: one warning', [iki(1), iki(2), iki(3)], [SKP_MSG.aspekGanda('Kuantitas')]],
    [
      'two aspek doubled',
      [iki(1, { aspek: 'waktu' }), iki(2), iki(3, { aspek: 'waktu' }), iki(4)],
      [SKP_MSG.aspekGanda('Waktu'), SKP_MSG.aspekGanda('Kuantitas')],
    ],
    ['no IKI', [], []],
  ] as const)('%s', (_n, indikator, expected) => {
    expect(rhkWarnings({ indikator })).toEqual(expected);
  });
});

describe('menunggu RHK atasan', () => {
  it.each([
    ['utama', null, false, true],
    ['utama', 'x', false, false],
    ['tambahan', null, false, false],
    ['utama', null, true, false],
  ] as const)('%s linked=%s head=%s -> %s', (jenis, link, isPuncak, expected) => {
    expect(menungguRhkAtasan({ jenis, intervensiRhkId: link }, isPuncak)).toBe(expected);
  });

  it('a waiting RHK can be saved (valid fields) but not submitted', () => {
    const waiting = rhk(1, { intervensiRhkId: null, jenisIntervensi: null });
    expect(checkRhk(waiting, 'kuantitatif', false)).toEqual([]);
    expect(submitProblems('kuantitatif', [waiting], false)).toEqual([SKP_MSG.rhkMenunggu(1)]);
  });
});

describe('isPuncakCascading', () => {
  const byId = new Map<string, JabatanNode>([
    ['kadis', { id: 'kadis', atasanJabatanId: 'sekda' }],
    ['kabid', { id: 'kabid', atasanJabatanId: 'kadis' }],
    ['lone', { id: 'lone', atasanJabatanId: null }],
  ]);
  it.each([
    ['kadis', true],
    ['kabid', false],
    ['lone', true],
  ] as const)('%s -> %s', (id, expected) => expect(isPuncakCascading(id, byId)).toBe(expected));
});
