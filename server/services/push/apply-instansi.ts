import type { SyncRow } from '../../../shared/sync-protocol.js';
import { findInstansi, findInstansiByKode } from '../../db/repos/instansi-repo.js';
import { requireBaseVersion, requireRole, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';

/** Admins may rename their own instansi; a new instansi only comes through bootstrap or the CLI. */
export async function checkInstansi(c: CommandContext, row: SyncRow<'instansi'>): Promise<Plan> {
  requireRole(c, 'admin');
  if (row.id !== c.instansiId) throw new Rejection('FORBIDDEN', 'Hanya data instansi perangkat ini yang dapat diubah.');
  const prev = await findInstansi(c.db, row.id);
  requireBaseVersion(c, prev, true);
  if (!prev) throw new Rejection('NOT_FOUND');
  const sameKode = await findInstansiByKode(c.db, row.kode);
  // Another instansi's row is none of this device's business: no `current`.
  if (sameKode && sameKode.row.id !== row.id) throw new Rejection('CONFLICT', `Kode instansi "${row.kode}" sudah dipakai instansi lain.`);
  return { write: { entity: 'instansi', row, prevVersion: prev.version }, changed: {} };
}
