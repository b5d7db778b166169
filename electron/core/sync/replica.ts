import { sql } from 'kysely';
import type { SyncEntity } from '../../../shared/sync-protocol.js';
import { syncRowSchemas } from '../../../shared/sync-protocol.js';
import type { Trx } from '../db/repositories/changes.js';
import { searchTextOf } from '../db/repositories/pegawai-repo.js';
import { columns as rhkColumns } from '../db/repositories/rhk-repo.js';
import { columns as skpColumns } from '../db/repositories/skp-repo.js';
import { COMMAND_ENTITY } from '../../../shared/sync-protocol.js';
import { EVALUASI_STORAGE, isEvaluasiEntity } from '../../../shared/sync-rows-evaluasi.js';
import { upsertDocRow } from '../db/repositories/evaluasi-doc-repo.js';

/** A server row replacing a local SKP row is a new revision: edits made on the old one are stale. */
const nextRevision = { rowVersion: sql<number>`row_version + 1` };

/**
 * Writes a server-shaped row into the local replica by id, bypassing the repositories on purpose:
 * these rows are the server's, not local edits, so they must not enter the outbox or audit log.
 */
export async function upsertLocalRow(trx: Trx, entity: SyncEntity, raw: unknown, now: string): Promise<void> {
  const stamps = { createdAt: now, updatedAt: now };
  if (isEvaluasiEntity(entity)) return upsertDocRow(trx, entity, raw, now);
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
      // A stub (passwordHash null) is kept with '' as its hash: it names the account, never signs in.
      const keys = { signingKeys: JSON.stringify(r.signingKeys), wrappedKey: r.wrappedKey === null ? null : JSON.stringify(r.wrappedKey) };
      const v = { nip: r.nip, nama: r.nama, roles: JSON.stringify(r.roles), unitId: r.unitId, pegawaiId: r.pegawaiId, aktif: r.aktif ? 1 : 0, passwordHash: r.passwordHash ?? '', ...keys, updatedAt: now };
      // Lock-out counters stay local: they describe sign-ins at this desk.
      await trx
        .insertInto('user')
        .values({ id: r.id, ...v, failedAttempts: 0, lockedUntil: null, createdAt: now })
        .onConflict((oc) => oc.column('id').doUpdateSet(v))
        .execute();
      return;
    }
    case 'skp': {
      const { id, ...v } = skpColumns(syncRowSchemas.skp.parse(raw));
      await trx.insertInto('skp').values({ id, ...v, rowVersion: 1, ...stamps }).onConflict((oc) => oc.column('id').doUpdateSet({ ...v, ...nextRevision, updatedAt: now })).execute();
      return;
    }
    case 'rhk': {
      const { id, ...v } = rhkColumns(syncRowSchemas.rhk.parse(raw));
      await trx.insertInto('rhk').values({ id, ...v, rowVersion: 1, ...stamps }).onConflict((oc) => oc.column('id').doUpdateSet({ ...v, ...nextRevision, updatedAt: now })).execute();
      return;
    }
    case 'skp_template': {
      const r = syncRowSchemas.skp_template.parse(raw);
      // The template's own `updatedAt` (when the operator saved it) is the local updated_at.
      const v = { jabatanId: r.jabatanId, pendekatan: r.pendekatan, rhk: JSON.stringify(r.rhk), lampiran: JSON.stringify(r.lampiran), updatedAt: r.updatedAt };
      await trx.insertInto('skpTemplate').values({ id: r.id, ...v, rowVersion: 1, createdAt: now }).onConflict((oc) => oc.column('id').doUpdateSet({ ...v, ...nextRevision })).execute();
      return;
    }
  }
}

const TABLE = {
  instansi: 'instansi',
  unit_kerja: 'unitKerja',
  jabatan: 'jabatan',
  pegawai: 'pegawai',
  user: 'user',
  skp: 'skp',
  rhk: 'rhk',
  skp_template: 'skpTemplate',
  pengaturan_kinerja: EVALUASI_STORAGE.pengaturan_kinerja.table,
  penilai_override: EVALUASI_STORAGE.penilai_override.table,
  realisasi: EVALUASI_STORAGE.realisasi.table,
  laporan_harian: EVALUASI_STORAGE.laporan_harian.table,
  umpan_balik: EVALUASI_STORAGE.umpan_balik.table,
  evaluasi: EVALUASI_STORAGE.evaluasi.table,
  predikat_organisasi: EVALUASI_STORAGE.predikat_organisasi.table,
} as const satisfies Record<SyncEntity, string>;

export async function deleteLocalRow(trx: Trx, entity: SyncEntity, id: string): Promise<void> {
  await trx.deleteFrom(TABLE[entity]).where('id', '=', id).execute();
}

export function isSyncEntity(name: string): name is SyncEntity {
  return Object.prototype.hasOwnProperty.call(syncRowSchemas, name);
}

/** Commands that remove their row; every other command carries the whole row (an upsert). */
const DELETE_COMMANDS: readonly string[] = ['rhk/delete', 'laporanHarian/delete'] satisfies (keyof typeof COMMAND_ENTITY)[];
const ROW_COMMANDS: readonly string[] = Object.keys(COMMAND_ENTITY);

export function isDeleteCommand(command: string): boolean {
  return DELETE_COMMANDS.includes(command);
}

/** The natural key each synced table keeps unique besides its id (SKP and RHK have none). */
const UNIQUE_KEY: Record<SyncEntity, readonly string[] | null> = {
  instansi: ['kode'],
  unit_kerja: ['kode'],
  jabatan: ['kode'],
  pegawai: ['nip'],
  user: ['nip'],
  skp: null,
  rhk: null,
  skp_template: ['jabatanId'],
  pengaturan_kinerja: EVALUASI_STORAGE.pengaturan_kinerja.unique,
  penilai_override: EVALUASI_STORAGE.penilai_override.unique,
  realisasi: EVALUASI_STORAGE.realisasi.unique,
  laporan_harian: EVALUASI_STORAGE.laporan_harian.unique,
  umpan_balik: EVALUASI_STORAGE.umpan_balik.unique,
  evaluasi: EVALUASI_STORAGE.evaluasi.unique,
  predikat_organisasi: EVALUASI_STORAGE.predikat_organisasi.unique,
};

/** Ids of local rows (other than `id`) holding the same kode/NIP (template jabatan, evaluation key) as `row`. */
async function collidingIds(trx: Trx, entity: SyncEntity, id: string, row: unknown): Promise<string[]> {
  const keys = UNIQUE_KEY[entity];
  if (keys === null || typeof row !== 'object' || row === null) return [];
  const r = row as Record<string, unknown>;
  if (!keys.every((k) => typeof r[k] === 'string' || typeof r[k] === 'number')) return [];
  let q = trx.selectFrom(TABLE[entity] as 'instansi').select('id').where('id', '!=', id);
  for (const k of keys) q = q.where(k as 'kode', '=', r[k] as string);
  return (await q.execute()).map((x) => x.id);
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
 * (each upsert command carries the whole row, so the newest pending one wins; a pending delete
 * leaves no row). No server row and
 * nothing pending means the row does not exist. Before writing, a local row in the way (same
 * kode/NIP) is settled: a pending one through `onCollision`; a stale server copy is removed (its
 * own newer state is in the same pull and comes back by id).
 */
export async function rebuildRow(trx: Trx, entity: SyncEntity, id: string, now: string, onCollision?: PendingCollision): Promise<'present' | 'absent'> {
  const pending = await trx
    .selectFrom('outbox')
    .select(['command', 'payload'])
    .where('entityId', '=', id)
    .where('status', '=', 'pending')
    .where('command', 'in', ROW_COMMANDS)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const shadow = pending ? undefined : await trx.selectFrom('serverRow').select('row').where('entity', '=', entity).where('id', '=', id).executeTakeFirst();
  // A pending delete wins like a pending upsert: the newest local command says what the row is.
  const local: unknown = pending && !isDeleteCommand(pending.command) ? JSON.parse(pending.payload) : null;
  const target: unknown = pending ? local : shadow?.row ? JSON.parse(shadow.row) : null;
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
