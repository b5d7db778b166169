import type { SyncRow } from '../../../shared/sync-protocol.js';
import { findUnitForWrite } from '../../db/repos/unit-repo.js';
import { requireBaseVersion, requireRole, requireWritable, type CommandContext, type Plan } from './command-context.js';
import { requireFreeKode } from './kode-taken.js';
import { Rejection } from './rejection.js';
import { reshapeMovedUnit } from './reshape.js';

/** The desk's unit rules (unit-service): new units hang under a unit in reach; no parent loops. */
export async function checkUnit(c: CommandContext, row: SyncRow<'unit_kerja'>): Promise<Plan> {
  requireRole(c, 'operator', 'admin');
  if (row.instansiId !== c.instansiId) throw new Rejection('FORBIDDEN', 'Unit kerja ini milik instansi lain.');
  const { byId: prev, byKey: sameKode } = await findUnitForWrite(c.db, c.instansiId, row.id, row.kode);
  if (prev) requireWritable(c, prev.row.id);
  if (row.parentId !== null) {
    if (!c.units.has(row.parentId)) throw new Rejection('NOT_FOUND', 'Unit induk tidak ditemukan.');
    requireWritable(c, row.parentId);
  } else if (!prev || prev.row.parentId !== null) {
    throw new Rejection('FORBIDDEN', 'Unit kerja teratas hanya dibuat saat penyiapan aplikasi.');
  }
  requireBaseVersion(c, prev, true);
  if (prev && row.parentId !== null && c.units.subtree(row.id).has(row.parentId)) {
    throw new Rejection('VALIDATION', 'Unit induk tidak boleh berada di bawah unit itu sendiri.');
  }
  // A unit is where it sits.
  requireFreeKode(c, row, sameKode, (r) => r.id, { what: 'unit', elsewhere: 'unit kerja lain' });

  const write = { entity: 'unit_kerja' as const, row, prevVersion: prev?.version ?? null };
  const oldParentId = prev?.row.parentId ?? null;
  const newParentId = row.parentId;
  if (oldParentId === null || newParentId === null || oldParentId === newParentId) return { write, changed: { org: !prev } };
  const graph = await c.jabatan();
  return { write, changed: { org: true }, after: () => reshapeMovedUnit(c, c.units, graph, { unitId: row.id, oldParentId, newParentId }) };
}
