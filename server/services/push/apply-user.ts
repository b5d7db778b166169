import type { SigningKey, SyncRow } from '../../../shared/sync-protocol.js';
import { normalizeNip } from '../../../shared/domain/nip.js';
import { findPegawai } from '../../db/repos/pegawai-repo.js';
import { recordExits } from '../../db/repos/scope-exit-repo.js';
import { findUserForWrite } from '../../db/repos/user-repo.js';
import { isArgon2idHash } from '../../auth/password.js';
import { deviceSees, requireBaseVersion, requireRole, requireWritable, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';
import { same } from './skp-parties.js';

const KEYS_MSG = 'Kunci tanda tangan akun tidak sesuai aturan: kunci lama tidak boleh diubah, dan kunci baru harus menyertai kata sandi baru.';

/**
 * The keys a write may add to an account: the earlier ones unchanged and in order, then new ones
 * with the next versions; the wrapped key is the newest one's. Returns the added keys.
 */
function addedKeys(prev: readonly SigningKey[], row: SyncRow<'user'>): SigningKey[] {
  if (row.signingKeys.length < prev.length || !same(row.signingKeys.slice(0, prev.length), prev)) throw new Rejection('VALIDATION', KEYS_MSG);
  const added = row.signingKeys.slice(prev.length);
  let version = prev[prev.length - 1]?.version ?? 0;
  for (const k of added) {
    version += 1;
    if (k.version !== version) throw new Rejection('VALIDATION', KEYS_MSG);
  }
  const newest = row.signingKeys[row.signingKeys.length - 1];
  if (row.wrappedKey !== null && row.wrappedKey.keyVersion !== newest?.version) throw new Rejection('VALIDATION', KEYS_MSG);
  return added;
}

/**
 * The desk's account rules (user-service): admins only, inside their subtree, never locking
 * themselves out. A password an admin sets comes with one new key, provisional (the admin knows
 * the password); without a new password the keys and their wrapping stay as they are.
 */
export async function checkUser(c: CommandContext, row: SyncRow<'user'>): Promise<Plan> {
  requireRole(c, 'admin');
  const { byId: prev, byKey: sameNip } = await findUserForWrite(c.db, c.instansiId, row.id, row.nip);
  if (prev) requireWritable(c, prev.row.unitId);
  requireWritable(c, row.unitId);
  requireBaseVersion(c, prev, true);

  if (normalizeNip(row.nip) !== row.nip) throw new Rejection('INVALID_NIP', 'NIP akun harus ditulis tanpa spasi.');
  if (row.passwordHash === null || !isArgon2idHash(row.passwordHash)) throw new Rejection('VALIDATION', 'Kata sandi akun harus disimpan sebagai hash argon2id.');
  const added = addedKeys(prev?.row.signingKeys ?? [], row);
  if (added.some((k) => !k.provisional)) throw new Rejection('VALIDATION', 'Kunci yang dibuat dari kata sandi yang ditetapkan admin selalu sementara.');
  const passwordSet = !prev || prev.row.passwordHash !== row.passwordHash;
  if (passwordSet ? added.length > 1 || (prev !== undefined && added.length !== 1) : added.length > 0 || !same(prev?.row.wrappedKey ?? null, row.wrappedKey)) {
    throw new Rejection('VALIDATION', KEYS_MSG);
  }
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

/** Fields a password change leaves as they are. */
const KEPT_FIELDS = ['nip', 'nama', 'roles', 'unitId', 'pegawaiId', 'aktif'] as const;

/**
 * user/changePassword: the owner alone (whatever their roles), signed with any of their keys (a
 * provisional one included: that is how it stops being provisional). The row differs only in
 * the hash, one new non-provisional key and its wrapping.
 */
export async function checkChangePassword(c: CommandContext, row: SyncRow<'user'>): Promise<Plan> {
  if (row.id !== c.actor.id) throw new Rejection('NOT_OWNER');
  const { byId: prev } = await findUserForWrite(c.db, c.instansiId, row.id, row.nip);
  if (!prev || prev.deleted) throw new Rejection('NOT_FOUND', 'Akun ini tidak ada di server.');
  requireBaseVersion(c, prev, true);
  if (KEPT_FIELDS.some((f) => !same(prev.row[f], row[f]))) throw new Rejection('VALIDATION', 'Perubahan kata sandi tidak boleh mengubah data akun lainnya.');
  if (row.passwordHash === null || !isArgon2idHash(row.passwordHash) || row.passwordHash === prev.row.passwordHash) {
    throw new Rejection('VALIDATION', 'Kata sandi baru harus disimpan sebagai hash argon2id yang baru.');
  }
  const added = addedKeys(prev.row.signingKeys, row);
  // A keyless account (made before signing) brings the provisional key that signed this change first.
  const own = prev.row.signingKeys.length === 0 && added.length === 2 && added[0]?.provisional === true && same(added[0], c.signedWith) ? added.slice(1) : added;
  if (own.length !== 1 || own[0]?.provisional !== false || row.wrappedKey === null) throw new Rejection('VALIDATION', KEYS_MSG);
  return { write: { entity: 'user', row, prevVersion: prev.version }, changed: { org: true } };
}
