/**
 * pengaturanKinerja/upsert: the instansi's settings for pelaksanaan and penilaian (periode
 * evaluasi, due date of the annual evaluation, effective minutes), one row per instansi, saved by
 * an admin at a device of the top unit (like the instansi row itself).
 */
import type { SyncRow } from '../../../shared/sync-protocol.js';
import { findDoc, findPengaturan } from '../../db/repos/evaluasi-repo.js';
import { requireBaseVersion, requireRole, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';

export const PENGATURAN_MSG = {
  bukanPuncak: 'Pengaturan kinerja instansi hanya dapat diubah dari perangkat unit kerja tertinggi.',
  instansiLain: 'Pengaturan kinerja ini milik instansi lain.',
  ganda: 'Pengaturan kinerja instansi ini sudah ada di server. Periksa kedua versinya.',
} as const;

export async function checkPengaturan(c: CommandContext, row: SyncRow<'pengaturan_kinerja'>): Promise<Plan> {
  requireRole(c, 'admin');
  if (c.units.parentOf(c.device.unitId) !== null) throw new Rejection('FORBIDDEN', PENGATURAN_MSG.bukanPuncak);
  if (row.instansiId.toLowerCase() !== c.instansiId.toLowerCase()) throw new Rejection('FORBIDDEN', PENGATURAN_MSG.instansiLain);
  const prev = await findDoc(c.db, c.instansiId, 'pengaturan_kinerja', row.id);
  requireBaseVersion(c, prev, true);
  const byKey = prev ? undefined : await findPengaturan(c.db, c.instansiId);
  if (byKey) throw new Rejection('CONFLICT', PENGATURAN_MSG.ganda, { row: byKey.row, version: byKey.version });
  // Reads only its own key, which a unique index holds: a plain write.
  return { write: { entity: 'pengaturan_kinerja', row, prevVersion: prev?.version ?? null }, changed: {} };
}
