import type { PushCommand, SigningKey } from '../../../shared/sync-protocol.js';
import type { Role } from '../../../shared/entities.js';
import type { ActorRecord } from '../../db/repos/command-repo.js';
import type { RowWrite } from '../../db/repos/guarded-write.js';
import type { Db, WriteMeta } from '../../db/repos/types.js';
import type { DeviceAuth } from '../../context.js';
import type { JabatanGraph, UnitTree } from '../org-trees.js';
import type { ReadAhead } from './read-ahead.js';
import { Rejection } from './rejection.js';

/** Everything a command's checks need. `db` is the command's transaction when it runs locked. */
export type CommandContext = {
  db: Db;
  instansiId: string;
  cmd: PushCommand;
  device: DeviceAuth;
  actor: ActorRecord;
  /** The actor's key whose signature on `cmd` verified (checked before anything else). */
  signedWith: SigningKey;
  units: UnitTree;
  /** Loaded on first use: most pegawai edits need only a cached lookup. */
  jabatan: () => Promise<JabatanGraph>;
  meta: WriteMeta;
  /** Rows read for the whole batch at once (checks made before the lock only). */
  ahead?: ReadAhead;
};

/**
 * What an accepted command will write, decided by its checks (which write nothing). A plan with
 * `after` or `changed` needs more than its row write, so it is only ever made and written under
 * the lock.
 */
export type Plan = {
  write: RowWrite;
  /** Further writes after the row (re-sending rows, scope exits); returns the highest seq used. */
  after?: () => Promise<string | null>;
  /** Trees the write changes, so their caches and optimistic checks are invalidated. */
  changed: { org?: boolean; jabatan?: boolean };
};

export function requireRole(c: CommandContext, ...roles: Role[]): void {
  if (!roles.some((r) => c.actor.roles.includes(r))) {
    throw new Rejection('FORBIDDEN', `Akun ${c.actor.nama} tidak memiliki peran ${roles.join(' atau ')} untuk perubahan ini.`);
  }
}

/** True when the device may see rows of this unit (its subtree): decides whether `current` is sent. */
export function deviceSees(c: CommandContext, unitId: string): boolean {
  return c.units.subtree(c.device.unitId).has(unitId);
}

/** A change must lie inside both the device's unit subtree and the actor's own scope. */
export function requireWritable(c: CommandContext, unitId: string): void {
  if (!deviceSees(c, unitId) || !c.units.subtree(c.actor.unitId).has(unitId)) {
    throw new Rejection('FORBIDDEN', 'Unit kerja ini berada di luar wewenang perangkat atau akun Anda.');
  }
}

/**
 * The version rule: a new row comes with baseVersion null; an update must name the version it was
 * made on. Otherwise STALE, with the server's row when the device may see it.
 */
export function requireBaseVersion(c: CommandContext, prev: { row: unknown; version: number; deleted: boolean } | undefined, visible: boolean): void {
  const base = c.cmd.baseVersion;
  if (!prev || prev.deleted) {
    if (base !== null) throw new Rejection('NOT_FOUND', 'Data ini tidak ada di server (mungkin sudah dihapus).');
    if (prev) throw new Rejection('CONFLICT', 'Data dengan id ini pernah dihapus di server.');
    return;
  }
  if (base !== prev.version) {
    throw new Rejection('STALE', undefined, visible ? { row: prev.row, version: prev.version } : undefined);
  }
}

/**
 * A provisional key's password was known to someone other than its owner (an admin, an import):
 * it signs the owner's own first password change and nothing else, so whatever else an account
 * does is signed with a password only its owner knows. Checked for every command (check-command.ts).
 */
export function requireOwnKey(c: CommandContext): void {
  if (c.signedWith.provisional && c.cmd.name !== 'user/changePassword') throw new Rejection('PROVISIONAL_KEY');
}
