import { sql } from 'kysely';
import type { CoreContext } from '../context.js';
import { writeContext } from '../context.js';
import { AppFailure } from '../../../shared/result.js';
import { recordChange, type Trx } from '../db/repositories/changes.js';
import { requireRole, type Actor } from '../auth/actor.js';
import { isSyncEntity, upsertLocalRow } from './replica.js';
import { syncRowSchemas } from '../../../shared/sync-protocol.js';
import { restampStep } from '../db/repositories/skp-step-signature.js';

function withoutSecrets(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null || !('passwordHash' in payload)) return payload;
  const { passwordHash: _hash, wrappedKey: _wrapped, ...rest } = { wrappedKey: null, ...payload };
  return rest;
}

/**
 * A person settles a conflict. "theirs": keep the server's version (already on screen); the edit
 * stays in the conflict record. "mine": apply the kept edit again as a new command on top of the
 * server's current version, which the server checks like any other edit.
 */
export async function resolveConflict(core: CoreContext, actor: Actor, id: string, choice: 'mine' | 'theirs'): Promise<null> {
  requireRole(actor, 'operator', 'admin');
  const c = await core.db.selectFrom('syncConflict').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c || c.resolvedAt !== null) throw new AppFailure('NOT_FOUND');
  const ctx = writeContext(core, actor);
  const apply = async (trx: Trx): Promise<void> => {
    // The kept edit may point at rows that are gone now; that is checked at commit.
    await sql`pragma defer_foreign_keys = on`.execute(trx);
    if (choice === 'mine' && isSyncEntity(c.entity)) {
      // Re-sent signed by the person confirming; an SKP step keeps its actor (see restampStep).
      const kept: unknown = JSON.parse(c.localPayload);
      const skp = c.entity === 'skp' ? syncRowSchemas.skp.safeParse(kept) : null;
      const restamped = skp?.success ? restampStep(ctx, skp.data, c.commandId) : null;
      const mine: unknown = restamped ? restamped.skp : kept;
      await upsertLocalRow(trx, c.entity, mine, ctx.now);
      const server: unknown = c.serverPayload === null ? null : JSON.parse(c.serverPayload);
      const change = { command: c.command, entity: c.entity, entityId: c.entityId, action: 'update' as const, ...(restamped?.commandId ? { commandId: restamped.commandId } : {}) };
      await recordChange(trx, ctx, { ...change, before: withoutSecrets(server), after: withoutSecrets(mine), syncPayload: mine });
    }
    await trx.updateTable('syncConflict').set({ resolvedAt: ctx.now, resolution: choice }).where('id', '=', id).execute();
  };
  await core.db
    .transaction()
    .execute(apply)
    .catch((e: unknown) => {
      if (e instanceof Error && /FOREIGN KEY/i.test(e.message)) {
        throw new AppFailure('VALIDATION', 'Versi Anda merujuk data yang sudah tidak ada; pilih versi server atau ubah datanya dahulu.');
      }
      if (e instanceof Error && /UNIQUE/i.test(e.message)) {
        throw new AppFailure('CONFLICT', 'Kode atau NIP pada versi Anda sudah dipakai data lain. Pilih versi server, lalu ubah datanya dengan kode/NIP lain.');
      }
      throw e;
    });
  core.emit({ name: 'data/changed', payload: { entities: [c.entity, 'sync'] } });
  return null;
}
