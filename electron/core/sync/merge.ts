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
import { columnsReferring } from '../../../shared/references.js';
import { EVALUASI_STORAGE, isEvaluasiEntity } from '../../../shared/sync-rows-evaluasi.js';
import { accountForMerge, auditedAccount, historyForMerge } from './merge-accounts.js';
import type { Signer } from '../auth/signing-keys.js';
import { MERGE_ENTITIES, planMerge, UPSERT_COMMAND, type MergePlan, type Row, type Side } from './merge-plan.js';

/** The server's rows as staged in the inbox by a snapshot pull (not yet applied). */
async function stagedServerRows(core: CoreContext): Promise<Side> {
  const side = Object.fromEntries(MERGE_ENTITIES.map((e) => [e, []])) as unknown as Side;
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

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
}

/**
 * Gives matched local rows the server's ids, and every column referring to them too (from the
 * reference map; the desk's tables are named like the entities). Ids inside JSON are re-pointed
 * when the planned rows are written back (see `commitMerge`).
 */
async function adoptServerIds(trx: Trx, plan: MergePlan, local: Side): Promise<void> {
  for (const entity of MERGE_ENTITIES) {
    // An evaluation table holds only its key columns; its other references live in `data` (JSON),
    // re-pointed with the rest when the planned rows are written back.
    const refs = columnsReferring(entity).filter((ref) => !isEvaluasiEntity(ref.entity) || (EVALUASI_STORAGE[ref.entity].keys as readonly string[]).includes(ref.field));
    for (const r of local[entity]) {
      const to = plan.idMap.get(r.id);
      if (!to) continue;
      await sql`update ${sql.table(entity)} set id = ${to} where id = ${r.id}`.execute(trx);
      for (const ref of refs) await sql`update ${sql.table(ref.entity)} set ${sql.ref(snake(ref.field))} = ${to} where ${sql.ref(snake(ref.field))} = ${r.id}`.execute(trx);
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
      if (isSyncEntity(s.entity)) await saveShadow(trx, s.entity, s.id, s.version, s.row === null ? null : JSON.parse(s.row), s.readOnly);
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
    // The rows sent carry re-pointed ids inside JSON (skp.penilai, riwayat[].actorUserId, …):
    // rebuilt from their commands, the local rows say the same.
    for (const u of [...plan.updates, ...plan.uploads]) await rebuildRow(trx, u.entity, u.row.id, now);
    await trx.deleteFrom('syncInbox').execute();
    await assertNoDanglingReferences(trx);
  });
  // Signed-in people whose account took the server's id stay signed in.
  for (const [from, to] of plan.idMap) core.sessions.renameUser(from, to);
  if (signer) core.sessions.setSigner(signer.userId, signer);
  return plan;
}
