/**
 * penilaiOverride/upsert: a Plt./Plh. or a correction of who rates a pegawai, made by an operator
 * or admin whose scope holds the pegawai's current unit. The override keeps the unit it was made
 * in (it lapses when the pegawai moves), so pegawai and unit never change afterwards.
 */
import type { SyncRow } from '../../../shared/sync-protocol.js';
import { findDoc } from '../../db/repos/evaluasi-repo.js';
import { findPegawai } from '../../db/repos/pegawai-repo.js';
import { deviceSees, requireBaseVersion, requireRole, requireWritable, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';
import { underLock } from './skp-parties.js';

export const OVERRIDE_MSG = {
  pegawaiTidakAda: 'Pegawai yang dinilai tidak ditemukan.',
  penilaiTidakAda: 'Pegawai pejabat penilai pengganti tidak ditemukan.',
  penilaiDiriSendiri: 'Pegawai tidak dapat menjadi pejabat penilai bagi dirinya sendiri.',
  unitBukanUnitPegawai: 'Unit kerja penggantian penilai harus unit kerja pegawai saat ini.',
  tetap: 'Pegawai dan unit kerja penggantian penilai tidak dapat diubah; batalkan lalu buat yang baru.',
  tanggalTerbalik: 'Tanggal mulai harus sebelum atau sama dengan tanggal selesai.',
} as const;

export async function checkPenilaiOverride(c: CommandContext, row: SyncRow<'penilai_override'>): Promise<Plan> {
  requireRole(c, 'operator', 'admin');
  const prev = await findDoc(c.db, c.instansiId, 'penilai_override', row.id);
  requireBaseVersion(c, prev, prev !== undefined && deviceSees(c, prev.row.unitId));
  const current = prev && { row: prev.row, version: prev.version };
  if (prev && (prev.row.pegawaiId !== row.pegawaiId || prev.row.unitId !== row.unitId)) throw new Rejection('VALIDATION', OVERRIDE_MSG.tetap, current);
  const pegawai = await findPegawai(c.db, c.instansiId, row.pegawaiId);
  if (!pegawai || pegawai.deleted) throw new Rejection('NOT_FOUND', OVERRIDE_MSG.pegawaiTidakAda);
  requireWritable(c, pegawai.row.unitId);
  if (!prev && row.unitId !== pegawai.row.unitId) throw new Rejection('VALIDATION', OVERRIDE_MSG.unitBukanUnitPegawai);
  if (row.penilaiPegawaiId === row.pegawaiId) throw new Rejection('VALIDATION', OVERRIDE_MSG.penilaiDiriSendiri, current);
  const penilai = await findPegawai(c.db, c.instansiId, row.penilaiPegawaiId);
  if (!penilai || penilai.deleted) throw new Rejection('NOT_FOUND', OVERRIDE_MSG.penilaiTidakAda, current);
  if (row.selesai !== null && row.selesai < row.mulai) throw new Rejection('VALIDATION', OVERRIDE_MSG.tanggalTerbalik, current);
  return underLock({ entity: 'penilai_override', row, prevVersion: prev?.version ?? null });
}
