/**
 * predikatOrganisasi/upsert: the predikat kinerja organisasi of a unit for a year (the kurva
 * distribusi reads it), recorded by an operator or admin of the unit; one per unit and year.
 */
import type { SyncRow } from '../../../shared/sync-protocol.js';
import { findDoc, findPredikatOrganisasi } from '../../db/repos/evaluasi-repo.js';
import { deviceSees, requireBaseVersion, requireRole, requireWritable, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';

export const PREDIKAT_ORGANISASI_MSG = {
  ganda: 'Predikat kinerja organisasi unit ini untuk tahun tersebut sudah ada di server. Periksa kedua versinya.',
  tetap: 'Unit kerja dan tahun predikat kinerja organisasi tidak dapat diubah.',
} as const;

export async function checkPredikatOrganisasi(c: CommandContext, row: SyncRow<'predikat_organisasi'>): Promise<Plan> {
  requireRole(c, 'operator', 'admin');
  const prev = await findDoc(c.db, c.instansiId, 'predikat_organisasi', row.id);
  if (prev) requireWritable(c, prev.row.unitId);
  requireWritable(c, row.unitId);
  requireBaseVersion(c, prev, prev !== undefined && deviceSees(c, prev.row.unitId));
  if (prev && (prev.row.unitId !== row.unitId || prev.row.tahun !== row.tahun)) throw new Rejection('VALIDATION', PREDIKAT_ORGANISASI_MSG.tetap, { row: prev.row, version: prev.version });
  const byKey = prev ? undefined : await findPredikatOrganisasi(c.db, c.instansiId, row.unitId, row.tahun);
  if (byKey) throw new Rejection('CONFLICT', PREDIKAT_ORGANISASI_MSG.ganda, { row: byKey.row, version: byKey.version });
  // Reads only its own key (held by a unique index) and the unit tree (guarded): a plain write.
  return { write: { entity: 'predikat_organisasi', row, prevVersion: prev?.version ?? null }, changed: {} };
}
