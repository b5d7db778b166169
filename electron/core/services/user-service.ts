import { writeContext, type CoreContext } from '../context.js';
import type { UserAccount, UserListRow } from '../../../shared/entities.js';
import type { ParsedArgsOf } from '../../../shared/contract.js';
import { AppFailure } from '../../../shared/result.js';
import { normalizeNip } from '../../../shared/domain/nip.js';
import { findUserById, findUserByNip, keysOf, saveUser, toAccount } from '../db/repositories/user-repo.js';
import { listUsersPage, searchWords } from '../db/repositories/user-list-repo.js';
import { listUnits } from '../db/repositories/unit-repo.js';
import { newAccountKey } from '../auth/signing-keys.js';
import { findPegawaiByNip } from '../db/repositories/pegawai-repo.js';
import { hashPassword } from '../auth/password.js';
import { requireRole, requireUnitInScope, unitSubtree, type Actor } from '../auth/actor.js';
import { newId } from '../ids.js';

/**
 * One page of the accounts in the admin's subtree (or one unit of it, with its sub-units), every
 * search word in the name or NIP in any order, with the total.
 *
 * @example
 * const { total, rows } = await listAccounts(core, admin, { query: 'nur siti', offset: 0, limit: 50 });
 */
export async function listAccounts(core: CoreContext, actor: Actor, args: ParsedArgsOf<'users/list'>): Promise<{ total: number; rows: UserListRow[] }> {
  requireRole(actor, 'admin');
  let unitIds = [...actor.scopeUnitIds];
  if (args.unitId) {
    requireUnitInScope(actor, args.unitId);
    unitIds = [...unitSubtree(await listUnits(core.db), args.unitId)].filter((u) => actor.scopeUnitIds.has(u));
  }
  return listUsersPage(core.db, { words: searchWords(args.query ?? ''), unitIds, offset: args.offset, limit: args.limit });
}

/** Admins manage accounts inside their subtree; an admin cannot lock themselves out of admin. */
export async function saveAccount(core: CoreContext, actor: Actor, input: ParsedArgsOf<'users/save'>): Promise<UserAccount> {
  requireRole(actor, 'admin');
  requireUnitInScope(actor, input.unitId);
  const existing = input.id ? await findUserById(core.db, input.id) : undefined;
  if (input.id && (!existing || !actor.scopeUnitIds.has(existing.unitId))) throw new AppFailure('NOT_FOUND');
  if (existing?.id === actor.user.id && (!input.aktif || !input.roles.includes('admin'))) {
    throw new AppFailure('VALIDATION', 'Anda tidak dapat menonaktifkan atau mencabut peran admin akun Anda sendiri.');
  }
  const nip = normalizeNip(input.nip);
  const sameNip = await findUserByNip(core.db, nip);
  if (sameNip && sameNip.id !== existing?.id) throw new AppFailure('CONFLICT', `Akun dengan NIP ${nip} sudah ada.`);
  if (!existing && !input.password) throw new AppFailure('VALIDATION', 'Akun baru memerlukan kata sandi.');
  const passwordHash = input.password ? await hashPassword(input.password) : (existing?.passwordHash ?? '');
  const pegawai = await findPegawaiByNip(core.db, nip);
  const account = { id: existing?.id ?? newId(), nip, nama: input.nama, roles: [...new Set(input.roles)], unitId: input.unitId, pegawaiId: pegawai?.id ?? null, aktif: input.aktif };
  // A password the admin sets makes a new key pair, provisional: the admin knows that password.
  const kept = existing ? keysOf(existing) : { signingKeys: [], wrappedKey: null };
  const keys = input.password ? await newAccountKey(input.password, account.id, kept.signingKeys, true) : kept;
  const row = { ...account, passwordHash, signingKeys: keys.signingKeys, wrappedKey: keys.wrappedKey };
  await core.db.transaction().execute((trx) => saveUser(trx, writeContext(core, actor), row, existing));
  if (!input.aktif || input.password) core.sessions.revokeUser(account.id);
  const saved = await findUserById(core.db, account.id);
  if (!saved) throw new AppFailure('INTERNAL');
  return toAccount(saved);
}
