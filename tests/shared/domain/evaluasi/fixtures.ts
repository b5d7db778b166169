import { blankEvaluasi } from '../../../../shared/domain/evaluasi/blank.js';
import type { EvaluasiActor, EvaluasiParties } from '../../../../shared/domain/evaluasi/evaluasi-rules.js';
import type { Evaluasi, PenilaiOverride, PeriodeKey } from '../../../../shared/domain/evaluasi/types.js';

export const NOW = '2026-04-02T08:00:00.000Z';
export const PEG = { owner: 'peg-owner', penilai: 'peg-penilai', plt: 'peg-plt', other: 'peg-other' };

export function evaluasi(periode: PeriodeKey = 'TW1', over: Partial<Evaluasi> = {}): Evaluasi {
  return { ...blankEvaluasi({ id: `ev-${periode}`, skpId: 'skp-1', periode, penilaiPegawaiId: PEG.penilai }), ...over };
}

export const PARTIES: EvaluasiParties = { penilaiPegawaiIds: [PEG.penilai], pemilikPegawaiId: PEG.owner };

/** Every kind of caller the rules distinguish. */
export const ACTORS = {
  penilai: { userId: 'u-penilai', pegawaiId: PEG.penilai, roles: ['pegawai'] },
  pemilik: { userId: 'u-owner', pegawaiId: PEG.owner, roles: ['pegawai'] },
  lain: { userId: 'u-other', pegawaiId: PEG.other, roles: ['pegawai'] },
  operator: { userId: 'u-op', pegawaiId: null, roles: ['operator'] },
  admin: { userId: 'u-admin', pegawaiId: null, roles: ['admin'] },
  operatorPemilik: { userId: 'u-op-owner', pegawaiId: PEG.owner, roles: ['pegawai', 'operator'] },
  adminPegawaiLain: { userId: 'u-admin-2', pegawaiId: PEG.other, roles: ['pegawai', 'admin'] },
} as const satisfies Record<string, EvaluasiActor>;

export function override(over: Partial<PenilaiOverride> = {}): PenilaiOverride {
  return {
    id: 'ov-1',
    pegawaiId: PEG.owner,
    unitId: 'unit-a',
    penilaiPegawaiId: PEG.plt,
    jenis: 'plt',
    mulai: '2026-03-01',
    selesai: '2026-05-31',
    alasan: 'Kepala bidang pensiun',
    dibatalkan: false,
    ...over,
  };
}
