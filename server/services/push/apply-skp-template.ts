import type { SyncRow } from '../../../shared/sync-protocol.js';
import { findTemplateForWrite } from '../../db/repos/skp-repo.js';
import { deviceSees, requireBaseVersion, requireRole, requireWritable, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';

/** skpTemplate/upsert: operators keep one template per jabatan of their unit subtree. */
export async function checkSkpTemplate(c: CommandContext, row: SyncRow<'skp_template'>): Promise<Plan> {
  requireRole(c, 'operator', 'admin');
  const jabatan = (await c.jabatan()).byId.get(row.jabatanId);
  if (!jabatan) throw new Rejection('NOT_FOUND', 'Jabatan templat SKP tidak ditemukan.');
  requireWritable(c, jabatan.unitId);
  const { byId: prev, byKey: sameJabatan } = await findTemplateForWrite(c.db, c.instansiId, row.id, row.jabatanId);
  if (prev && prev.row.jabatanId !== row.jabatanId) throw new Rejection('VALIDATION', 'Templat SKP tidak dapat dipindahkan ke jabatan lain.');
  requireBaseVersion(c, prev, true);
  if (sameJabatan && sameJabatan.row.id !== row.id) {
    // Two desks each made the jabatan's first template: the later one sees the server's.
    const visible = deviceSees(c, jabatan.unitId);
    throw new Rejection('CONFLICT', 'Jabatan ini sudah memiliki templat SKP.', visible ? { row: sameJabatan.row, version: sameJabatan.version } : undefined);
  }
  return { write: { entity: 'skp_template', row, prevVersion: prev?.version ?? null }, changed: {} };
}
