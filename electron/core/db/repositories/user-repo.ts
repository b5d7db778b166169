import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Database, UserTable } from '../schema.js';
import type { Role, UserAccount } from '../../../../shared/entities.js';
import { signingKeySchema, wrappedKeySchema, type SigningKey, type WrappedKey } from '../../../../shared/sync-protocol.js';
import { recordAudit, recordChange, type Trx, type WriteContext } from './changes.js';

export type UserRow = Selectable<UserTable>;

function parseRoles(json: string): Role[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.filter((r): r is Role => r === 'admin' || r === 'operator' || r === 'pegawai');
}

/** The account as the UI sees it: never the password hash. */
export function toAccount(u: UserRow): UserAccount {
  return {
    id: u.id,
    nip: u.nip,
    nama: u.nama,
    roles: parseRoles(u.roles),
    unitId: u.unitId,
    pegawaiId: u.pegawaiId,
    aktif: u.aktif === 1,
    lockedUntil: u.lockedUntil,
  };
}

/** The account's keys as stored (JSON columns), checked on the way out. */
export function keysOf(u: Pick<UserRow, 'signingKeys' | 'wrappedKey'>): { signingKeys: SigningKey[]; wrappedKey: WrappedKey | null } {
  const signingKeys = signingKeySchema.array().safeParse(JSON.parse(u.signingKeys));
  const wrappedKey = u.wrappedKey === null ? null : wrappedKeySchema.safeParse(JSON.parse(u.wrappedKey));
  return { signingKeys: signingKeys.success ? signingKeys.data : [], wrappedKey: wrappedKey?.success ? wrappedKey.data : null };
}

/** The account's current key is provisional (made from a password an admin set) or missing. */
export function keyStatusOf(u: Pick<UserRow, 'signingKeys' | 'wrappedKey'>): 'ok' | 'provisional' | 'none' {
  const { signingKeys, wrappedKey } = keysOf(u);
  const current = signingKeys.find((k) => k.version === wrappedKey?.keyVersion);
  if (!current) return 'none';
  return current.provisional ? 'provisional' : 'ok';
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByNip(db: Kysely<Database>, nip: string): Promise<UserRow | undefined> {
  return db.selectFrom('user').selectAll().where('nip', '=', nip).executeTakeFirst();
}

export async function listUsers(db: Kysely<Database>): Promise<UserRow[]> {
  return db.selectFrom('user').selectAll().orderBy('nama').execute();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const r = await db.selectFrom('user').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export type UserInput = Omit<UserAccount, 'lockedUntil'> & { passwordHash: string; signingKeys: SigningKey[]; wrappedKey: WrappedKey | null };

/** An existing account as `saveUser` takes it, keys included. */
export function toUserInput(u: UserRow): UserInput {
  return { ...toAccount(u), passwordHash: u.passwordHash, ...keysOf(u) };
}

/**
 * Accounts sync too (the server checks the same credentials); the hash and wrapped key never
 * leave in the audit. `command` is 'user/changePassword' for the owner's own change.
 */
export async function saveUser(trx: Trx, ctx: WriteContext, input: UserInput, existing: UserRow | undefined, command: 'user/upsert' | 'user/changePassword' = 'user/upsert'): Promise<void> {
  const u = input;
  const values = {
    nip: u.nip,
    nama: u.nama,
    pegawaiId: u.pegawaiId,
    roles: JSON.stringify(u.roles),
    unitId: u.unitId,
    aktif: u.aktif ? 1 : 0,
    passwordHash: u.passwordHash,
    signingKeys: JSON.stringify(u.signingKeys),
    wrappedKey: u.wrappedKey === null ? null : JSON.stringify(u.wrappedKey),
    updatedAt: ctx.now,
  };
  if (existing) {
    await trx.updateTable('user').set(values).where('id', '=', u.id).execute();
  } else {
    await trx.insertInto('user').values({ ...values, id: u.id, failedAttempts: 0, lockedUntil: null, createdAt: ctx.now }).execute();
  }
  const { passwordHash: _hash, wrappedKey: _wrapped, signingKeys, ...visible } = u;
  await recordChange(trx, ctx, {
    command,
    entity: 'user',
    entityId: u.id,
    action: existing ? 'update' : 'create',
    before: existing ? toAccount(existing) : null,
    after: { ...visible, passwordChanged: !existing || existing.passwordHash !== u.passwordHash, keyVersions: signingKeys.map((k) => k.version) },
    // Other desks and the server must be able to check this account's password, so the hash syncs;
    // it stays out of the audit log, which people read.
    syncPayload: { id: u.id, nip: u.nip, nama: u.nama, roles: u.roles, unitId: u.unitId, pegawaiId: u.pegawaiId, aktif: u.aktif, passwordHash: u.passwordHash, signingKeys, wrappedKey: u.wrappedKey },
  });
}

/** Rows not locked at `now` (a lock that has run out counts as none). */
const notLockedAt = (now: string) => (eb: ExpressionBuilder<Database, 'user'>) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', now)]);

/**
 * A failed sign-in, counted atomically in SQL (`failed_attempts + 1 … returning`): parallel wrong
 * passwords each add one, whatever they read before their password check. `lockFor` decides from
 * the returned count; a lock starts the count again. An attempt that finds the account already
 * locked by a parallel one counts nothing and answers that lock. Audited, not synced.
 */
export async function recordFailedSignIn(trx: Trx, ctx: WriteContext, userId: string, lockFor: (failedAttempts: number) => string | null): Promise<string | null> {
  const counted = await trx
    .updateTable('user')
    .set((eb) => ({ failedAttempts: eb('failedAttempts', '+', 1) }))
    .where('id', '=', userId)
    .where(notLockedAt(ctx.now))
    .returning('failedAttempts')
    .executeTakeFirst();
  if (!counted) {
    const current = await trx.selectFrom('user').select('lockedUntil').where('id', '=', userId).executeTakeFirst();
    return current?.lockedUntil ?? null;
  }
  const lockedUntil = lockFor(counted.failedAttempts);
  if (lockedUntil) await trx.updateTable('user').set({ failedAttempts: 0, lockedUntil }).where('id', '=', userId).execute();
  const failedAttempts = lockedUntil ? 0 : counted.failedAttempts;
  await recordAudit(trx, ctx, { action: lockedUntil ? 'lock-out' : 'sign-in-failed', entity: 'user', entityId: userId, after: { failedAttempts, lockedUntil } });
  return lockedUntil;
}

/**
 * A good password clears the count, unless a parallel attempt locked the account meanwhile (the
 * lock is re-checked in the same statement): false then, and the sign-in is refused.
 */
export async function recordSuccessfulSignIn(trx: Trx, ctx: WriteContext, userId: string): Promise<boolean> {
  const cleared = await trx
    .updateTable('user')
    .set({ failedAttempts: 0, lockedUntil: null })
    .where('id', '=', userId)
    .where(notLockedAt(ctx.now))
    .returning('id')
    .executeTakeFirst();
  if (!cleared) return false;
  await recordAudit(trx, ctx, { action: 'sign-in', entity: 'user', entityId: userId, after: { failedAttempts: 0, lockedUntil: null } });
  return true;
}

/**
 * Keys this desk gives an account on its own (a keyless account's first provisional key at
 * sign-in): written without an outbox command and without touching `updatedAt`, because the
 * server learns of them with the owner's password change that follows.
 */
export async function setLocalKeys(trx: Trx, userId: string, keys: { signingKeys: SigningKey[]; wrappedKey: WrappedKey | null }): Promise<void> {
  await trx
    .updateTable('user')
    .set({ signingKeys: JSON.stringify(keys.signingKeys), wrappedKey: keys.wrappedKey === null ? null : JSON.stringify(keys.wrappedKey) })
    .where('id', '=', userId)
    .execute();
}
