import { sql } from 'kysely';
import type { CoreContext } from '../context.js';
import { AppFailure } from '../../../shared/result.js';
import type { SyncEntity } from '../../../shared/sync-protocol.js';
import type { Trx } from '../db/repositories/changes.js';
import { recordChange } from '../db/repositories/changes.js';
import { isSyncEntity, rebuildRow } from './replica.js';
import { rejectCollision, saveShadow } from './push.js';
import { assertNoDanglingReferences } from './fk-check.js';
import { readLocalRows } from './local-rows.js';
import { accountForMerge, auditedAccount, historyForMerge } from './merge-accounts.js';
import type { Signer } from '../auth/signing-keys.js';
import { MERGE_ENTITIES, planMerge, UPSERT_COMMAND, type MergePlan, type Row, type Side } from './merge-plan.js';

/** The server's rows as staged in the inbox by a snapshot pull (not yet applied). */
async function stagedServerRows(core: CoreContext): Promise<Side> {
  const side: Side = { instansi: [], unit_kerja: [], jabatan: [], pegawai: [], user: [], skp: [], rhk: [], skp_template: [] };
  for (const s of await core.db.selectFrom('syncInbox').selectAll().execute()) {
    if (!isSyncEntity(s.entity) || s.row === null) continue;
    const row: unknown = JSON.parse(s.row);
    if (typeof row === 'object' && row !== null && 'id' in row && typeof row.id === 'string') side[s.entity].push({ ...row, id: row.id });
  }
  return side;
}

export async function planFromStaged(core: CoreContext): Promise<MergePlan> {
  const local = await readLocalRows(core.db);
  const server = await stagedServerRows(core);
  const localKode = local.instansi[0]?.kode;
  const serverKode = server.instansi[0]?.kode;
  if (localKode && serverKode && localKode !== serverKode) {
    throw new AppFailure('CONFLICT', `Akun ini milik instansi "${serverKode}" di server, sedangkan meja ini berisi instansi "${localKode}".`);
  }
  return planMerge(local, server);
}

const ID_COLUMNS: Record<SyncEntity, { table: string; refs: { table: string; column: string }[] }> = {
  instansi: { table: 'instansi', refs: [{ table: 'unit_kerja', column: 'instansi_id' }] },
  unit_kerja: {
    table: 'unit_kerja',
    refs: [
      { table: 'unit_kerja', column: 'parent_id' },
      { table: 'jabatan', column: 'unit_id' },
      { table: 'pegawai', column: 'unit_id' },
      { table: 'user', column: 'unit_id' },
      { table: 'skp', column: 'unit_id' },
    ],
  },
  jabatan: {
    table: 'jabatan',
    refs: [
      { table: 'jabatan', column: 'atasan_jabatan_id' },
      { table: 'pegawai', column: 'jabatan_id' },
      { table: 'skp', column: 'jabatan_id' },
      { table: 'skp_template', column: 'jabatan_id' },
    ],
  },
  pegawai: {
    table: 'pegawai',
    refs: [
      { table: 'user', column: 'pegawai_id' },
      { table: 'skp', column: 'pegawai_id' },
    ],
  },
  user: { table: 'user', refs: [{ table: 'skp', column: 'approved_by_user_id' }] },
  // Matched by id: never renamed (see NATURAL_KEY).
  skp: { table: 'skp', refs: [] },
  rhk: { table: 'rhk', refs: [] },
  skp_template: { table: 'skp_template', refs: [] },
};

/** Gives matched local rows the server's ids, and every reference to them too. */
async function adoptServerIds(trx: Trx, plan: MergePlan, local: Side): Promise<void> {
  for (const entity of MERGE_ENTITIES) {
    const { table, refs } = ID_COLUMNS[entity];
    for (const r of local[entity]) {
      const to = plan.idMap.get(r.id);
      if (!to) continue;
      await sql`update ${sql.table(table)} set id = ${to} where id = ${r.id}`.execute(trx);
      for (const ref of refs) await sql`update ${sql.table(ref.table)} set ${sql.ref(ref.column)} = ${to} where ${sql.ref(ref.column)} = ${r.id}`.execute(trx);
    }
  }
}

/**
 * Carries out a first-connect merge in one transaction: matched rows take the server's ids, the
 * queue of standalone-era commands is replaced by one command per row that the server lacks or
 * holds differently (the desk's version wins, on top of the server's version), and the staged
 * snapshot becomes the server shadow. The person saw these counts in the preview first.
 */
export async function commitMerge(core: CoreContext, actorUserId: string, signer: Signer | null = null): Promise<MergePlan> {
  const plan = await planFromStaged(core);
  const local = await readLocalRows(core.db);
  const now = core.clock().toISOString();
  await core.db.transaction().execute(async (trx) => {
    await sql`pragma defer_foreign_keys = on`.execute(trx);
    await adoptServerIds(trx, plan, local);
    await trx.deleteFrom('outbox').where('status', '=', 'pending').execute();
    const staged = await trx.selectFrom('syncInbox').selectAll().execute();
    for (const s of staged) {
      if (isSyncEntity(s.entity)) await saveShadow(trx, s.entity, s.id, s.version, s.row === null ? null : JSON.parse(s.row), s.readOnly === 1);
    }
    // The person's own account may have just taken the server's id; they sign what is re-sent.
    const ctx = { actorUserId: plan.idMap.get(actorUserId) ?? actorUserId, now, signer };
    const serverUsers = new Map(staged.flatMap((s): [string, Row][] => (s.entity === 'user' && s.row !== null ? [[s.id, { ...(JSON.parse(s.row) as object), id: s.id }]] : [])));
    const send = (entity: SyncEntity, raw: Row, action: 'create' | 'update') => {
      const row = entity === 'user' ? accountForMerge(raw, serverUsers.get(raw.id)) : entity === 'skp' ? historyForMerge(raw) : raw;
      return recordChange(trx, ctx, { command: UPSERT_COMMAND[entity], entity, entityId: row.id, action, before: null, after: auditedAccount(row), syncPayload: row });
    };
    for (const u of plan.updates) await send(u.entity, u.row, 'update');
    for (const u of plan.uploads) await send(u.entity, u.row, 'create');
    for (const s of staged) if (isSyncEntity(s.entity)) await rebuildRow(trx, s.entity, s.id, now, rejectCollision(trx, now));
    await trx.deleteFrom('syncInbox').execute();
    await assertNoDanglingReferences(trx);
  });
  // Signed-in people whose account took the server's id stay signed in.
  for (const [from, to] of plan.idMap) core.sessions.renameUser(from, to);
  if (signer) core.sessions.setSigner(signer.userId, signer);
  return plan;
}
