/**
 * Who may act as a pegawai's pejabat penilai on a date: the holder of the atasan jabatan (resolved by
 * the caller from the jabatan tree), unless a penilai override (Plt., Plh., or a correction of wrong
 * imported data; DOMAIN.md "People and positions") is in force.
 */
import { JENIS_JABATAN_LABEL, type JenisJabatan } from '../jabatan.js';
import { EVALUASI_MSG } from './messages.js';
import type { PenilaiOverride } from './types.js';

/**
 * True when an override is in force for the pegawai on `date`: not withdrawn, made for the unit the
 * pegawai is in now (it lapses when they move), `mulai` ≤ date ≤ `selesai` (open-ended when null),
 * and not pointing the pegawai at themself (a data error that never makes anyone their own penilai).
 */
export function overrideActive(o: PenilaiOverride, date: string, pegawai: { id: string; unitId: string }): boolean {
  return (
    !o.dibatalkan &&
    o.pegawaiId === pegawai.id &&
    o.unitId === pegawai.unitId &&
    o.penilaiPegawaiId !== pegawai.id &&
    o.mulai <= date &&
    (o.selesai === null || date <= o.selesai)
  );
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * The pegawai ids who may act as penilai of `pegawai` on `date` (ISO date). Active overrides REPLACE
 * the structural penilai — every jenis (koreksi, plt, plh) alike; when several are active, all of
 * their penilai may act. Without one, the structural penilai. The pegawai themself is never included.
 *
 * @example
 * penilaiOn('2026-03-01', { id: 'p', unitId: 'u' }, ['kabid'], [pltOverride]); // ['plt-kabid']
 */
export function penilaiOn(
  date: string,
  pegawai: { id: string; unitId: string },
  structuralPenilaiIds: readonly string[],
  overrides: readonly PenilaiOverride[],
): string[] {
  const active = overrides.filter((o) => overrideActive(o, date, pegawai));
  const ids = active.length > 0 ? active.map((o) => o.penilaiPegawaiId) : structuralPenilaiIds;
  return unique(ids.filter((id) => id !== pegawai.id));
}

/**
 * [unconfirmed: warn, never block] The pejabat penilai should sit at pengawas level or above (DOMAIN.md),
 * unless the rating was delegated to them. Jenis jabatan below pengawas: pelaksana and fungsional
 * (a fungsional is not in the structural chain). Null: no warning (also for an unknown jenis).
 *
 * @example
 * penilaiLevelWarning('pelaksana'); // 'Pejabat penilai menduduki jabatan Pelaksana, ...'
 * penilaiLevelWarning('pengawas'); // null
 */
export function penilaiLevelWarning(jenisJabatanOfPenilai: JenisJabatan | null): string | null {
  if (jenisJabatanOfPenilai !== 'pelaksana' && jenisJabatanOfPenilai !== 'fungsional') return null;
  return EVALUASI_MSG.penilaiDiBawahPengawas(JENIS_JABATAN_LABEL[jenisJabatanOfPenilai]);
}
