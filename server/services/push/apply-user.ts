import type { SyncRow } from '../../../shared/sync-protocol.js';
import { normalizeNip } from '../../../shared/domain/nip.js';
import { findPegawai } from '../../db/repos/pegawai-repo.js';
import { recordExits } from '../../db/repos/scope-exit-repo.js';
import { findUserForWrite } from '../../db/repos/user-repo.js';
import { isArgon2idHash } from '../../auth/password.js';
import { deviceSees, requireBaseVersion, requireRole, requireWritable, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';

/** The desk's account rules (user-service): admins only, inside their subtree, never locking themselves out. */
export async function checkUser(c: CommandContext, row: SyncRow<'user'>): Promise<Plan> {
  requireRole(c, 'admin');
  const { byId: prev, byKey: sameNip } = await findUserForWrite(c.db, c.instansiId, row.id, row.nip);
  if (prev) requireWritable(c, prev.row.unitId);
  requireWritable(c, row.unitId);
  requireBaseVersion(c, prev, true);

  if (normalizeNip(row.nip) !== row.nip) throw new Rejection('INVALID_NIP', 'NIP akun harus ditulis tanpa spasi.');
  if (!isArgon2idHash(row.passwordHash)) throw new Rejection('VALIDATION', 'Kata sandi akun harus disimpan sebagai hash argon2id.');
  if (row.id === c.actor.id && (!row.aktif || !row.roles.includes('admin'))) {
    throw new Rejection('VALIDATION', 'Anda tidak dapat menonaktifkan atau mencabut peran admin akun Anda sendiri.');
  }
  if (row.pegawaiId !== null && !(await findPegawai(c.db, c.instansiId, row.pegawaiId))) {
    throw new Rejection('NOT_FOUND', 'Pegawai yang ditautkan ke akun ini tidak ditemukan.');
  }
  if (sameNip && sameNip.row.id !== row.id) {
    const visible = deviceSees(c, sameNip.row.unitId);
    throw new Rejection('CONFLICT', `Akun dengan NIP ${row.nip} sudah ada.`, visible ? { row: sameNip.row, version: sameNip.version } : undefined);
  }

  // Accounts feed scope and permission checks, so any change invalidates those (org) caches.
  const write = { entity: 'user' as const, row, prevVersion: prev?.version ?? null };
  if (!prev || prev.row.unitId === row.unitId) return { write, changed: { org: true } };
  const exit = { entity: 'user' as const, entityId: row.id, fromUnitId: prev.row.unitId, fromJabatanId: null };
  return { write, changed: { org: true }, after: () => recordExits(c.db, c.instansiId, [exit]) };
}
