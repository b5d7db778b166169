import type { ExpressionBuilder, Selectable } from 'kysely';
import type { Role } from '../../../shared/entities.js';
import { signingKeySchema, wrappedKeySchema, type SyncRow } from '../../../shared/sync-protocol.js';
import type { ServerDatabase, UserTable } from '../schema.js';
import { nextSeq, type Db, type SeqRange, type Stored, type WriteMeta, type Written } from './types.js';

export type UserRecord = Selectable<UserTable>;

function isRole(r: string): r is Role {
  return r === 'admin' || r === 'operator' || r === 'pegawai';
}

export function toUserRow(r: UserRecord): SyncRow<'user'> {
  return {
    id: r.id,
    nip: r.nip,
    nama: r.nama,
    roles: r.roles.filter(isRole),
    unitId: r.unitId,
    pegawaiId: r.pegawaiId,
    aktif: r.aktif,
    passwordHash: r.passwordHash,
    signingKeys: signingKeySchema.array().parse(r.signingKeys),
    wrappedKey: r.wrappedKey === null ? null : wrappedKeySchema.parse(r.wrappedKey),
  };
}

/** A user row as its table's columns take it (keys as jsonb text; the server keeps a hash always). */
export function userColumns(row: SyncRow<'user'>) {
  if (row.passwordHash === null) throw new Error('a server account always has a password hash');
  return { ...row, passwordHash: row.passwordHash, signingKeys: JSON.stringify(row.signingKeys), wrappedKey: row.wrappedKey === null ? null : JSON.stringify(row.wrappedKey) };
}

function toStored(r: UserRecord): Stored<'user'> {
  return { row: toUserRow(r), version: r.version, seq: r.seq, deleted: r.deleted };
}

export async function findUser(db: Db, instansiId: string, id: string): Promise<UserRecord | undefined> {
  return db.selectFrom('user').selectAll().where('instansiId', '=', instansiId).where('id', '=', id).executeTakeFirst();
}

/** Accounts with this NIP in any instansi (enrollment signs in before the instansi is known). */
export async function findUsersByNip(db: Db, nip: string): Promise<UserRecord[]> {
  return db.selectFrom('user').selectAll().where('nip', '=', nip).where('deleted', '=', false).execute();
}

export async function findUserForWrite(db: Db, instansiId: string, id: string, nip: string) {
  const rows = await db
    .selectFrom('user')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where((eb) => eb.or([eb('id', '=', id), eb('nip', '=', nip)]))
    .execute();
  const all = rows.map(toStored);
  return { byId: all.find((s) => s.row.id === id), byKey: all.find((s) => s.row.nip === nip) };
}

/** An account is stored with its password hash: only wire stubs (scope closure) lack one. */
export async function insertUser(db: Db, instansiId: string, row: SyncRow<'user'>, meta: WriteMeta): Promise<Written> {
  return db
    .insertInto('user')
    .values({ ...userColumns(row), instansiId, version: 1, seq: nextSeq, createdAt: meta.now, updatedAt: meta.now, updatedByDevice: meta.deviceId })
    .returning(['version', 'seq'])
    .executeTakeFirstOrThrow();
}

/** Accounts not locked at `now` (a lock that has run out counts as none). */
const notLockedAt = (now: Date) => (eb: ExpressionBuilder<ServerDatabase, 'user'>) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', now)]);

/**
 * A failed enrollment sign-in, counted atomically in SQL (`failed_attempts + 1 … returning`) so
 * parallel wrong passwords each count. `lockFor` decides from the returned count; a lock starts
 * the count again. An attempt finding the account already locked by a parallel one counts nothing
 * and answers that lock. Not a synced change (seq and version stay).
 */
export async function recordFailedSignIn(db: Db, u: UserRecord, now: Date, lockFor: (failedAttempts: number) => Date | null): Promise<Date | null> {
  const counted = await db
    .updateTable('user')
    .set((eb) => ({ failedAttempts: eb('failedAttempts', '+', 1) }))
    .where('instansiId', '=', u.instansiId)
    .where('id', '=', u.id)
    .where(notLockedAt(now))
    .returning('failedAttempts')
    .executeTakeFirst();
  if (!counted) {
    const current = await db.selectFrom('user').select('lockedUntil').where('instansiId', '=', u.instansiId).where('id', '=', u.id).executeTakeFirst();
    return current?.lockedUntil ?? null;
  }
  const lockedUntil = lockFor(counted.failedAttempts);
  if (lockedUntil) await db.updateTable('user').set({ failedAttempts: 0, lockedUntil }).where('instansiId', '=', u.instansiId).where('id', '=', u.id).execute();
  return lockedUntil;
}

/**
 * A good password clears the count unless a parallel attempt locked the account meanwhile (checked
 * in the same statement): false then, and the sign-in is refused.
 */
export async function recordSuccessfulSignIn(db: Db, u: UserRecord, now: Date): Promise<boolean> {
  const cleared = await db
    .updateTable('user')
    .set({ failedAttempts: 0, lockedUntil: null })
    .where('instansiId', '=', u.instansiId)
    .where('id', '=', u.id)
    .where(notLockedAt(now))
    .returning('id')
    .executeTakeFirst();
  return cleared !== undefined;
}

export async function userChanges(db: Db, instansiId: string, range: SeqRange, unitIds: readonly string[]): Promise<Stored<'user'>[]> {
  const rows = await db
    .selectFrom('user')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('seq', '>', range.after)
    .where('seq', '<=', range.upTo)
    .where((eb) => eb('unitId', '=', eb.fn.any(eb.val([...unitIds]))))
    .orderBy('seq')
    .limit(range.limit)
    .execute();
  return rows.map(toStored);
}

/** The current unit of each of these accounts (to decide whether a scope exit still applies). */
export async function userUnits(db: Db, instansiId: string, ids: readonly string[]): Promise<{ id: string; unitId: string; version: number }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('user')
    .select(['id', 'unitId', 'version'])
    .where('instansiId', '=', instansiId)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val([...ids]))))
    .execute();
}

/** The current rows with these ids (scope closure: rows in scope refer to them). */
export async function usersByIds(db: Db, instansiId: string, ids: readonly string[]): Promise<Stored<'user'>[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('user')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val([...ids]))))
    .execute();
  return rows.map(toStored);
}

/** Accounts linked to these pegawai (the penilai's own accounts travel with the atasan chain). */
export async function usersOfPegawai(db: Db, instansiId: string, pegawaiIds: readonly string[]): Promise<Stored<'user'>[]> {
  if (pegawaiIds.length === 0) return [];
  const rows = await db
    .selectFrom('user')
    .selectAll()
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('pegawaiId', '=', eb.fn.any(eb.val([...pegawaiIds]))))
    .execute();
  return rows.map(toStored);
}
