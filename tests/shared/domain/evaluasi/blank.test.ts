import { describe, expect, it } from 'vitest';
import { blankEvaluasi } from '../../../../shared/domain/evaluasi/blank.js';
import { evaluasiStep } from '../../../../shared/domain/evaluasi/evaluasi-rules.js';
import { ACTORS, NOW, PARTIES, PEG } from './fixtures.js';

describe('blankEvaluasi', () => {
  it('keeps the key and penilai it is given and leaves everything else unrated', () => {
    expect(blankEvaluasi({ id: 'ev-1', skpId: 'skp-1', periode: 'TAHUNAN', penilaiPegawaiId: PEG.penilai })).toEqual({
      id: 'ev-1',
      skpId: 'skp-1',
      periode: 'TAHUNAN',
      penilaiPegawaiId: PEG.penilai,
      ratingHasilKerja: null,
      ratingPerilaku: null,
      predikat: null,
      saranPredikat: null,
      alasanPredikat: null,
      umpanBalikHasilKerja: null,
      umpanBalikPerilaku: null,
      catatan: null,
      terkunci: false,
      diterimaAt: null,
      riwayat: [],
    });
  });

  it('answers a new object each time (callers spread and append to riwayat)', () => {
    const key = { id: 'ev-1', skpId: 'skp-1', periode: 'TW1', penilaiPegawaiId: null } as const;
    const a = blankEvaluasi(key);
    a.riwayat.push({ at: NOW, action: 'nilai', actorUserId: 'u', alasan: null });
    expect(blankEvaluasi(key).riwayat).toEqual([]);
  });

  it('is a state the rule accepts a first nilai from, and only that', () => {
    const blank = blankEvaluasi({ id: 'ev-1', skpId: 'skp-1', periode: 'TW1', penilaiPegawaiId: null });
    const input = { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' } as const;
    expect(evaluasiStep(blank, 'nilai', ACTORS.penilai, PARTIES, NOW, input).ok).toBe(true);
    expect(evaluasiStep(blank, 'terima', ACTORS.pemilik, PARTIES, NOW, {}).ok).toBe(false);
  });
});
