import { describe, expect, it } from 'vitest';
import { convertTargets, emptyTarget, formatNilaiTarget, parseTargetTeks } from '../../../../shared/domain/skp/pendekatan.js';
import { checkRhk } from '../../../../shared/domain/skp/rhk-rules.js';
import type { Target } from '../../../../shared/domain/skp/types.js';
import { iki, rhk } from './fixtures.js';

const kuan = (nilai: number, satuan: string): Target => ({ kind: 'kuantitatif', nilai, satuan });
const kual = (teks: string): Target => ({ kind: 'kualitatif', teks });

describe('parseTargetTeks', () => {
  it.each<[string, { nilai: number; satuan: string } | null]>([
    ['12 dokumen', { nilai: 12, satuan: 'dokumen' }],
    ['  12   dokumen  ', { nilai: 12, satuan: 'dokumen' }],
    ['100 %', { nilai: 100, satuan: '%' }],
    ['100%', { nilai: 100, satuan: '%' }],
    ['2,5 jam', { nilai: 2.5, satuan: 'jam' }],
    ['2.5 jam', { nilai: 2.5, satuan: 'jam' }],
    ['1.250 lembar', { nilai: 1250, satuan: 'lembar' }],
    ['1.250,5 lembar', { nilai: 1250.5, satuan: 'lembar' }],
    ['4 bulan kalender', { nilai: 4, satuan: 'bulan kalender' }],
    ['0 keluhan', { nilai: 0, satuan: 'keluhan' }],
    ['12', null],
    ['Laporan diterima tanpa revisi', null],
    ['Dua dokumen', null],
    ['', null],
    ['-3 hari', null],
  ])('%j → %j', (teks, expected) => expect(parseTargetTeks(teks)).toEqual(expected));
});

describe('formatNilaiTarget', () => {
  it.each([
    [12, '12'],
    [2.5, '2,5'],
    [1250, '1250'],
  ])('%d → %s', (n, s) => expect(formatNilaiTarget(n)).toBe(s));
});

describe('convertTargets', () => {
  it.each<[string, Target, 'kuantitatif' | 'kualitatif', Target, boolean]>([
    ['kuantitatif → kualitatif', kuan(12, 'dokumen'), 'kualitatif', kual('12 dokumen'), false],
    ['kuantitatif decimal → kualitatif', kuan(2.5, 'jam'), 'kualitatif', kual('2,5 jam'), false],
    ['kuantitatif percent → kualitatif', kuan(100, '%'), 'kualitatif', kual('100 %'), false],
    ['kualitatif number + satuan → kuantitatif', kual('12 dokumen'), 'kuantitatif', kuan(12, 'dokumen'), false],
    ['kualitatif description → empty, flagged', kual('Laporan tepat waktu'), 'kuantitatif', kuan(0, ''), true],
    ['kualitatif number without satuan → empty, flagged', kual('12'), 'kuantitatif', kuan(0, ''), true],
    ['already kualitatif stays', kual('Uraian'), 'kualitatif', kual('Uraian'), false],
    ['already kuantitatif stays', kuan(3, 'kali'), 'kuantitatif', kuan(3, 'kali'), false],
  ])('convert: %s', (_, from, to, expected, failed) => {
    const input = [rhk(1, { indikator: [iki(1, { target: from })] })];
    const r = convertTargets(input, to, 'convert');
    expect(r.rhk[0]?.indikator[0]?.target).toEqual(expected);
    expect(r.gagal.length).toBe(failed ? 1 : 0);
    if (failed) expect(r.gagal[0]).toEqual({ rhkId: input[0]?.id, indikatorId: input[0]?.indikator[0]?.id, teks: input[0]?.indikator[0]?.teks, targetLama: from });
  });

  it('round-trips kuantitatif → kualitatif → kuantitatif', () => {
    const start = [rhk(1, { indikator: [iki(1, { target: kuan(1250.5, 'lembar') }), iki(2, { aspek: 'waktu', target: kuan(4, 'bulan') })] })];
    const there = convertTargets(start, 'kualitatif', 'convert');
    const back = convertTargets(there.rhk, 'kuantitatif', 'convert');
    expect(back.gagal).toEqual([]);
    expect(back.rhk).toEqual(start);
  });

  it('clear empties every target, failing none', () => {
    const start = [rhk(1, { indikator: [iki(1), iki(2, { target: kual('x') })] }), rhk(2)];
    const r = convertTargets(start, 'kualitatif', 'clear');
    expect(r.gagal).toEqual([]);
    expect(r.rhk.flatMap((x) => x.indikator.map((i) => i.target))).toEqual([kual(''), kual(''), kual('')]);
  });

  it('never mutates its input, and keeps everything but the targets', () => {
    const start = [rhk(1, { indikator: [iki(1), iki(2, { target: kual('Laporan') })] })];
    const copy = structuredClone(start);
    const r = convertTargets(start, 'kualitatif', 'convert');
    expect(start).toEqual(copy);
    expect(r.rhk[0]).toMatchObject({ id: start[0]?.id, teks: start[0]?.teks, intervensiRhkId: start[0]?.intervensiRhkId });
    expect(r.rhk[0]?.indikator.map((i) => i.id)).toEqual(start[0]?.indikator.map((i) => i.id));
  });

  it('leaves flagged indikator refused by checkRhk until written, converted ones valid', () => {
    const start = [rhk(1, { indikator: [iki(1, { target: kual('10 berkas') }), iki(2, { aspek: 'kualitas', target: kual('Tanpa revisi') })] })];
    const r = convertTargets(start, 'kuantitatif', 'convert');
    const problems = r.rhk[0] ? checkRhk(r.rhk[0], 'kuantitatif', false).map((p) => p.field) : [];
    expect(problems).toEqual(['indikator.1.target.satuan']);
    expect(emptyTarget('kualitatif')).toEqual(kual(''));
  });
});
