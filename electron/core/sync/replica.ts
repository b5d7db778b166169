import type { SyncEntity } from '../../../shared/sync-protocol.js';
import { syncRowSchemas } from '../../../shared/sync-protocol.js';
import type { Trx } from '../db/repositories/changes.js';
import { searchTextOf } from '../db/repositories/pegawai-repo.js';
import { COMMAND_ENTITY } from '../../../shared/sync-protocol.js';

/**
 * Writes a server-shaped row into the local replica by id, bypassing the repositories on purpose:
 * these rows are the server's, not local edits, so they must not enter the outbox or audit log.
 */
export async function upsertLocalRow(trx: Trx, entity: SyncEntity, raw: unknown, now: string): Promise<void> {
  const stamps = { createdAt: now, updatedAt: now };
  switch (entity) {
    case 'instansi': {
      const r = syncRowSchemas.instansi.parse(raw);
      const v = { kode: r.kode, nama: r.nama, isDemo: r.isDemo ? 1 : 0, updatedAt: now };
      await trx.insertInto('instansi').values({ id: r.id, ...v, ...stamps }).onConflict((oc) => oc.column('id').doUpdateSet(v)).execute();
      return;
    }
    case 'unit_kerja': {
      const r = syncRowSchemas.unit_kerja.parse(raw);
      const v = { instansiId: r.instansiId, parentId: r.parentId, kode: r.kode, nama: r.nama, updatedAt: now };
      await trx.insertInto('unitKerja').values({ id: r.id, ...v, ...stamps }).onConflict((oc) => oc.column('id').doUpdateSet(v)).execute();
      return;
    }
    case 'jabatan': {
      const r = syncRowSchemas.jabatan.parse(raw);
      const { id, ...v } = r;
      await trx.insertInto('jabatan').values({ id, ...v, ...stamps }).onConflict((oc) => oc.column('id').doUpdateSet({ ...v, updatedAt: now })).execute();
      return;
    }
    case 'pegawai': {
      const r = syncRowSchemas.pegawai.parse(raw);
      const { id, ...rest } = r;
      const v = { ...rest, searchText: searchTextOf(r), updatedAt: now };
      await trx.insertInto('pegawai').values({ id, ...v, createdAt: now }).onConflict((oc) => oc.column('id').doUpdateSet(v)).execute();
      return;
    }
    case 'user': {
      const r = syncRowSchemas.user.parse(raw);
      const v = { nip: r.nip, nama: r.nama, roles: JSON.stringify(r.roles), unitId: r.unitId, pegawaiId: r.pegawaiId, aktif: r.aktif ? 1 : 0, passwordHash: r.passwordHash, updatedAt: now };
      // Lock-out counters stay local: they describe sign-ins at this desk.
      await trx
        .insertInto('user')
        .values({ id: r.id, ...v, failedAttempts: 0, lockedUntil: null, createdAt: now })
        .onConflict((oc) => oc.column('id').doUpdateSet(v))
        .execute();
      return;
    }
  }
}

const TABLE = { instansi: 'instansi', unit_kerja: 'unitKerja', jabatan: 'jabatan', pegawai: 'pegawai', user: 'user' } as const;

export async function deleteLocalRow(trx: Trx, entity: SyncEntity, id: string): Promise<void> {
  await trx.deleteFrom(TABLE[entity]).where('id', '=', id).execute();
}

export function isSyncEntity(name: string): name is SyncEntity {
  return Object.prototype.hasOwnProperty.call(syncRowSchemas, name);
}

const UPSERT_COMMANDS: readonly string[] = Object.keys(COMMAND_ENTITY);

/** The natural key each synced table keeps unique besides its id. */
const UNIQUE_KEY = { instansi: 'kode', unit_kerja: 'kode', jabatan: 'kode', pegawai: 'nip', user: 'nip' } as const;

/** Ids of local rows (other than `id`) holding the same kode/NIP as `row`. */
async function collidingIds(trx: Trx, entity: SyncEntity, id: string, row: unknown): Promise<string[]> {
  const key = UNIQUE_KEY[entity];
  if (typeof row !== 'object' || row === null || !(key in row)) return [];
  const value: unknown = (row as Record<string, unknown>)[key];
  if (typeof value !== 'string') return [];
  const rows = await trx.selectFrom(TABLE[entity]).select('id').where(key, '=', value).where('id', '!=', id).execute();
  return rows.map((r) => r.id);
}

async function hasPending(trx: Trx, id: string): Promise<boolean> {
  return (await trx.selectFrom('outbox').select('id').where('entityId', '=', id).where('status', '=', 'pending').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Called when a row the server holds takes a kode/NIP that a local row still waiting to be pushed
 * also uses: the server would refuse that local row, so it becomes a conflict now.
 */
export type PendingCollision = (entity: SyncEntity, localId: string, serverRow: unknown) => Promise<void>;

/**
 * Rebuilds one local row from what the server holds plus the desk's still-pending edits on top
 * (each upsert command carries the whole row, so the newest pending one wins). No server row and
 * nothing pending means the row does not exist. Before writing, a local row in the way (same
 * kode/NIP) is settled: a pending one through `onCollision`; a stale server copy is removed (its
 * own newer state is in the same pull and comes back by id).
 */
export async function rebuildRow(trx: Trx, entity: SyncEntity, id: string, now: string, onCollision?: PendingCollision): Promise<'present' | 'absent'> {
  const pending = await trx
    .selectFrom('outbox')
    .select('payload')
    .where('entityId', '=', id)
    .where('status', '=', 'pending')
    .where('command', 'in', UPSERT_COMMANDS)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const shadow = pending ? undefined : await trx.selectFrom('serverRow').select('row').where('entity', '=', entity).where('id', '=', id).executeTakeFirst();
  const target: unknown = pending ? JSON.parse(pending.payload) : shadow?.row ? JSON.parse(shadow.row) : null;
  if (target === null) {
    await deleteLocalRow(trx, entity, id);
    return 'absent';
  }
  for (const other of await collidingIds(trx, entity, id, target)) {
    if (onCollision && (await hasPending(trx, other))) await onCollision(entity, other, target);
    else await deleteLocalRow(trx, entity, other);
  }
  await upsertLocalRow(trx, entity, target, now);
  return 'present';
}
