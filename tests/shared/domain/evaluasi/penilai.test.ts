import { describe, expect, it } from 'vitest';
import { penilaiLevelWarning, penilaiOn } from '../../../../shared/domain/evaluasi/penilai.js';
import type { PenilaiOverride } from '../../../../shared/domain/evaluasi/types.js';
import { JENIS_JABATAN, type JenisJabatan } from '../../../../shared/domain/jabatan.js';
import { override, PEG } from './fixtures.js';

const OWNER = { id: PEG.owner, unitId: 'unit-a' };
const STRUCTURAL = [PEG.penilai];

describe('penilaiOn', () => {
  it.each<[string, string, PenilaiOverride[], string[]]>([
    ['no override: the structural penilai', '2026-04-01', [], [PEG.penilai]],
    ['active Plt. replaces the structural penilai', '2026-04-01', [override()], [PEG.plt]],
    ['active Plh. replaces too', '2026-04-01', [override({ jenis: 'plh' })], [PEG.plt]],
    ['active koreksi replaces too', '2026-04-01', [override({ jenis: 'koreksi', selesai: null })], [PEG.plt]],
    ['first day counts', '2026-03-01', [override()], [PEG.plt]],
    ['last day counts', '2026-05-31', [override()], [PEG.plt]],
    ['day before: structural', '2026-02-28', [override()], [PEG.penilai]],
    ['day after: structural', '2026-06-01', [override()], [PEG.penilai]],
    ['open-ended lasts', '2030-01-01', [override({ selesai: null })], [PEG.plt]],
    ['withdrawn counts for nothing', '2026-04-01', [override({ dibatalkan: true })], [PEG.penilai]],
    ['another unit (the pegawai moved): lapsed', '2026-04-01', [override({ unitId: 'unit-b' })], [PEG.penilai]],
    ['for another pegawai: ignored', '2026-04-01', [override({ pegawaiId: PEG.other })], [PEG.penilai]],
    ['self-pointing: ignored', '2026-04-01', [override({ penilaiPegawaiId: PEG.owner })], [PEG.penilai]],
    [
      'several active: all of them, once each',
      '2026-04-01',
      [override(), override({ id: 'ov-2', jenis: 'plh', penilaiPegawaiId: PEG.other }), override({ id: 'ov-3' })],
      [PEG.plt, PEG.other],
    ],
    ['one active and one expired: only the active', '2026-04-01', [override({ selesai: '2026-03-15' }), override({ id: 'ov-2', penilaiPegawaiId: PEG.other })], [PEG.other]],
  ])('%s', (_, date, overrides, expected) => {
    expect(penilaiOn(date, OWNER, STRUCTURAL, overrides)).toEqual(expected);
  });

  it('never lists the pegawai as their own structural penilai', () => {
    expect(penilaiOn('2026-04-01', OWNER, [PEG.owner, PEG.penilai, PEG.penilai], [])).toEqual([PEG.penilai]);
    expect(penilaiOn('2026-04-01', OWNER, [], [])).toEqual([]);
  });
});

describe('penilaiLevelWarning', () => {
  const WARNS: JenisJabatan[] = ['pelaksana', 'fungsional'];
  it.each(JENIS_JABATAN.map((j) => [j, WARNS.includes(j)] as const))('%s warns: %s', (jenis, warns) => {
    const w = penilaiLevelWarning(jenis);
    expect(w !== null).toBe(warns);
  });

  it('names the jabatan in the warning, and is silent when unknown', () => {
    expect(penilaiLevelWarning('pelaksana')).toContain('Pelaksana');
    expect(penilaiLevelWarning(null)).toBeNull();
  });
});
