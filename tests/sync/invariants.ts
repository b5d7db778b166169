/**
 * What must hold once the network healed and every desk synced:
 *   - no desk in error, nothing pending, no row parked for a dangling reference;
 *   - every desk holds exactly the server's rows in its scope, closure rows included;
 *   - exactly once: a row's server version counts the accepted commands on it (+1 for rows the
 *     bootstrap created without a command);
 *   - every command the server refused is a visible conflict on the desk that made it;
 *   - every forged command was refused for its signature.
 */
import { expect } from 'vitest';
import { getSetting } from '../../electron/core/db/repositories/setting-repo.js';
import { readLocalRows } from '../../electron/core/sync/local-rows.js';
import { readParked } from '../../electron/core/sync/parked.js';
import type { ServerDb } from '../../server/db/connect.js';
import type { Desk } from './desk.js';
import type { Figures } from './figures.js';
import type { Forgery } from './forged.js';
import { deviceUnit, serverRowsInScope } from './scope-rows.js';
import { rowDiff } from './row-diff.js';

export type RunRecord = {
  instansiId: string;
  adminNip: string;
  /** Command id -> entity id, for every command a desk made or a forger sent. */
  commandEntity: Map<string, string>;
  forgeries: Forgery[];
};

const EVALUASI_TABLES = ['pengaturanKinerja', 'penilaiOverride', 'realisasi', 'laporanHarian', 'umpanBalik', 'evaluasi', 'predikatOrganisasi'] as const;
const TABLES = ['instansi', 'unitKerja', 'jabatan', 'pegawai', 'user', 'skp', 'rhk', 'skpTemplate', ...EVALUASI_TABLES] as const;

export async function checkInvariants(db: ServerDb, desks: readonly Desk[], rec: RunRecord, figures: Figures): Promise<void> {
  const { instansiId } = rec;
  for (const d of desks) {
    const status = await d.call('sync/status', {});
    const pendingRows = await d.core.context.db.selectFrom('outbox').select(['command', 'entityId', 'baseVersion', 'baseCommandId']).where('status', '=', 'pending').execute();
    expect(status.ok && status.value.state, `${d.name} is in error: ${JSON.stringify(status.ok && status.value)}`).not.toBe('error');
    expect(status.ok && status.value.pending, `${d.name} still has pending commands: ${JSON.stringify(status.ok && status.value)} ${JSON.stringify(pendingRows)}`).toBe(0);
    // A parked row is one the server sent without what it refers to: the closure should make it impossible.
    expect(await readParked(d.core.context.db), `${d.name} parked rows with dangling references`).toEqual([]);
    const deviceId = await getSetting(d.core.context.db, 'sync.deviceId');
    if (!deviceId) throw new Error(`${d.name} is not enrolled`);
    const expected = await serverRowsInScope(db, instansiId, await deviceUnit(db, deviceId));
    const diff = rowDiff(await readLocalRows(d.core.context.db), expected);
    if (diff.length > 0) throw new Error(`${d.name} differs from the server's rows in its scope:\n  ${diff.join('\n  ')}`);
  }

  const applied = await db.selectFrom('appliedCommand').select(['id', 'deviceId', 'outcome']).where('instansiId', '=', instansiId).execute();
  const acceptedPerEntity = new Map<string, number>();
  for (const a of applied) {
    if ((a.outcome as { status: string }).status !== 'accepted') continue;
    figures.accepted += 1;
    const entityId = rec.commandEntity.get(a.id);
    expect(entityId, `accepted command ${a.id} was never made by a desk`).toBeDefined();
    if (entityId) acceptedPerEntity.set(entityId, (acceptedPerEntity.get(entityId) ?? 0) + 1);
  }
  const bootstrapped = new Set([instansiId]);
  for (const r of await db.selectFrom('unitKerja').select('id').where('instansiId', '=', instansiId).where('parentId', 'is', null).execute()) bootstrapped.add(r.id);
  for (const t of ['user', 'pegawai'] as const) {
    for (const r of await db.selectFrom(t).select('id').where('instansiId', '=', instansiId).where('nip', '=', rec.adminNip).execute()) bootstrapped.add(r.id);
  }
  for (const t of TABLES) {
    const rows = await db.selectFrom(t).select(['id', 'version']).where(t === 'instansi' ? 'id' : 'instansiId', '=', instansiId).execute();
    if ((EVALUASI_TABLES as readonly string[]).includes(t)) figures.evaluationRows += rows.length;
    for (const r of rows) {
      const expectedVersion = (acceptedPerEntity.get(r.id) ?? 0) + (bootstrapped.has(r.id) ? 1 : 0);
      expect(r.version, `${t} ${r.id}: version vs accepted commands`).toBe(expectedVersion);
    }
  }

  const forgedIds = new Set(rec.forgeries.map((f) => f.command.id));
  for (const d of desks) {
    const deviceId = await getSetting(d.core.context.db, 'sync.deviceId');
    const rejected = applied.filter((a) => a.deviceId === deviceId && !forgedIds.has(a.id) && (a.outcome as { status: string }).status === 'rejected').map((a) => a.id);
    figures.rejected += rejected.length;
    const conflictIds = new Set((await d.core.context.db.selectFrom('syncConflict').select('commandId').execute()).map((c) => c.commandId));
    figures.conflicts += conflictIds.size;
    for (const id of rejected) expect(conflictIds.has(id), `${d.name}: rejected ${id} is not a visible conflict`).toBe(true);
  }

  for (const f of rec.forgeries) {
    figures.forged += 1;
    if (f.outcome.status === 'accepted') expect.fail(`forged ${f.command.name} (${f.command.id}) was accepted by the server`);
    // Refused for its signature, not by chance (a stale version, a permission the actor lacks).
    else expect(f.outcome.code, `forged ${f.command.name}: ${f.outcome.message}`).toBe('BAD_SIGNATURE');
    figures.forgedRefused += 1;
  }
}
